using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;

namespace SoTTTT.Portal.Core.Features.Notices;

/// <summary>What anyone, signed in or not, reads: the published notices, newest first.</summary>
[AllowAnonymous]
public sealed record ListPublishedNoticesQuery(int Page = 1, int PageSize = 10) : IQuery<PagedResult<PublishedNoticeItem>>;

public sealed record PublishedNoticeItem(Guid Id, string Title, string Summary, DateTime PublishedAtUtc);

public sealed class ListPublishedNoticesHandler(IPortalDbContext db) : IQueryHandler<ListPublishedNoticesQuery, PagedResult<PublishedNoticeItem>>
{
    public async ValueTask<PagedResult<PublishedNoticeItem>> Handle(ListPublishedNoticesQuery query, CancellationToken cancellationToken) =>
        await db.PublicNotices.AsNoTracking()
            .Where(n => n.UnpublishedAtUtc == null)
            .PageAsync(q => q.OrderByDescending(n => n.PublishedAtUtc).ThenByDescending(n => n.Id), query.Page, query.PageSize,
                n => new PublishedNoticeItem(n.Id, n.Title, n.Summary, n.PublishedAtUtc), cancellationToken);
}
