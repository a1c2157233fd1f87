using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Files;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Documents;

public static class DocumentOwnerTypes
{
    public const string Incoming = "IncomingDocument";
    public const string Outgoing = "OutgoingDocument";
}

/// <summary>
/// The scans of an incoming document: read by document staff; added by the clerk until the
/// document is filed.
/// </summary>
public sealed class IncomingDocumentAttachmentPolicy(IPortalDbContext db, IResourceAuthorizer authorizer) : IAttachmentOwnerPolicy
{
    public string OwnerType => DocumentOwnerTypes.Incoming;

    public async Task<bool> CanReadAsync(Guid ownerId, CancellationToken cancellationToken) =>
        authorizer.HasPermission(Permission.ReadDocuments)
        && await db.IncomingDocuments.AnyAsync(d => d.Id == ownerId, cancellationToken);

    public async Task<bool> CanAttachAsync(Guid ownerId, CancellationToken cancellationToken) =>
        authorizer.HasPermission(Permission.RegisterIncoming)
        && await db.IncomingDocuments.AnyAsync(d => d.Id == ownerId && d.Status != IncomingStatus.Filed, cancellationToken);
}

/// <summary>
/// The attachments of an outgoing document: read by whoever may read the document (a recipient unit
/// once it is issued); added by specialists while it is still a draft — an issued document keeps
/// what it was issued with.
/// </summary>
public sealed class OutgoingDocumentAttachmentPolicy(IPortalDbContext db, IResourceAuthorizer authorizer, ICurrentUser user) : IAttachmentOwnerPolicy
{
    public string OwnerType => DocumentOwnerTypes.Outgoing;

    public async Task<bool> CanReadAsync(Guid ownerId, CancellationToken cancellationToken) =>
        await db.OutgoingDocuments.VisibleTo(authorizer, user).AnyAsync(d => d.Id == ownerId, cancellationToken);

    public async Task<bool> CanAttachAsync(Guid ownerId, CancellationToken cancellationToken) =>
        authorizer.HasPermission(Permission.DraftOutgoing)
        && await db.OutgoingDocuments.AnyAsync(
            d => d.Id == ownerId && (d.Status == OutgoingStatus.Draft || d.Status == OutgoingStatus.Returned), cancellationToken);
}
