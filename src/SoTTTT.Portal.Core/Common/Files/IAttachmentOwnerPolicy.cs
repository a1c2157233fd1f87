using SoTTTT.Portal.Core.Common.Exceptions;

namespace SoTTTT.Portal.Core.Common.Files;

/// <summary>
/// Who may read and add the attachments of one kind of owner ("IncomingDocument",
/// "OutgoingDocument", …). Each feature that owns attachments registers its policy; the file store
/// itself knows no owner. An owner type without a policy has no readable attachments.
/// </summary>
public interface IAttachmentOwnerPolicy
{
    string OwnerType { get; }

    /// <summary>Whether the current user may read the owner, and so its attachments.</summary>
    Task<bool> CanReadAsync(Guid ownerId, CancellationToken cancellationToken);

    /// <summary>Whether the current user may add attachments to the owner (and remove others' attachments).</summary>
    Task<bool> CanAttachAsync(Guid ownerId, CancellationToken cancellationToken);
}

public static class AttachmentOwnerPolicies
{
    /// <summary>
    /// Refuses a reader who may not read the owner as "not found", as for an owner that does not
    /// exist or an owner type nobody registered, so that ids reveal nothing.
    /// </summary>
    public static async Task<IAttachmentOwnerPolicy> EnsureCanReadAsync(
        this IEnumerable<IAttachmentOwnerPolicy> policies, string ownerType, Guid ownerId, CancellationToken cancellationToken)
    {
        var policy = policies.FirstOrDefault(p => string.Equals(p.OwnerType, ownerType, StringComparison.Ordinal))
            ?? throw new NotFoundException();
        if (!await policy.CanReadAsync(ownerId, cancellationToken))
            throw new NotFoundException();
        return policy;
    }

    /// <summary>A reader of the owner who may not attach is refused outright; anyone else learns nothing.</summary>
    public static async Task EnsureCanAttachAsync(
        this IEnumerable<IAttachmentOwnerPolicy> policies, string ownerType, Guid ownerId, CancellationToken cancellationToken)
    {
        var policy = await policies.EnsureCanReadAsync(ownerType, ownerId, cancellationToken);
        if (!await policy.CanAttachAsync(ownerId, cancellationToken))
            throw new ForbiddenAccessException();
    }
}
