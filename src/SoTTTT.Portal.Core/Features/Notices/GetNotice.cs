using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Notices;

/// <summary>A notice as the clerk edits it, published or withdrawn.</summary>
[RequiresPermission(Permission.PublishNotices)]
public sealed record GetNoticeQuery(Guid Id) : IQuery<NoticeEditView>;

public sealed record NoticeEditView(Guid Id, Guid Version, string Title, string Summary, string Body, bool IsPublished);

public sealed class GetNoticeHandler(IPortalDbContext db) : IQueryHandler<GetNoticeQuery, NoticeEditView>
{
    public async ValueTask<NoticeEditView> Handle(GetNoticeQuery query, CancellationToken cancellationToken) =>
        await db.PublicNotices.AsNoTracking()
            .Where(n => n.Id == query.Id)
            .Select(n => new NoticeEditView(n.Id, n.Version, n.Title, n.Summary, n.Body, n.UnpublishedAtUtc == null))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException();
}
