using System.Text;
using SoTTTT.Portal.Infrastructure.Pdf.PdfLayout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace SoTTTT.Portal.IntegrationTests.Pdf;

/// <summary>The portal's PDF layout, read back with PdfPig: nothing dropped, text in NFC, pages and bands right.</summary>
public sealed class PdfLayoutTests
{
    private const double PointsPerMm = 72 / 25.4;

    private static List<Page> Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages()];
    }

    private static string Words(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    private static string AllWords(IEnumerable<Page> pages) => string.Join(" ", pages.Select(Words));

    private static PdfDocumentBuilder PageNumbered() =>
        new PdfDocumentBuilder().Footer(10, p => [new PdfParagraph($"Trang {p.PageNumber}/{p.PageCount}") { Alignment = PdfAlignment.Centre, FontSize = 11 }]);

    [Fact]
    public void Decomposed_Vietnamese_text_comes_out_precomposed()
    {
        const string place = "Trà Vinh, ngày 19 tháng 4 năm 2022";
        var pdf = new PdfDocumentBuilder()
            .Add(new PdfParagraph(place.Normalize(NormalizationForm.FormD)) { Alignment = PdfAlignment.Right, FontSize = 14 })
            .Render();

        var text = Words(Read(pdf).Single());

        Assert.Equal(place.Normalize(NormalizationForm.FormC), text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Justified_long_text_wraps_over_several_lines_and_keeps_every_word()
    {
        var words = Enumerable.Range(1, 150).Select(i => $"việc{i:000}").ToArray();
        var pdf = new PdfDocumentBuilder()
            .Add(new PdfParagraph(string.Join(' ', words)) { Alignment = PdfAlignment.Justify, FirstLineIndentMm = 10, SpaceAfterPt = 6 })
            .Render();

        var page = Read(pdf).Single();
        Assert.Equal(words, page.GetWords().Select(w => w.Text));
        var lines = page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).ToList();
        Assert.True(lines.Count >= 5, $"{lines.Count} lines");

        // Every line but the last reaches the right margin; the first is indented.
        var right = page.Width - 15 * PointsPerMm;
        var left = 30 * PointsPerMm;
        foreach (var line in lines.SkipLast(1))
            Assert.InRange(line.Max(w => w.BoundingBox.Right), right - 1.5, right + 0.5);
        Assert.InRange(lines[0].Min(w => w.BoundingBox.Left), left + 10 * PointsPerMm - 0.5, left + 10 * PointsPerMm + 1);
        Assert.InRange(lines[1].Min(w => w.BoundingBox.Left), left - 0.5, left + 1);
    }

    [Fact]
    public void A_long_table_breaks_between_rows_and_repeats_its_header_on_every_page()
    {
        var table = new PdfTable(1, 6, 3).WithHeader("STT", "Nội dung công việc", "Đơn vị");
        for (var i = 1; i <= 200; i++)
            table.AddRow($"R{i:000}", $"Báo cáo tiến độ nhiệm vụ số {i}", "Sở Văn hóa");
        var pdf = PageNumbered().Add(table).Render();

        var pages = Read(pdf);
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.Contains("STT Nội dung công việc Đơn vị", Words(p), StringComparison.Ordinal));
        var all = AllWords(pages);
        for (var i = 1; i <= 200; i++)
            Assert.Contains($"R{i:000} Báo cáo tiến độ nhiệm vụ số {i} ", all, StringComparison.Ordinal);
        var bottom = 20 * PointsPerMm + 10 * PointsPerMm;
        Assert.All(pages, p => Assert.All(p.Letters.Where(l => l.Value.StartsWith('R')), l => Assert.True(l.BoundingBox.Bottom >= bottom - 0.5)));
    }

    [Fact]
    public void Every_page_carries_its_number_out_of_the_page_count()
    {
        var table = new PdfTable(1).WithHeader("Tiêu đề");
        for (var i = 1; i <= 90; i++)
            table.AddRow($"Dòng {i}");
        var pages = Read(PageNumbered().Add(table).Render());

        Assert.True(pages.Count >= 3);
        for (var i = 0; i < pages.Count; i++)
            Assert.EndsWith($"Trang {i + 1}/{pages.Count}", Words(pages[i]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_across_pages_and_loses_no_word()
    {
        var words = Enumerable.Range(1, 900).Select(i => $"từ{i:000}").ToArray();
        var table = new PdfTable(1, 4).WithHeader("Số", "Nội dung")
            .AddRow("1", "Dòng ngắn")
            .AddRow(new PdfTableCell("2"), new PdfTableCell(new PdfParagraph(string.Join(' ', words)) { Alignment = PdfAlignment.Justify }))
            .AddRow("3", "Dòng cuối");
        var pages = Read(PageNumbered().Add(table).Render());

        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.Contains(p.GetWords(), w => w.Text.StartsWith("từ", StringComparison.Ordinal)));
        Assert.All(pages, p => Assert.StartsWith("Số Nội dung", Words(p), StringComparison.Ordinal));
        var found = pages.SelectMany(p => p.GetWords()).Select(w => w.Text).Where(w => w.StartsWith("từ", StringComparison.Ordinal));
        Assert.Equal(words, found);
        Assert.Contains("3 Dòng cuối", Words(pages[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Bold_italic_and_bold_italic_runs_use_their_own_faces()
    {
        var pdf = new PdfDocumentBuilder()
            .Add(new PdfParagraph([new PdfRun("Thường "), new PdfRun("Đậm", bold: true), new PdfRun(" Nghiêng", italic: true), new PdfRun(" Cả hai", bold: true, italic: true)]))
            .Render();

        var letters = Read(pdf).Single().Letters;
        string FontOf(string value) => letters.First(l => l.Value == value).FontName ?? string.Empty;
        Assert.DoesNotContain("Bold", FontOf("T"), StringComparison.Ordinal);
        Assert.DoesNotContain("Italic", FontOf("T"), StringComparison.Ordinal);
        Assert.EndsWith(",Bold", FontOf("Đ"), StringComparison.Ordinal);
        Assert.EndsWith(",Italic", FontOf("N"), StringComparison.Ordinal);
        Assert.EndsWith(",BoldItalic", FontOf("C"), StringComparison.Ordinal);
        Assert.All(letters, l => Assert.Contains("Liberation Serif", l.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public void No_letter_crosses_the_margins()
    {
        var long_ = string.Concat(Enumerable.Repeat("Khôngkhoảngtrắng", 30));
        var pdf = new PdfDocumentBuilder()
            .PageSize(210, 297).Landscape().Margins(25, 20, 25, 35)
            .Add(new PdfParagraph(long_))
            .Add(Enumerable.Range(1, 60).Select(i => new PdfParagraph($"Đoạn {i}: " + string.Join(' ', Enumerable.Repeat("nội dung", 20))) { Alignment = PdfAlignment.Justify }))
            .Render();

        var pages = Read(pdf);
        Assert.True(pages.Count >= 2);
        foreach (var page in pages)
        {
            Assert.Equal(297 * PointsPerMm, page.Width, 0.5);
            foreach (var letter in page.Letters)
            {
                Assert.True(letter.BoundingBox.Left >= 35 * PointsPerMm - 0.5, $"{letter.Value} at {letter.BoundingBox.Left}");
                Assert.True(letter.BoundingBox.Right <= page.Width - 20 * PointsPerMm + 0.5, $"{letter.Value} at {letter.BoundingBox.Right}");
                Assert.True(letter.BoundingBox.Top <= page.Height - 25 * PointsPerMm + 0.5);
                Assert.True(letter.BoundingBox.Bottom >= 25 * PointsPerMm - 0.5);
            }
        }
        Assert.Equal(long_, string.Concat(pages[0].GetWords().TakeWhile(w => !w.Text.StartsWith("Đoạn", StringComparison.Ordinal)).Select(w => w.Text)));
    }

    [Fact]
    public void Side_by_side_blocks_start_at_the_same_height()
    {
        var pdf = new PdfDocumentBuilder()
            .Add(new PdfSideBySide(
                [new PdfParagraph("UBND TỈNH TRÀ VINH") { Alignment = PdfAlignment.Centre }],
                [new PdfParagraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true) { Alignment = PdfAlignment.Centre }],
                leftShare: 0.4))
            .Add(new PdfParagraph("Dưới cả hai"))
            .Render();

        var words = Read(pdf).Single().GetWords().ToList();
        var left = words.First(w => w.Text == "UBND");
        var right = words.First(w => w.Text == "CỘNG");
        var below = words.First(w => w.Text == "Dưới");
        Assert.Equal(left.BoundingBox.Bottom, right.BoundingBox.Bottom, 1);
        Assert.True(right.BoundingBox.Left > left.BoundingBox.Right);
        Assert.True(below.BoundingBox.Top < left.BoundingBox.Bottom);
    }

    [Fact]
    public void A_rule_below_is_centred_under_the_last_line_at_its_share_of_the_text()
    {
        var pdf = new PdfDocumentBuilder()
            .Add(new PdfParagraph("Độc lập - Tự do - Hạnh phúc", bold: true) { Alignment = PdfAlignment.Centre, FontSize = 13, RuleBelowShare = 0.5 })
            .Add(new PdfParagraph("Dưới đường kẻ"))
            .Render();

        var page = Read(pdf).Single();
        var words = page.GetWords().ToList();
        var line = words.TakeWhile(w => w.Text != "Dưới").ToList();
        var (left, right) = (line.Min(w => w.BoundingBox.Left), line.Max(w => w.BoundingBox.Right));
        var rule = Assert.Single(page.Paths).GetBoundingRectangle()!.Value;
        Assert.Equal((right - left) / 2, rule.Width, 1.5);
        Assert.Equal((left + right) / 2, rule.Centroid.X, 1.5);
        Assert.True(rule.Top < line.Min(w => w.BoundingBox.Bottom), "under the text");
        Assert.True(rule.Bottom > words.First(w => w.Text == "Dưới").BoundingBox.Top, "above what follows");
    }

    [Fact]
    public void No_break_spaces_keep_a_blank_to_fill_in_and_never_break_the_line()
    {
        var blank = new string('\u00A0', 8);
        var pdf = new PdfDocumentBuilder()
            .Add(new PdfParagraph($"Số: {blank}/STTTT-BCVTCNTT") { FontSize = 13 })
            .Add(new PdfParagraph(string.Join('\u00A0', Enumerable.Repeat("liền", 40))) { FontSize = 13 })
            .Render();

        var letters = Read(pdf).Single().Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var colon = letters.First(l => l.Value == ":");
        var slash = letters.First(l => l.Value == "/");
        Assert.True(slash.BoundingBox.Left - colon.BoundingBox.Right > 8 * 3, $"blank of {slash.BoundingBox.Left - colon.BoundingBox.Right} pt");
        Assert.Equal(colon.StartBaseLine.Y, slash.StartBaseLine.Y, 0.5);
        // Forty words joined by no-break spaces overflow one line: they are cut where the line ends, not at a no-break space.
        var liền = letters.Where(l => l.StartBaseLine.Y < colon.StartBaseLine.Y - 1).ToList();
        var firstLine = liền.Where(l => Math.Abs(l.StartBaseLine.Y - liền[0].StartBaseLine.Y) < 0.5).ToList();
        Assert.InRange(firstLine.Max(l => l.BoundingBox.Right), Read(pdf).Single().Width - 15 * PointsPerMm - 8, Read(pdf).Single().Width - 15 * PointsPerMm + 0.5);
    }
}
