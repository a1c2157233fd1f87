namespace SoTTTT.Portal.Core.Features.Exports;

/// <summary>A file the portal hands to the user: a PDF or an Excel workbook.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content)
{
    public const string PdfContentType = "application/pdf";
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

public enum ExportFormat
{
    Pdf = 0,
    Excel = 1,
}

/// <summary>Lays out an outgoing document in the Decree 30 format (A4 portrait).</summary>
public interface IOutgoingDocumentPdf
{
    byte[] Render(OutgoingDocumentPrint document);
}

/// <summary>Lays out the compliance report of a directive (A4 landscape, "Trang X/Y").</summary>
public interface IComplianceReportPdf
{
    byte[] Render(ComplianceReportPrint report);
}

/// <summary>Lays out a unit's report history (A4 landscape, "Trang X/Y").</summary>
public interface IUnitReportHistoryPdf
{
    byte[] Render(UnitReportHistoryPrint history);
}

/// <summary>Writes .xlsx workbooks: one sheet per <see cref="ExcelSheet"/>, header row frozen, values typed.</summary>
public interface IExcelWriter
{
    byte[] Write(params IEnumerable<ExcelSheet> sheets);
}

/// <summary>How a column's cells are written: text stays text; numbers, dates and times are typed cells.</summary>
public enum ExcelValueKind
{
    Text = 0,
    /// <summary>int, long or decimal.</summary>
    Number = 1,
    /// <summary>DateOnly, shown dd/MM/yyyy.</summary>
    Date = 2,
    /// <summary>DateTime already in Viet Nam time, shown dd/MM/yyyy HH:mm.</summary>
    DateTime = 3,
    /// <summary>0–100, shown as a whole number.</summary>
    Percent = 4,
}

/// <summary>A column: its Vietnamese header, the kind of its values, its width in characters.</summary>
public sealed record ExcelColumn(string Header, ExcelValueKind Kind = ExcelValueKind.Text, double Width = 18);

/// <summary>
/// A sheet: a name (at most 31 characters), its columns and its rows; each row holds one value per column
/// (null for an empty cell), of the CLR type the column's kind names.
/// </summary>
public sealed record ExcelSheet(string Name, IReadOnlyList<ExcelColumn> Columns, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>Lays out the list of inspection findings (A4 landscape, "Trang X/Y").</summary>
public interface IFindingsPdf
{
    byte[] Render(FindingsPrint findings);
}
