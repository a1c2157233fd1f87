using System.Globalization;
using System.Text;

namespace SoTTTT.Portal.Core.Common.Text;

public static class FileNames
{
    /// <summary>A piece of a file name that every system accepts: "123/STTTT-BCVTCNTT" becomes "123-STTTT-BCVTCNTT".</summary>
    public static string Safe(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var plain = c switch { 'đ' => 'd', 'Đ' => 'D', _ => c };
            builder.Append(char.IsAsciiLetterOrDigit(plain) ? plain : '-');
        }
        var safe = builder.ToString();
        while (safe.Contains("--", StringComparison.Ordinal))
            safe = safe.Replace("--", "-", StringComparison.Ordinal);
        return safe.Trim('-') is { Length: > 0 } trimmed ? trimmed : "tep";
    }
}
