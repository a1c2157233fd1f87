using System.Globalization;
using System.IO.Compression;
using System.Text;
using SoTTTT.Portal.Core.Domain.Attachments;

namespace SoTTTT.Portal.Core.Common.Files;

/// <summary>What the inspector found: the kind of an accepted file, or why it was refused.</summary>
public sealed record FileInspection(FileKind? Kind, FileRefusal? Refusal, string Extension)
{
    public bool IsAccepted => Refusal is null;

    public static FileInspection Refused(FileRefusal refusal, string extension = "") => new(null, refusal, extension);
}

/// <summary>
/// Decides what a file is from its bytes — never from its name or the browser's content type — and
/// whether its name is one the portal can show and offer back safely. Pure: no I/O beyond the
/// stream it is given.
/// </summary>
public static class FileContentInspector
{
    public const int MaxFileNameLength = 200;

    // Largest [Content_Types].xml read; real ones are a few kilobytes.
    private const int ContentTypesReadLimit = 64 * 1024;

    /// <summary>Most parts a DOCX or XLSX may hold; a long report with many pictures has a few hundred.</summary>
    public const int MaxPackageEntries = 2000;

    /// <summary>Most bytes the parts of a DOCX or XLSX may expand to, as its central directory declares them.</summary>
    public const long MaxPackageUncompressedBytes = 100L * 1024 * 1024;

    /// <summary>Highest compression ratio of a part above <see cref="RatioCheckedFromBytes"/>; XML compresses 10–20 times.</summary>
    public const int MaxPackageCompressionRatio = 100;

