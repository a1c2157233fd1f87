using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Files;

namespace SoTTTT.Portal.Core.Features.Attachments;

/// <summary>The attachments of one owner, oldest first, for those who may read the owner.</summary>
public sealed record ListAttachmentsQuery(string OwnerType, Guid OwnerId) : IQuery<IReadOnlyList<AttachmentInfo>>;

public sealed class ListAttachmentsHandler(IPortalDbContext db, IEnumerable<IAttachmentOwnerPolicy> owners)
    : IQueryHandler<ListAttachmentsQuery, IReadOnlyList<AttachmentInfo>>
{
    public async ValueTask<IReadOnlyList<AttachmentInfo>> Handle(ListAttachmentsQuery query, CancellationToken cancellationToken)
    {
        var policy = await owners.EnsureCanReadAsync(query.OwnerType, query.OwnerId, cancellationToken);
        var canAttach = await policy.CanAttachAsync(query.OwnerId, cancellationToken);

        return await db.Attachments.AsNoTracking()
            .Where(a => a.OwnerType == query.OwnerType && a.OwnerId == query.OwnerId)
            .OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.Id)
            .Select(a => new AttachmentInfo(
                a.Id, a.OwnerType, a.OwnerId, a.OriginalFileName, a.Kind, a.ContentType, a.SizeBytes, a.Sha256,
                a.UploadedByUserId, a.UploadedAtUtc, a.Description,
                canAttach))
            .ToListAsync(cancellationToken);
    }
}
