using SoTTTT.Portal.Core.Common.Text;
using System.Globalization;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Infrastructure.Pdf.PdfLayout;

namespace SoTTTT.Portal.Infrastructure.Pdf.Reports;

/// <summary>
/// A unit's report history on A4 landscape: the issuing body, the title, the unit and the filters, then one
/// table row per report, oldest first (a narrative longer than a page is split by the layout engine), and
/// "Trang X/Y" at the foot of every page.
/// </summary>
public sealed class UnitReportHistoryPdf : IUnitReportHistoryPdf
{
    public const string NoReportsMessage = "Chưa có báo cáo nào trong phạm vi đã chọn.";
    public const string CompletionMarker = "Hoàn thành";

    private const double TableFontSize = 10;

    /// <summary>
    /// In millimetres of the 257 mm between the margins: STT, Văn bản, Nhiệm vụ, Kỳ báo cáo, Ngày gửi, Số báo cáo,
    /// Tiến độ, Nội dung, Số liệu, Kết quả xem xét; a date, a time, a document number and "Hoàn thành" each fit on one line.
    /// </summary>
    private static readonly double[] ColumnWidths = [11, 31, 26, 22, 21, 24, 21, 52, 27, 22];

    private static readonly string[] ColumnHeaders =
    [
        "STT", "Văn bản", "Nhiệm vụ", "Kỳ báo cáo", "Ngày gửi", "Số báo cáo", "Tiến độ (%)", "Nội dung", "Số liệu", "Kết quả xem xét",
    ];

    public byte[] Render(UnitReportHistoryPrint history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var builder = new PdfDocumentBuilder()
            .Landscape()
            .Margins(20, 15, 20, 25)
            .Title($"{history.Title} — {history.UnitName}")
            .Footer(8, page => [new PdfParagraph($"Trang {page.PageNumber}/{page.PageCount}") { Alignment = PdfAlignment.Centre, FontSize = 10, SpaceBeforePt = 6 }])
            .Add(Heading(history));

        builder.Add(history.Reports.Count == 0
            ? new PdfParagraph(NoReportsMessage, italic: true) { Alignment = PdfAlignment.Centre, FontSize = 12, SpaceBeforePt = 12 }
            : Table(history.Reports));
        return builder.Render();
    }

    private static IEnumerable<PdfBlock> Heading(UnitReportHistoryPrint history)
    {
        yield return new PdfParagraph(history.ParentBody) { FontSize = 12 };
        yield return new PdfParagraph(history.IssuingBody, bold: true) { FontSize = 12, SpaceAfterPt = 10 };
        yield return new PdfParagraph(history.Title, bold: true) { Alignment = PdfAlignment.Centre, FontSize = 14, SpaceAfterPt = 2 };
        yield return new PdfParagraph(history.UnitName, bold: true) { Alignment = PdfAlignment.Centre, FontSize = 13, SpaceAfterPt = 4 };
        foreach (var filter in history.Filters)
            yield return new PdfParagraph(filter) { Alignment = PdfAlignment.Centre, FontSize = 12 };
        yield return new PdfParagraph(
            $"Lập lúc: {VietnameseNumbers.Time(history.GeneratedAtLocal)} — Người lập: {history.GeneratedBy}", italic: true)
        {
            Alignment = PdfAlignment.Centre,
            FontSize = 11,
            SpaceBeforePt = 2,
            SpaceAfterPt = 8,
        };
    }

    private static PdfTable Table(IReadOnlyList<UnitReportPrint> reports)
    {
        var table = new PdfTable(ColumnWidths) { FontSize = TableFontSize }.WithHeader(ColumnHeaders);
        var number = 1;
        foreach (var report in reports)
        {
            table.AddRow(
                Cell(number.ToString(CultureInfo.InvariantCulture), PdfAlignment.Centre),
                Cell(report.Document),
                Cell(report.Task),
                Cell($"{VietnameseNumbers.Date(report.PeriodFrom)} – {VietnameseNumbers.Date(report.PeriodTo)}", PdfAlignment.Centre),
                Cell(VietnameseNumbers.DateAndTime(report.SubmittedAtLocal), PdfAlignment.Centre),
                Cell(report.UnitReportNumber ?? string.Empty, PdfAlignment.Centre),
                Progress(report),
                Cell(report.Narrative, PdfAlignment.Justify),
                Cell(string.Join('\n', report.IndicatorValues)),
                Review(report));
            number++;
        }

        return table;
    }

    private static PdfTableCell Progress(UnitReportPrint report)
    {
        var percent = new PdfParagraph(report.PercentDone.ToString(CultureInfo.InvariantCulture) + "%") { Alignment = PdfAlignment.Centre, FontSize = TableFontSize };
        return report.ClaimsCompletion
            ? new PdfTableCell(percent, new PdfParagraph(CompletionMarker, bold: true) { Alignment = PdfAlignment.Centre, FontSize = TableFontSize })
            : new PdfTableCell(percent);
    }

    private static PdfTableCell Review(UnitReportPrint report)
    {
        var status = new PdfParagraph(report.Status, bold: true) { FontSize = TableFontSize };
        return string.IsNullOrWhiteSpace(report.ReviewNote)
            ? new PdfTableCell(status)
            : new PdfTableCell(status, new PdfParagraph(report.ReviewNote, italic: true) { FontSize = TableFontSize, SpaceBeforePt = 2 });
    }

    private static PdfTableCell Cell(string text, PdfAlignment alignment = PdfAlignment.Left) =>
        new(text, alignment: alignment, fontSize: TableFontSize);
}