    private const long RatioCheckedFromBytes = 1024 * 1024;

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Extensions of things a double extension must not hide.</summary>
    private static readonly HashSet<string> ExecutableExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "exe", "dll", "bat", "cmd", "com", "msi", "msp", "ps1", "psm1", "sh", "bash", "js", "jse", "vbs", "vbe",
        "wsf", "wsh", "scr", "pif", "cpl", "hta", "lnk", "reg", "jar", "apk", "app", "elf", "bin", "run", "py",
        "pl", "php", "asp", "aspx", "jsp", "cgi", "msc", "gadget", "appx", "msix", "deb", "rpm", "dmg", "iso",
    };

    /// <summary>The name as the portal keeps it: trimmed, Unicode NFC.</summary>
    public static string NormaliseName(string fileName) => fileName.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>The final extension, lower case, without the dot ("" when there is none).</summary>
    public static string ExtensionOf(string fileName)
    {
        var name = NormaliseName(fileName);
        var dot = name.LastIndexOf('.');
        return dot < 0 ? "" : name[(dot + 1)..].Trim().ToLowerInvariant();
    }

    /// <summary>Why the name cannot be kept, or null when it can.</summary>
    public static FileRefusal? CheckName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
            return FileRefusal.EmptyName;
        var name = NormaliseName(fileName);
        if (name.Length > MaxFileNameLength)
            return FileRefusal.NameTooLong;
        if (name.Contains("..", StringComparison.Ordinal) || name.Any(IsForbiddenCharacter))
            return FileRefusal.InvalidName;

        var parts = name.Split('.');
        if (parts[0].Trim().Length == 0 || IsReservedWindowsName(parts[0].Trim()))
            return FileRefusal.InvalidName;
        if (parts.Length < 2)
            return FileRefusal.UnsupportedKind;
        var extensions = parts[1..].Select(p => p.Trim()).ToArray();
        if (extensions.Length > 1 && extensions.Any(ExecutableExtensions.Contains))
            return FileRefusal.HiddenExecutable;
        return FileKinds.FromExtension(extensions[^1]) is null ? FileRefusal.UnsupportedKind : null;
    }

    /// <summary>
    /// Checks the name, then the content of a seekable stream against it: the content must be one
    /// of the accepted kinds, and the kind the name's extension announces.
    /// </summary>
    public static FileInspection Inspect(string fileName, Stream content)
    {
        if (CheckName(fileName) is { } nameRefusal)
            return FileInspection.Refused(nameRefusal);
        var extension = ExtensionOf(fileName);
        if (content.Length == 0)
            return FileInspection.Refused(FileRefusal.Empty, extension);

        var (detected, contentRefusal) = DetectContent(content);
        if (contentRefusal is { } refusal)
            return FileInspection.Refused(refusal, extension);
        if (detected is null)
            return FileInspection.Refused(FileRefusal.UnsupportedKind, extension);
        if (detected != FileKinds.FromExtension(extension))
            return FileInspection.Refused(FileRefusal.ExtensionMismatch, extension);
        return new FileInspection(detected, null, extension);
    }

    /// <summary>The kind of the content of a seekable stream, or null when it is none of the accepted kinds.</summary>
    public static FileKind? Detect(Stream content) => DetectContent(content).Kind;

    private static (FileKind? Kind, FileRefusal? Refusal) DetectContent(Stream content)
    {
        if (!content.CanSeek || !content.CanRead)
            throw new ArgumentException("The content must be a readable, seekable stream.", nameof(content));

        content.Position = 0;
        Span<byte> header = stackalloc byte[8];
        var read = content.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        header = header[..read];
        content.Position = 0;

        if (header.StartsWith(PdfSignature))
            return (FileKind.Pdf, null);
        if (header.StartsWith(PngSignature))
            return (FileKind.Png, null);
        if (header.StartsWith(JpegSignature))
            return (FileKind.Jpeg, null);
        if (header.StartsWith(ZipSignature))
            return DetectOfficeDocument(content);
        return (null, null);
    }

    /// <summary>
    /// A DOCX or XLSX is a ZIP package with its content types and its main part. Only the central
    /// directory and the small content-types part are read; nothing else is decompressed. A package
    /// carrying macros (a .docm or .xlsm renamed) is not a DOCX or XLSX. A package whose directory
    /// declares too many parts, too many bytes once expanded or a part compressed beyond what XML
    /// allows is a decompression bomb aimed at whoever opens it (a reader, an indexer, an antivirus).
    /// </summary>
    private static (FileKind? Kind, FileRefusal? Refusal) DetectOfficeDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxPackageEntries)
                return (null, FileRefusal.SuspiciousPackage);
            var names = new HashSet<string>(StringComparer.Ordinal);
            long expanded = 0;
            foreach (var entry in zip.Entries)
            {
                expanded += entry.Length;
                if (expanded > MaxPackageUncompressedBytes || IsOverCompressed(entry))
                    return (null, FileRefusal.SuspiciousPackage);
                if (entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                    return (null, null);
                names.Add(entry.FullName);
            }

            var contentTypes = zip.GetEntry("[Content_Types].xml");
            if (contentTypes is null || ReadPrefix(contentTypes).Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                return (null, null);
            if (names.Contains("word/document.xml"))
                return (FileKind.Docx, null);
            if (names.Contains("xl/workbook.xml"))
                return (FileKind.Xlsx, null);
            return (null, null);
        }
        catch (InvalidDataException)
        {
            return (null, null);
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static bool IsOverCompressed(ZipArchiveEntry entry) =>
        entry.Length > RatioCheckedFromBytes && entry.Length > (long)MaxPackageCompressionRatio * Math.Max(entry.CompressedLength, 1);

    private static readonly HashSet<string> ReservedWindowsNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>"CON.pdf", "nul.docx": names Windows takes for devices, whatever their extension.</summary>
    private static bool IsReservedWindowsName(string baseName) => ReservedWindowsNames.Contains(baseName);

    private static string ReadPrefix(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var buffer = new byte[ContentTypesReadLimit];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static bool IsForbiddenCharacter(char c) =>
        c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|'
        || char.IsControl(c)
        // Invisible format characters such as the right-to-left override make "x\u202Efdp.exe" read as "xexe.pdf".
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
