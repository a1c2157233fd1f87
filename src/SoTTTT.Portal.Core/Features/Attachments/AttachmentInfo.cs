using SoTTTT.Portal.Core.Domain.Attachments;

namespace SoTTTT.Portal.Core.Features.Attachments;

/// <summary>An attachment as lists show it; <see cref="CanDelete"/> is true for those who may still attach to its owner.</summary>
public sealed record AttachmentInfo(
    Guid Id,
    string OwnerType,
    Guid OwnerId,
    string FileName,
    FileKind Kind,
    string ContentType,
    long SizeBytes,
    string Sha256,
    string UploadedByUserId,
    DateTime UploadedAtUtc,
    string? Description,
    bool CanDelete);
