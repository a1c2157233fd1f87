using System.Text;
using System.Text.RegularExpressions;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Infrastructure.Pdf.Reports;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace SoTTTT.Portal.IntegrationTests.Pdf;

/// <summary>The compliance report of a directive, read back with PdfPig.</summary>
public sealed partial class ComplianceReportPdfTests
{
    private const string DetailHeader = "STT Đơn vị Vai trò Hạn xử lý Trạng thái Báo cáo gần nhất";

    private static List<Page> Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages()];
    }

    private static string Words(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    private static string AllWords(IEnumerable<Page> pages) => string.Join(" ", pages.Select(Words));

    private static ComplianceUnitPrint Unit(int number) => new(
        $"Đơn vị {number:00000}",
        number % 3 == 0 ? "Chủ trì" : "Phối hợp",
        new DateOnly(2026, 12, 15),
        number % 2 == 0 ? "Hoàn thành đúng hạn" : "Chưa hoàn thành – quá hạn",
        number % 4 == 0 ? null : new DateOnly(2026, 11, 20),
        ["12,5"]);

    internal static ComplianceReportPrint Report(int rows = 3, string? title = null) => new(
        "UBND TỈNH TRÀ VINH",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        title ?? "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
        "Chỉ thị số 05/CT-UBND ngày 10/10/2026 về phòng, chống lừa đảo trực tuyến",
        ["Loại đơn vị: Doanh nghiệp viễn thông", "Trạng thái: tất cả"],
        new DateTime(2026, 11, 29, 14, 5, 0),
        "Nguyễn Văn A",
        new StatusCounts(3, 1, 2, 2),
        [
            new ComplianceTaskPrint(1, "Gửi tin nhắn cảnh báo lừa đảo", "31/12/2026", ["Tin nhắn đã gửi"],
                [.. Enumerable.Range(1, rows).Select(Unit)]),
            new ComplianceTaskPrint(2, "Rà soát thuê bao chưa chuẩn hóa", "Hằng tháng", [],
                [new ComplianceUnitPrint("Viễn thông Trà Vinh", "Chủ trì", null, "Chưa hoàn thành – trong hạn", null, [])]),
        ],
        [
            new IndicatorTotalPrint("Nhiệm vụ 1", "Tin nhắn cảnh báo đã gửi", "tin", 1_250_000m, 2_000_000m, 4),
            new IndicatorTotalPrint("Nhiệm vụ 1", "Chi phí", "triệu đồng", 1234.5m, null, 3),
        ],
        [
            new UnitKindTotalPrint("Doanh nghiệp viễn thông", new StatusCounts(2, 0, 1, 1)),
            new UnitKindTotalPrint("Sở, ban, ngành", new StatusCounts(1, 1, 1, 1)),
        ]);

    [Fact]
    public void The_report_is_printed_on_A4_landscape_pages()
    {
        var page = Read(new ComplianceReportPdf().Render(Report())).First();

        Assert.InRange(page.Width, 841, 843);
        Assert.InRange(page.Height, 594, 596);
    }

    [Fact]
    public void The_heading_names_the_bodies_title_document_filters_time_and_author()
    {
        var text = Words(Read(new ComplianceReportPdf().Render(Report())).First());

        Assert.Contains("UBND TỈNH TRÀ VINH", text, StringComparison.Ordinal);
        Assert.Contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", text, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", text, StringComparison.Ordinal);
        Assert.Contains("Chỉ thị số 05/CT-UBND ngày 10/10/2026", text, StringComparison.Ordinal);
        Assert.Contains("Điều kiện lọc: Loại đơn vị: Doanh nghiệp viễn thông", text, StringComparison.Ordinal);
        Assert.Contains("Trạng thái: tất cả", text, StringComparison.Ordinal);
        Assert.Contains("Lập lúc: 14:05 ngày 29/11/2026 — Người lập: Nguyễn Văn A", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_counts_each_status_with_its_share_of_the_total()
    {
        var text = Words(Read(new ComplianceReportPdf().Render(Report())).First());

        Assert.Contains("I. TỔNG HỢP THEO TRẠNG THÁI", text, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành đúng hạn 3 37,5%", text, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành quá hạn 1 12,5%", text, StringComparison.Ordinal);
        Assert.Contains("Chưa hoàn thành – trong hạn 2 25,0%", text, StringComparison.Ordinal);
        Assert.Contains("Chưa hoàn thành – quá hạn 2 25,0%", text, StringComparison.Ordinal);
        Assert.Contains("Tổng số 8 100,0%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_task_lists_its_units_with_dates_or_the_marks_for_none()
    {
        var text = AllWords(Read(new ComplianceReportPdf().Render(Report(rows: 4))));

        Assert.Contains("II. CHI TIẾT THEO NHIỆM VỤ", text, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ 1 (mục 1): Gửi tin nhắn cảnh báo lừa đảo — Thời hạn: 31/12/2026", text, StringComparison.Ordinal);
        Assert.Contains(DetailHeader + " Tin nhắn đã gửi", text, StringComparison.Ordinal);
        Assert.Contains("1 Đơn vị 00001 Phối hợp 15/12/2026 Chưa hoàn thành – quá hạn 20/11/2026 12,5", text, StringComparison.Ordinal);
        Assert.Contains("4 Đơn vị 00004 Phối hợp 15/12/2026 Hoàn thành đúng hạn Chưa báo cáo 12,5", text, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ 2 (mục 2): Rà soát thuê bao chưa chuẩn hóa — Thời hạn: Hằng tháng", text, StringComparison.Ordinal);
        Assert.Contains("1 Viễn thông Trà Vinh Chủ trì — Chưa hoàn thành – trong hạn Chưa báo cáo", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_totals_are_written_in_the_Vietnamese_number_format()
    {
        var text = AllWords(Read(new ComplianceReportPdf().Render(Report())));

        Assert.Contains("III. TỔNG HỢP CHỈ TIÊU", text, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ 1 Tin nhắn cảnh báo đã gửi tin 1.250.000 2.000.000 4", text, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ 1 Chi phí triệu đồng 1.234,5 — 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_kinds_are_counted_by_status_with_a_grand_total()
    {
        var text = AllWords(Read(new ComplianceReportPdf().Render(Report())));

        Assert.Contains("IV. TỔNG HỢP THEO LOẠI ĐƠN VỊ", text, StringComparison.Ordinal);
        Assert.Contains("Doanh nghiệp viễn thông 2 0 1 1 4", text, StringComparison.Ordinal);
        Assert.Contains("Sở, ban, ngành 1 1 1 1 4", text, StringComparison.Ordinal);
        Assert.Contains("Tổng cộng 3 1 2 2 8", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decomposed_input_comes_out_precomposed()
    {
        const string title = "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ";
        var pages = Read(new ComplianceReportPdf().Render(Report(title: title.Normalize(NormalizationForm.FormD))));

        var text = AllWords(pages);
        Assert.Contains(title.Normalize(NormalizationForm.FormC), text, StringComparison.Ordinal);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Five_thousand_units_spread_over_many_numbered_pages_each_once_under_a_repeated_header()
    {
        const int rows = 5000;
        var pages = Read(new ComplianceReportPdf().Render(Report(rows)));

        Assert.True(pages.Count >= 50, $"{pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
            Assert.EndsWith($"Trang {i + 1}/{pages.Count}", Words(pages[i]), StringComparison.Ordinal);

        var names = new List<string>();
        var pagesWithRows = 0;
        foreach (var page in pages)
        {
            var text = Words(page);
            var onPage = UnitName().Matches(text).Select(m => m.Value).ToList();
            if (onPage.Count == 0)
                continue;
            pagesWithRows++;
            Assert.Contains(DetailHeader, text, StringComparison.Ordinal);
            Assert.True(text.IndexOf(DetailHeader, StringComparison.Ordinal) < text.IndexOf(onPage[0], StringComparison.Ordinal),
                $"The header stands above the rows on page {page.Number}.");
            names.AddRange(onPage);
        }

        Assert.True(pagesWithRows >= 50, $"{pagesWithRows} pages hold rows");
        Assert.Equal(Enumerable.Range(1, rows).Select(n => $"Đơn vị {n:00000}"), names);
    }

    [Fact]
    public void A_heading_at_the_foot_of_a_page_moves_to_the_next_one_with_its_table_header()
    {
        const string section = "III. TỔNG HỢP CHỈ TIÊU";
        const string sectionTableHeader = "Nhiệm vụ Chỉ tiêu Đơn vị tính Tổng cộng Chỉ tiêu giao Số đơn vị báo cáo";
        const string task = "Nhiệm vụ 2 (mục 2): Rà soát thuê bao chưa chuẩn hóa";
        var sectionMoved = 0;
        var taskMoved = 0;

        // Each added row pushes what follows about a row's height down: over a page and a half of rows,
        // both headings fall at some point in the last lines of a page.
        for (var rows = 14; rows <= 50; rows++)
        {
            var pages = Read(new ComplianceReportPdf().Render(Report(rows))).Select(Words).ToList();

            var withSection = pages.Single(text => text.Contains(section, StringComparison.Ordinal));
            Assert.Contains(sectionTableHeader, withSection[withSection.IndexOf(section, StringComparison.Ordinal)..], StringComparison.Ordinal);
            if (withSection.StartsWith(section, StringComparison.Ordinal))
                sectionMoved++;

            var withTask = pages.Single(text => text.Contains(task, StringComparison.Ordinal));
            var belowTask = withTask[withTask.IndexOf(task, StringComparison.Ordinal)..];
            Assert.Contains(DetailHeader, belowTask, StringComparison.Ordinal);
            Assert.Contains("Viễn thông Trà Vinh", belowTask, StringComparison.Ordinal);
            if (withTask.StartsWith(task, StringComparison.Ordinal))
                taskMoved++;
        }

        Assert.True(sectionMoved > 0, "The section heading never had to start a page.");
        Assert.True(taskMoved > 0, "The task heading never had to start a page.");
    }

    [GeneratedRegex(@"Đơn vị \d{5}")]
    private static partial Regex UnitName();
}
