using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Notices;

/// <summary>Every notice, published or withdrawn, newest first, for the clerk who manages them.</summary>
[RequiresPermission(Permission.PublishNotices)]
public sealed record ListNoticesQuery(int Page = 1, int PageSize = 25) : IQuery<PagedResult<NoticeListItem>>;

public sealed record NoticeListItem(
    Guid Id,
    Guid Version,
    string Title,
    Guid SourceDocumentId,
    string SourceNumberAndSymbol,
    DateTime PublishedAtUtc,
    DateTime? UnpublishedAtUtc)
{
    public bool IsPublished => UnpublishedAtUtc is null;
}

public sealed class ListNoticesHandler(IPortalDbContext db) : IQueryHandler<ListNoticesQuery, PagedResult<NoticeListItem>>
{
    public async ValueTask<PagedResult<NoticeListItem>> Handle(ListNoticesQuery query, CancellationToken cancellationToken)
    {
        var rows = from n in db.PublicNotices.AsNoTracking()
                   join d in db.OutgoingDocuments on n.SourceDocumentId equals d.Id
                   select new { Notice = n, d.Type, d.IssuerCode, d.DraftingUnitCode, d.Number };
        // The number and symbol are composed in the final projection, which SQL does not need to translate.
        return await rows.PageAsync(
            q => q.OrderByDescending(r => r.Notice.PublishedAtUtc).ThenByDescending(r => r.Notice.Id),
            query.Page, query.PageSize,
            r => new NoticeListItem(r.Notice.Id, r.Notice.Version, r.Notice.Title, r.Notice.SourceDocumentId,
                OutgoingSymbol.WithNumber(r.Number, OutgoingSymbol.Of(r.Type, r.IssuerCode, r.DraftingUnitCode)),
                r.Notice.PublishedAtUtc, r.Notice.UnpublishedAtUtc),
            cancellationToken);
    }
}
