using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;

namespace SoTTTT.Portal.Core.Features.Notices;

/// <summary>
/// A published notice as citizens read it: nothing of the source document or of who published it.
/// A withdrawn or unknown notice is "not found".
/// </summary>
[AllowAnonymous]
public sealed record GetPublishedNoticeQuery(Guid Id) : IQuery<PublishedNoticeView>;

public sealed record PublishedNoticeView(Guid Id, string Title, string Summary, string Body, DateTime PublishedAtUtc, DateTime? UpdatedAtUtc)
{
    /// <summary>The body's paragraphs, one per line, blank lines dropped.</summary>
    public IReadOnlyList<string> Paragraphs =>
        Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class GetPublishedNoticeHandler(IPortalDbContext db) : IQueryHandler<GetPublishedNoticeQuery, PublishedNoticeView>
{
    public async ValueTask<PublishedNoticeView> Handle(GetPublishedNoticeQuery query, CancellationToken cancellationToken) =>
        await db.PublicNotices.AsNoTracking()
            .Where(n => n.Id == query.Id && n.UnpublishedAtUtc == null)
            .Select(n => new PublishedNoticeView(n.Id, n.Title, n.Summary, n.Body, n.PublishedAtUtc, n.UpdatedAtUtc))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException();
}
