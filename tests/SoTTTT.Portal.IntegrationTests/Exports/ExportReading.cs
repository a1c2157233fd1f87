using System.Text;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace SoTTTT.Portal.IntegrationTests.Exports;

/// <summary>Opens exported files as a reader would: PDFs with PdfPig, workbooks with MiniExcel.</summary>
internal static class ExportReading
{
    /// <summary>Every page's words, space-separated, pages in order.</summary>
    public static IReadOnlyList<string> PdfPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    public static string PdfText(byte[] pdf) => string.Join(" ", PdfPages(pdf));

    public static IReadOnlyList<string> SheetNames(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        return MiniExcel.GetSheetNames(stream);
    }

    /// <summary>The rows of a sheet, keyed by the header row's texts.</summary>
    public static List<IDictionary<string, object?>> Rows(byte[] workbook, string sheet)
    {
        using var stream = new MemoryStream(workbook);
        return [.. MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];
    }

    public static bool IsNfc(string text) => text.IsNormalized(NormalizationForm.FormC);
}
