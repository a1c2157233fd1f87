using System.Globalization;
using System.Text;

namespace SoTTTT.Portal.Core.Common.Text;

public static class VietnameseText
{
    /// <summary>
    /// What a form's free text is stored as: trimmed, line breaks as "\n", composed (NFC); null when
    /// only white space was typed.
    /// </summary>
    public static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Compose(text.Trim().ReplaceLineEndings("\n"));

    /// <summary>
    /// Folds text for diacritic-insensitive search: lower case, tone and vowel marks removed,
    /// đ/Đ to d, runs of white space to one space. "Lừa  ĐẢO" becomes "lua dao".
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>Text in Unicode NFC, the form the database, search and PDFs expect.</summary>
    public static string Compose(string text) => text.Normalize(NormalizationForm.FormC);
}
