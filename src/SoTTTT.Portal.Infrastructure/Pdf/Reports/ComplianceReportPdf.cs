using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Infrastructure.Pdf.PdfLayout;

namespace SoTTTT.Portal.Infrastructure.Pdf.Reports;

/// <summary>
/// The compliance report of a directive on A4 landscape: the issuing body, the title and the filters, then
/// the four statuses counted (I), one table per task (II), the indicators summed (III) and the statuses per
/// kind of unit (IV). Every page ends with "Trang X/Y"; long tables repeat their header on each page.
/// </summary>
public sealed class ComplianceReportPdf : IComplianceReportPdf
{
    private const double TableFont = 10;
    private const double TextFont = 12;

    private static readonly string[] StatusNames =
    [
        "Hoàn thành đúng hạn",
        "Hoàn thành quá hạn",
        "Chưa hoàn thành – trong hạn",
        "Chưa hoàn thành – quá hạn",
    ];

    public byte[] Render(ComplianceReportPrint report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var builder = new PdfDocumentBuilder()
            .Landscape()
            .Margins(20, 15, 20, 25)
            .Title(report.Title)
            .Footer(8, page => [new PdfParagraph($"Trang {page.PageNumber}/{page.PageCount}") { Alignment = PdfAlignment.Centre, FontSize = TableFont, SpaceBeforePt = 6 }]);

        builder.Add(Heading(report));
        builder.Add(Section("I. TỔNG HỢP THEO TRẠNG THÁI"));
        builder.Add(SummaryTable(report.Summary));
        builder.Add(Section("II. CHI TIẾT THEO NHIỆM VỤ"));
        if (report.Tasks.Count == 0)
            builder.Add(Note("Chỉ thị không có nhiệm vụ nào trong phạm vi lọc."));
        for (var i = 0; i < report.Tasks.Count; i++)
            builder.Add(TaskBlocks(i + 1, report.Tasks[i]));
        builder.Add(Section("III. TỔNG HỢP CHỈ TIÊU"));
        builder.Add(report.IndicatorTotals.Count == 0 ? Note("Không có chỉ tiêu nào được báo cáo.") : IndicatorTable(report.IndicatorTotals));
        builder.Add(Section("IV. TỔNG HỢP THEO LOẠI ĐƠN VỊ"));
        builder.Add(report.UnitKindTotals.Count == 0 ? Note("Không có đơn vị nào được giao.") : UnitKindTable(report.UnitKindTotals));
        return builder.Render();
    }

    private static IEnumerable<PdfBlock> Heading(ComplianceReportPrint report)
    {
        yield return new PdfSideBySide(
            [
                new PdfParagraph(report.ParentBody) { Alignment = PdfAlignment.Centre, FontSize = TextFont },
                new PdfParagraph(report.IssuingBody, bold: true) { Alignment = PdfAlignment.Centre, FontSize = TextFont },
            ],
            [],
            leftShare: 0.4);
        yield return new PdfParagraph(report.Title, bold: true) { Alignment = PdfAlignment.Centre, FontSize = 14, SpaceBeforePt = 12 };
        if (!string.IsNullOrWhiteSpace(report.DocumentLine))
            yield return new PdfParagraph(report.DocumentLine, italic: true) { Alignment = PdfAlignment.Centre, FontSize = TextFont, SpaceBeforePt = 2 };
        var first = true;
        foreach (var filter in report.Filters)
        {
            yield return new PdfParagraph([new PdfRun(first ? "Điều kiện lọc: " : string.Empty, bold: true), new PdfRun(filter)])
            {
                FontSize = TableFont + 1,
                SpaceBeforePt = first ? 8 : 0,
            };
            first = false;
        }
        yield return new PdfParagraph($"Lập lúc: {VietnameseNumbers.Time(report.GeneratedAtLocal)} — Người lập: {report.GeneratedBy}", italic: true)
        {
            FontSize = TableFont + 1,
            SpaceBeforePt = first ? 8 : 2,
        };
    }

    private static PdfParagraph Section(string text) =>
        new(text, bold: true) { FontSize = TextFont, SpaceBeforePt = 12, SpaceAfterPt = 4, KeepWithNext = true };

    private static PdfParagraph Note(string text) =>
        new(text, italic: true) { FontSize = TableFont + 1 };

    private static PdfTableCell Text(string text, bool bold = false) => new(text, bold, PdfAlignment.Left, TableFont);

    private static PdfTableCell Centred(string text, bool bold = false) => new(text, bold, PdfAlignment.Centre, TableFont);

    private static PdfTableCell Figure(string text, bool bold = false) => new(text, bold, PdfAlignment.Right, TableFont);

