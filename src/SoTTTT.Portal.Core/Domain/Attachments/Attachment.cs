namespace SoTTTT.Portal.Core.Domain.Attachments;

/// <summary>
/// A file attached to something of the portal — an incoming or outgoing document, later a progress
/// report — named by <see cref="OwnerType"/> and <see cref="OwnerId"/>. The file itself lives in the
/// file store under <see cref="StoredFileName"/>, a generated name: the user's name is only shown
/// and offered back on download.
/// </summary>
public sealed class Attachment : Entity
{
    public const int OwnerTypeMaxLength = 50;
    public const int FileNameMaxLength = 200;
    public const int StoredFileNameMaxLength = 64;
    public const int ContentTypeMaxLength = 100;
    public const int Sha256Length = 64;
    public const int DescriptionMaxLength = 500;

    private Attachment()
    {
    }

    public string OwnerType { get; private set; } = "";
    public Guid OwnerId { get; private set; }
    /// <summary>As the user named the file, in Unicode NFC; for display and download only.</summary>
    public string OriginalFileName { get; private set; } = "";
    public string StoredFileName { get; private set; } = "";
    public FileKind Kind { get; private set; }
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    /// <summary>Lower-case hex SHA-256 of the content, computed while it was stored.</summary>
    public string Sha256 { get; private set; } = "";
    public string UploadedByUserId { get; private set; } = "";
    public DateTime UploadedAtUtc { get; private set; }
    public string? Description { get; private set; }

    public static Attachment Create(
        string ownerType,
        Guid ownerId,
        string originalFileName,
        FileKind kind,
        string storedFileName,
        long sizeBytes,
        string sha256,
        string uploadedByUserId,
        DateTime uploadedAtUtc,
        string? description)
    {
        if (uploadedAtUtc.Kind != DateTimeKind.Utc)
            throw new ArgumentException("The upload time must be UTC.", nameof(uploadedAtUtc));
        return new Attachment
        {
            OwnerType = ownerType,
            OwnerId = ownerId,
            OriginalFileName = originalFileName.Trim().Normalize(System.Text.NormalizationForm.FormC),
            Kind = kind,
            ContentType = kind.ContentType(),
            StoredFileName = storedFileName,
            SizeBytes = sizeBytes,
            Sha256 = sha256,
            UploadedByUserId = uploadedByUserId,
            UploadedAtUtc = uploadedAtUtc,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim().Normalize(System.Text.NormalizationForm.FormC),
        };
    }

}
