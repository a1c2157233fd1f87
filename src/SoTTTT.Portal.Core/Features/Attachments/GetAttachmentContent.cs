using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Files;

namespace SoTTTT.Portal.Core.Features.Attachments;

/// <summary>
/// An attachment's content for download. Whoever may not read its owner gets "not found", the
/// same answer as for an id that does not exist.
/// </summary>
public sealed record GetAttachmentContentQuery(Guid AttachmentId) : IQuery<AttachmentContent>;

/// <summary>The content (the receiver disposes it), the user's original name and the detected content type.</summary>
public sealed record AttachmentContent(Stream Content, string FileName, string ContentType, long SizeBytes);

public sealed class GetAttachmentContentHandler(IPortalDbContext db, IFileStore files, IEnumerable<IAttachmentOwnerPolicy> owners)
    : IQueryHandler<GetAttachmentContentQuery, AttachmentContent>
{
    public async ValueTask<AttachmentContent> Handle(GetAttachmentContentQuery query, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == query.AttachmentId, cancellationToken)
            ?? throw new NotFoundException();
        await owners.EnsureCanReadAsync(attachment.OwnerType, attachment.OwnerId, cancellationToken);

        try
        {
            var content = files.OpenRead(attachment.StoredFileName);
            return new AttachmentContent(content, attachment.OriginalFileName, attachment.ContentType, attachment.SizeBytes);
        }
        catch (FileNotFoundException)
        {
            throw new NotFoundException();
        }
    }
}