    private static PdfTable SummaryTable(StatusCounts summary)
    {
        var table = new PdfTable(5, 2, 2) { FontSize = TableFont }.WithHeader("Trạng thái", "Số lượng", "Tỷ lệ");
        int[] counts = [summary.CompletedOnTime, summary.CompletedLate, summary.OpenOnTime, summary.OpenOverdue];
        for (var i = 0; i < counts.Length; i++)
            table.AddRow(Text(StatusNames[i]), Figure(VietnameseNumbers.Format(counts[i])), Figure(VietnameseNumbers.Percent(counts[i], summary.Total)));
        table.AddRow(Text("Tổng số", bold: true), Figure(VietnameseNumbers.Format(summary.Total), bold: true),
            Figure(VietnameseNumbers.Percent(summary.Total, summary.Total), bold: true));
        return table;
    }

    private static IEnumerable<PdfBlock> TaskBlocks(int ordinal, ComplianceTaskPrint task)
    {
        yield return new PdfParagraph(
            [
                new PdfRun($"Nhiệm vụ {ordinal} (mục {task.SectionNumber}): ", bold: true),
                new PdfRun(task.Title, bold: true),
                new PdfRun($" — Thời hạn: {task.Deadline}", italic: true),
            ])
        {
            FontSize = TableFont + 1,
            SpaceBeforePt = 8,
            SpaceAfterPt = 3,
            KeepWithNext = true,
        };
        if (task.Rows.Count == 0)
        {
            yield return Note("Chưa có đơn vị nào được giao nhiệm vụ này.");
            yield break;
        }

        double[] widths = [4, 20, 9, 9, 13, 10, .. task.IndicatorHeaders.Select(_ => 10.0)];
        var table = new PdfTable(widths) { FontSize = TableFont }
            .WithHeader(["STT", "Đơn vị", "Vai trò", "Hạn xử lý", "Trạng thái", "Báo cáo gần nhất", .. task.IndicatorHeaders]);
        // Roles, statuses and dates repeat down the table: their cells (immutable) are made once.
        var repeated = new Dictionary<(string Text, PdfAlignment Alignment), PdfTableCell>();
        PdfTableCell Shared(string text, PdfAlignment alignment)
        {
            if (!repeated.TryGetValue((text, alignment), out var cell))
            {
                cell = new PdfTableCell(text, bold: false, alignment, TableFont);
                repeated[(text, alignment)] = cell;
            }
            return cell;
        }

        for (var i = 0; i < task.Rows.Count; i++)
        {
            var row = task.Rows[i];
            var cells = new PdfTableCell[widths.Length];
            cells[0] = Centred(VietnameseNumbers.Format(i + 1));
            cells[1] = Text(row.UnitName);
            cells[2] = Shared(row.Role, PdfAlignment.Left);
            cells[3] = Shared(VietnameseNumbers.Date(row.DueDate), PdfAlignment.Centre);
            cells[4] = Shared(row.Status, PdfAlignment.Left);
            cells[5] = Shared(VietnameseNumbers.Date(row.LastReportOn, "Chưa báo cáo"), PdfAlignment.Centre);
            for (var k = 0; k < task.IndicatorHeaders.Count; k++)
                cells[6 + k] = Figure(k < row.IndicatorValues.Count ? row.IndicatorValues[k] : string.Empty);
            table.AddRow(cells);
        }
        yield return table;
    }

    private static PdfTable IndicatorTable(IReadOnlyList<IndicatorTotalPrint> totals)
    {
        var table = new PdfTable(16, 16, 7, 8, 8, 7) { FontSize = TableFont }
            .WithHeader("Nhiệm vụ", "Chỉ tiêu", "Đơn vị tính", "Tổng cộng", "Chỉ tiêu giao", "Số đơn vị báo cáo");
        foreach (var total in totals)
        {
            table.AddRow(
                Text(total.Task),
                Text(total.Indicator),
                Centred(total.UnitOfMeasure),
                Figure(VietnameseNumbers.Format(total.Total)),
                Figure(total.Target is { } target ? VietnameseNumbers.Format(target) : VietnameseNumbers.None),
                Figure(VietnameseNumbers.Format(total.UnitsReporting)));
        }
        return table;
    }

    private static PdfTable UnitKindTable(IReadOnlyList<UnitKindTotalPrint> kinds)
    {
        var table = new PdfTable(14, 7, 7, 7, 7, 6) { FontSize = TableFont }
            .WithHeader(["Loại đơn vị", .. StatusNames, "Tổng số"]);
        foreach (var kind in kinds)
            table.AddRow([Text(kind.UnitKind), .. Counts(kind.Counts, bold: false)]);
        var sum = new StatusCounts(
            kinds.Sum(k => k.Counts.CompletedOnTime),
            kinds.Sum(k => k.Counts.CompletedLate),
            kinds.Sum(k => k.Counts.OpenOnTime),
            kinds.Sum(k => k.Counts.OpenOverdue));
        table.AddRow([Text("Tổng cộng", bold: true), .. Counts(sum, bold: true)]);
        return table;
    }

    private static IEnumerable<PdfTableCell> Counts(StatusCounts counts, bool bold) =>
        [.. new[] { counts.CompletedOnTime, counts.CompletedLate, counts.OpenOnTime, counts.OpenOverdue, counts.Total }
            .Select(n => Figure(VietnameseNumbers.Format(n), bold))];
}
