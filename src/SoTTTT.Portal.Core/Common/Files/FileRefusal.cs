using Microsoft.Extensions.Localization;

namespace SoTTTT.Portal.Core.Common.Files;

/// <summary>Why a file was refused; <see cref="FileRefusalMessages"/> says it in the user's language.</summary>
public enum FileRefusal
{
    EmptyName,
    InvalidName,
    NameTooLong,
    /// <summary>"bao-cao.pdf.exe", "x.exe.pdf": a second extension names something executable.</summary>
    HiddenExecutable,
    /// <summary>Neither the name nor the content is one of the accepted kinds.</summary>
    UnsupportedKind,
    /// <summary>Accepted content under another kind's extension ("report.pdf" that is a PNG).</summary>
    ExtensionMismatch,
    Empty,
    TooLarge,
    /// <summary>A DOCX or XLSX whose parts expand far beyond its size, or that holds too many parts: a decompression bomb.</summary>
    SuspiciousPackage,
}

public static class FileRefusalMessages
{
    public static string Describe(this IStringLocalizer<CoreResource> l, FileRefusal refusal, string extension, int maxFileSizeMb) => refusal switch
    {
        FileRefusal.EmptyName => l["Tên tệp không được để trống."],
        FileRefusal.InvalidName => l["Tên tệp không hợp lệ."],
        FileRefusal.NameTooLong => l["Tên tệp dài tối đa {0} ký tự.", FileContentInspector.MaxFileNameLength],
        FileRefusal.HiddenExecutable => l["Tên tệp có phần mở rộng kép che giấu tệp thực thi."],
        FileRefusal.UnsupportedKind => l["Chỉ chấp nhận tệp PDF, DOCX, XLSX, JPEG hoặc PNG."],
        FileRefusal.ExtensionMismatch => l["Nội dung tệp không khớp với phần mở rộng .{0}.", extension],
        FileRefusal.Empty => l["Tệp rỗng."],
        FileRefusal.TooLarge => l["Tệp vượt quá dung lượng cho phép ({0} MB).", maxFileSizeMb],
        FileRefusal.SuspiciousPackage => l["Tệp .{0} có cấu trúc nén bất thường (quá nhiều thành phần hoặc dung lượng giải nén quá lớn).", extension],
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };
}
