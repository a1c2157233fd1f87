namespace SoTTTT.Portal.Core.Domain.Attachments;

/// <summary>The only kinds of file the portal keeps (DESIGN §3), decided from the content, never from the name.</summary>
public enum FileKind
{
    Pdf,
    Docx,
    Xlsx,
    Jpeg,
    Png,
}

public static class FileKinds
{
    /// <summary>The content type a download declares, from the detected kind rather than what the browser claimed.</summary>
    public static string ContentType(this FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind a file name's final extension announces (case-insensitive, without the dot); null for any other extension.</summary>
    public static FileKind? FromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        "pdf" => FileKind.Pdf,
        "docx" => FileKind.Docx,
        "xlsx" => FileKind.Xlsx,
        "jpg" or "jpeg" => FileKind.Jpeg,
        "png" => FileKind.Png,
        _ => null,
    };
}
