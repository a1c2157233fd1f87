using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Infrastructure.Pdf.Reports;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace SoTTTT.Portal.IntegrationTests.Pdf;

/// <summary>A unit's report history printed on A4 landscape and read back with PdfPig.</summary>
public sealed class UnitReportHistoryPdfTests
{
    private const double PointsPerMm = 72 / 25.4;

    private readonly UnitReportHistoryPdf renderer = new();

    private static UnitReportHistoryPrint History(params IReadOnlyList<UnitReportPrint> reports) => new(
        "UBND TỈNH TRÀ VINH",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "LỊCH SỬ BÁO CÁO CỦA ĐƠN VỊ",
        "Công an tỉnh Trà Vinh",
        ["Văn bản: 716/UBND-KGVX ngày 19/4/2022", "Thời gian: từ 01/04/2022 đến 30/06/2022"],
        new DateTime(2022, 7, 1, 9, 5, 0),
        "Nguyễn Văn An",
        reports);

    private static UnitReportPrint Report(string narrative, bool completed = false, string? note = null) => new(
        "716/UBND-KGVX",
        "Tuyên truyền phòng, chống lừa đảo trên không gian mạng",
        new DateOnly(2022, 4, 1),
        new DateOnly(2022, 4, 30),
        new DateTime(2022, 5, 3, 14, 35, 0),
        "125/BC-CAT",
        completed ? 100 : 60,
        completed,
        "Đã chấp nhận",
        narrative,
        ["Tin nhắn cảnh báo: 1.250.000 tin", "Buổi tuyên truyền: 12 buổi"],
        note);

    private static List<Page> Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages()];
    }

    private static string Words(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    private static string AllWords(IEnumerable<Page> pages) => string.Join(" ", pages.Select(Words));

    [Fact]
    public void The_history_is_printed_on_A4_landscape_pages()
    {
        var pages = Read(renderer.Render(History(Report("Đã tổ chức tuyên truyền."))));

        Assert.All(pages, p =>
        {
            Assert.Equal(297 * PointsPerMm, p.Width, 0.5);
            Assert.Equal(210 * PointsPerMm, p.Height, 0.5);
        });
    }

    [Fact]
    public void The_heading_names_the_bodies_the_title_the_unit_the_filters_and_who_printed_it_when()
    {
        var text = Words(Read(renderer.Render(History(Report("Đã tổ chức tuyên truyền.")))).First());

        Assert.Contains("UBND TỈNH TRÀ VINH", text, StringComparison.Ordinal);
        Assert.Contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", text, StringComparison.Ordinal);
        Assert.Contains("LỊCH SỬ BÁO CÁO CỦA ĐƠN VỊ", text, StringComparison.Ordinal);
        Assert.Contains("Công an tỉnh Trà Vinh", text, StringComparison.Ordinal);
        Assert.Contains("Văn bản: 716/UBND-KGVX ngày 19/4/2022", text, StringComparison.Ordinal);
        Assert.Contains("Thời gian: từ 01/04/2022 đến 30/06/2022", text, StringComparison.Ordinal);
        Assert.Contains("Lập lúc: 09:05 ngày 01/07/2022 — Người lập: Nguyễn Văn An", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_report_is_a_row_with_its_period_sending_time_number_progress_figures_and_review()
    {
        var pages = Read(renderer.Render(History(
            Report("Đã tổ chức tuyên truyền.", completed: true, note: "Số liệu khớp với kế hoạch."))));
        var text = AllWords(pages);
        var words = pages.SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet();

        // A cell's lines interleave with its neighbours' in reading order: texts that wrap are checked word by word.
        Assert.Contains("STT Văn bản Nhiệm vụ Kỳ báo cáo Ngày gửi", text, StringComparison.Ordinal);
        Assert.Contains("716/UBND-KGVX", words);
        Assert.Contains("01/04/2022", words);
        Assert.Contains("30/04/2022", words);
        Assert.Contains("03/05/2022", words);
        Assert.Contains("14:35", words);
        Assert.Contains("125/BC-CAT", words);
        Assert.Contains("100%", words);
        Assert.Contains(UnitReportHistoryPdf.CompletionMarker, text, StringComparison.Ordinal);
        Assert.Superset("Tin nhắn cảnh báo: 1.250.000 tin Buổi tuyên truyền: 12 buổi".Split(' ').ToHashSet(), words);
        Assert.Superset("Đã chấp nhận Số liệu khớp với kế hoạch.".Split(' ').ToHashSet(), words);
    }

    [Fact]
    public void A_report_that_does_not_claim_completion_carries_no_completion_marker()
    {
        var text = AllWords(Read(renderer.Render(History(Report("Đang triển khai.")))));

        Assert.Contains("60%", text, StringComparison.Ordinal);
        Assert.DoesNotContain(UnitReportHistoryPdf.CompletionMarker, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_narrative_word_is_printed_even_when_one_narrative_spans_several_pages()
    {
        var shortWords = Enumerable.Range(1, 40).Select(i => $"ngắn{i:00}").ToArray();
        var longWords = Enumerable.Range(1, 3000).Select(i => $"dài{i:0000}").ToArray();
        var lastWords = Enumerable.Range(1, 25).Select(i => $"cuối{i:00}").ToArray();
        var pages = Read(renderer.Render(History(
            Report(string.Join(' ', shortWords)),
            Report(string.Join(' ', longWords[..1500]) + "\n" + string.Join(' ', longWords[1500..])),
            Report(string.Join(' ', lastWords)))));

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        var printed = pages.SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.Equal(shortWords, printed.Where(w => w.StartsWith("ngắn", StringComparison.Ordinal)));
        Assert.Equal(longWords, printed.Where(w => w.StartsWith("dài", StringComparison.Ordinal)));
        Assert.Equal(lastWords, printed.Where(w => w.StartsWith("cuối", StringComparison.Ordinal)));
        Assert.True(pages.Count(p => p.GetWords().Any(w => w.Text.StartsWith("dài", StringComparison.Ordinal))) >= 2);
    }

    [Fact]
    public void Every_page_carries_its_number_out_of_the_page_count()
    {
        var narrative = string.Join(' ', Enumerable.Range(1, 3000).Select(i => $"từ{i}"));
        var pages = Read(renderer.Render(History(Report(narrative), Report("Báo cáo tiếp theo."))));

        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
            Assert.EndsWith($"Trang {i + 1}/{pages.Count}", Words(pages[i]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_without_reports_says_so_instead_of_printing_a_table()
    {
        var pages = Read(renderer.Render(History()));

        var text = Words(Assert.Single(pages));
        Assert.Contains(UnitReportHistoryPdf.NoReportsMessage, text, StringComparison.Ordinal);
        Assert.Contains("Công an tỉnh Trà Vinh", text, StringComparison.Ordinal);
        Assert.DoesNotContain("STT", text, StringComparison.Ordinal);
        Assert.EndsWith("Trang 1/1", text, StringComparison.Ordinal);
    }
}
