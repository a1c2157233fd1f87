using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Files;
using SoTTTT.Portal.Core.Common.Security;

namespace SoTTTT.Portal.Core.Features.Attachments;

/// <summary>
/// Removes an attachment. Only someone who may still attach to the owner may remove from it, so the
/// attachments of a frozen owner (an issued document) stay as they were, whoever uploaded them.
/// </summary>
public sealed record DeleteAttachmentCommand(Guid AttachmentId) : ICommand<Unit>;

public sealed partial class DeleteAttachmentHandler(
    IPortalDbContext db,
    IFileStore files,
    IEnumerable<IAttachmentOwnerPolicy> owners,
    ILogger<DeleteAttachmentHandler> logger) : ICommandHandler<DeleteAttachmentCommand, Unit>
{
    public async ValueTask<Unit> Handle(DeleteAttachmentCommand command, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == command.AttachmentId, cancellationToken)
            ?? throw new NotFoundException();
        var policy = await owners.EnsureCanReadAsync(attachment.OwnerType, attachment.OwnerId, cancellationToken);
        if (!await policy.CanAttachAsync(attachment.OwnerId, cancellationToken))
            throw new ForbiddenAccessException();

        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(cancellationToken);

        try
        {
            files.Delete(attachment.StoredFileName);
        }
        catch (IOException ex)
        {
            // The record is gone, so the file can no longer be reached; a leftover file is only disk space.
            LogFileNotDeleted(logger, attachment.StoredFileName, ex);
        }
        return Unit.Value;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored file {StoredFileName} of a deleted attachment could not be removed")]
    private static partial void LogFileNotDeleted(ILogger logger, string storedFileName, Exception exception);
}
