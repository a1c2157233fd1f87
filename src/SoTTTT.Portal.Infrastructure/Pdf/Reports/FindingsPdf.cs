using SoTTTT.Portal.Core.Common.Text;
using System.Globalization;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Infrastructure.Pdf.PdfLayout;

namespace SoTTTT.Portal.Infrastructure.Pdf.Reports;

/// <summary>
/// The list of inspection findings on A4 landscape: the issuing body, the title and the filters, then one table row per
/// finding, newest first (a long description is split by the layout engine), and "Trang X/Y" at the foot of every page.
/// </summary>
public sealed class FindingsPdf : IFindingsPdf
{
    public const string NoFindingsMessage = "Chưa có phát hiện nào trong phạm vi đã chọn.";

    private const double TableFontSize = 10;

    /// <summary>
    /// In millimetres of the 257 mm between the margins: STT, Ngày ghi nhận, Đối tượng, Mức độ, Nội dung phát hiện, Kiến nghị,
    /// Tình trạng khắc phục, Người ghi nhận.
    /// </summary>
    private static readonly double[] ColumnWidths = [11, 22, 40, 20, 62, 52, 28, 22];

    private static readonly string[] ColumnHeaders =
    [
        "STT", "Ngày ghi nhận", "Đối tượng", "Mức độ", "Nội dung phát hiện", "Kiến nghị", "Tình trạng khắc phục", "Người ghi nhận",
    ];

    public byte[] Render(FindingsPrint findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var builder = new PdfDocumentBuilder()
            .Landscape()
            .Margins(20, 15, 20, 25)
            .Title(findings.Title)
            .Footer(8, page => [new PdfParagraph($"Trang {page.PageNumber}/{page.PageCount}") { Alignment = PdfAlignment.Centre, FontSize = 10, SpaceBeforePt = 6 }])
            .Add(Heading(findings));

        builder.Add(findings.Findings.Count == 0
            ? new PdfParagraph(NoFindingsMessage, italic: true) { Alignment = PdfAlignment.Centre, FontSize = 12, SpaceBeforePt = 12 }
            : Table(findings.Findings));
        return builder.Render();
    }

    private static IEnumerable<PdfBlock> Heading(FindingsPrint findings)
    {
        yield return new PdfParagraph(findings.ParentBody) { FontSize = 12 };
        yield return new PdfParagraph(findings.IssuingBody, bold: true) { FontSize = 12, SpaceAfterPt = 10 };
        yield return new PdfParagraph(findings.Title, bold: true) { Alignment = PdfAlignment.Centre, FontSize = 14, SpaceAfterPt = 4 };
        foreach (var filter in findings.Filters)
            yield return new PdfParagraph(filter) { Alignment = PdfAlignment.Centre, FontSize = 12 };
        yield return new PdfParagraph(
            $"Lập lúc: {VietnameseNumbers.Time(findings.GeneratedAtLocal)} — Người lập: {findings.GeneratedBy}", italic: true)
        {
            Alignment = PdfAlignment.Centre,
            FontSize = 11,
            SpaceBeforePt = 2,
            SpaceAfterPt = 8,
        };
    }

    private static PdfTable Table(IReadOnlyList<FindingPrint> findings)
    {
        var table = new PdfTable(ColumnWidths) { FontSize = TableFontSize }.WithHeader(ColumnHeaders);
        var number = 1;
        foreach (var finding in findings)
        {
            table.AddRow(
                Cell(number.ToString(CultureInfo.InvariantCulture), PdfAlignment.Centre),
                Cell(VietnameseNumbers.Date(DateOnly.FromDateTime(finding.RecordedAtLocal)), PdfAlignment.Centre),
                Cell(finding.Target),
                new PdfTableCell(new PdfParagraph(finding.Severity, bold: true) { Alignment = PdfAlignment.Centre, FontSize = TableFontSize }),
                Cell(finding.Description, PdfAlignment.Justify),
                Cell(finding.Recommendation, PdfAlignment.Justify),
                FollowUp(finding),
                Cell(finding.RecordedBy));
            number++;
        }

        return table;
    }

    private static PdfTableCell FollowUp(FindingPrint finding)
    {
        var state = new PdfParagraph(finding.FollowUp, bold: true) { FontSize = TableFontSize };
        return string.IsNullOrWhiteSpace(finding.FollowUpNote)
            ? new PdfTableCell(state)
            : new PdfTableCell(state, new PdfParagraph(finding.FollowUpNote, italic: true) { FontSize = TableFontSize, SpaceBeforePt = 2 });
    }

    private static PdfTableCell Cell(string text, PdfAlignment alignment = PdfAlignment.Left) =>
        new(text, alignment: alignment, fontSize: TableFontSize);
}
