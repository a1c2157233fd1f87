using System.Text;
using System.Text.RegularExpressions;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Infrastructure.Pdf.Documents;
using SoTTTT.Portal.Infrastructure.Seeding;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace SoTTTT.Portal.IntegrationTests.Pdf;

/// <summary>The anti-fraud dispatch of the seed printed in the Decree 30 format, read back with PdfPig.</summary>
public sealed partial class OutgoingDocumentPdfTests
{
    private const double PointsPerMm = 72 / 25.4;

    private static readonly OutgoingDocumentPdf Renderer = new();

    /// <summary>"Nơi nhận" as <c>RecipientLine.DistributionText</c> prints each line of the seed.</summary>
    private static string DistributionText(string text, DistributionPurpose purpose) => purpose switch
    {
        DistributionPurpose.AsAbove => "Như trên",
        DistributionPurpose.Archive => $"Lưu: {text}",
        DistributionPurpose.Report => $"{text} (b/c)",
        DistributionPurpose.Coordinate => $"{text} (p/h)",
        DistributionPurpose.Publish => $"{text} (đăng VB)",
        _ => text,
    };

    internal static OutgoingDocumentPrint Seed() => new(
        ParentBody: "UBND TỈNH TRÀ VINH",
        IssuingBody: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        NumberAndSymbol: "123/STTTT-BCVTCNTT",
        IsDraft: false,
        Place: "Trà Vinh",
        IssuedOn: new DateOnly(2022, 4, 19),
        TypeTitle: null,
        Summary: DemoDocuments.AntiFraudSummary,
        Addressees: [.. DemoDocuments.AntiFraudAddressees.Select(a => a.Text)],
        Preamble: DemoDocuments.AntiFraudPreamble,
        Sections: [.. DemoDocuments.AntiFraudSections.Select((s, i) => new PrintSection(i + 1, s.Heading, s.Body))],
        Closing: DemoDocuments.AntiFraudClosing,
        Distribution: [.. DemoDocuments.AntiFraudDistribution.Select(d => DistributionText(d.Text, d.Purpose))],
        AuthorityLine: "KT. GIÁM ĐỐC",
        SignerTitle: "PHÓ GIÁM ĐỐC",
        SignerName: "Bùi Thống Nhứt");

    private static List<Page> Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages()];
    }

    /// <summary>
    /// The text in the order it was laid out (a column of the heading before the next one), pages joined:
    /// letters as drawn, a space wherever the next letter is on another line or further than a thin gap away.
    /// </summary>
    private static string Text(IEnumerable<Page> pages)
    {
        var text = new StringBuilder();
        foreach (var page in pages)
        {
            Letter? previous = null;
            foreach (var letter in page.Letters)
            {
                var sameLine = previous is not null && Math.Abs(previous.StartBaseLine.Y - letter.StartBaseLine.Y) < 0.5;
                if (previous is null || !sameLine || letter.StartBaseLine.X - previous.EndBaseLine.X > 0.8)
                    text.Append(' ');
                text.Append(letter.Value);
                previous = letter;
            }
        }
        return Normalised(text.ToString());
    }

    private static string Normalised(string text) => Whitespace().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    /// <summary>The sentences of a text: pieces ending in ".", ";", ":" or "./.", each checked on its own.</summary>
    private static IEnumerable<string> Sentences(string text) =>
        Sentence().Matches(text).Select(m => Normalised(m.Value)).Where(s => s.Length > 0);

    private static Word WordOn(Page page, string text) => page.GetWords().First(w => w.Text == text);

    private static double LeftMargin => 30 * PointsPerMm;
    private static double RightMargin => 15 * PointsPerMm;

    [Fact]
    public void Every_sentence_of_the_preamble_sections_and_closing_is_printed()
    {
        var seed = Seed();
        var text = Text(Read(Renderer.Render(seed)));

        var expected = Sentences(seed.Preamble!)
            .Concat(seed.Sections.SelectMany(s => Sentences(s.Body)))
            .Concat(Sentences(seed.Closing!))
            .Concat(seed.Sections.Where(s => s.Heading is not null).Select(s => $"{s.Number}. {s.Heading}"))
            .ToList();
        Assert.True(expected.Count > 10, $"{expected.Count} sentences");
        Assert.All(expected, sentence => Assert.Contains(sentence, text, StringComparison.Ordinal));
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void The_heading_addressees_and_signature_carry_the_decree_30_wording()
    {
        var text = Text(Read(Renderer.Render(Seed())));

        foreach (var expected in new[]
                 {
                     "UBND TỈNH TRÀ VINH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Số: 123/STTTT-BCVTCNTT", "Trà Vinh, ngày 19 tháng 4 năm 2022", "V/v thông báo cảnh giác",
                     "Kính gửi:", "- Các Doanh nghiệp Viễn thông trên địa bàn tỉnh;",
                     "- Trung tâm Văn hóa, Thông tin và Thể thao huyện, thị xã, thành phố.",
                     "Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Công an tỉnh (p/h);", "- Ban Biên tập Sở TT&TT (đăng VB);",
                     "- Lưu: VT, BCVTCNTT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Bùi Thống Nhứt",
                 })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("DỰ THẢO", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Days_below_ten_and_the_first_two_months_take_a_leading_zero()
    {
        var text = Text(Read(Renderer.Render(Seed() with { IssuedOn = new DateOnly(2023, 2, 5) })));
        var december = Text(Read(Renderer.Render(Seed() with { IssuedOn = new DateOnly(2023, 12, 25) })));

        Assert.Contains("Trà Vinh, ngày 05 tháng 02 năm 2023", text, StringComparison.Ordinal);
        Assert.Contains("Trà Vinh, ngày 25 tháng 12 năm 2023", december, StringComparison.Ordinal);
    }

    [Fact]
    public void The_issuing_body_and_number_stand_left_the_national_title_right()
    {
        var page = Read(Renderer.Render(Seed()))[0];
        var middle = page.Width / 2;

        var title = page.GetWords().SkipWhile(w => w.Text != "CỘNG").Take(8).ToList();
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", string.Join(" ", title.Select(w => w.Text)));
        Assert.True((title[0].BoundingBox.Left + title[^1].BoundingBox.Right) / 2 > middle, "the national title is centred in the right half");
        foreach (var word in new[] { "Độc", "lập", "Hạnh", "phúc", "Trà", "Vinh," })
            Assert.True(WordOn(page, word).BoundingBox.Left > middle, $"{word} at {WordOn(page, word).BoundingBox.Left}");
        foreach (var word in new[] { "Số:", "UBND", "SỞ" })
            Assert.True(WordOn(page, word).BoundingBox.Right < middle, $"{word} at {WordOn(page, word).BoundingBox.Right}");
        Assert.Equal(WordOn(page, "Số:").BoundingBox.Bottom, WordOn(page, "Trà").BoundingBox.Bottom, 1.5);
    }

    [Fact]
    public void The_seed_runs_to_a_second_page_numbered_in_the_top_margin_and_the_first_page_has_no_number()
    {
        var pages = Read(Renderer.Render(Seed()));
        Assert.True(pages.Count >= 2, $"{pages.Count} pages");

        static IEnumerable<Word> InTopMargin(Page page) =>
            page.GetWords().Where(w => w.BoundingBox.Bottom >= page.Height - 20 * PointsPerMm);
        Assert.DoesNotContain(InTopMargin(pages[0]), w => w.Text.All(char.IsDigit));

        for (var i = 1; i < pages.Count; i++)
        {
            var page = pages[i];
            var number = Assert.Single(InTopMargin(page));
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), number.Text);
            Assert.True(number.BoundingBox.Top <= page.Height, "inside the page");
            var textCentre = (LeftMargin + page.Width - RightMargin) / 2;
            Assert.InRange(number.BoundingBox.Centroid.X, textCentre - 3 * PointsPerMm, textCentre + 3 * PointsPerMm);
            Assert.InRange(number.Letters[0].FontSize, 13, 14);
        }
    }

    [Fact]
    public void No_letter_lies_in_the_left_or_right_margin()
    {
        var pages = Read(Renderer.Render(Seed() with { IsDraft = true, IssuedOn = null, NumberAndSymbol = "      /STTTT-BCVTCNTT" }))
            .Concat(Read(Renderer.Render(Seed())));

        foreach (var page in pages)
        {
            Assert.Equal(210 * PointsPerMm, page.Width, 0.5);
            Assert.Equal(297 * PointsPerMm, page.Height, 0.5);
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                Assert.True(letter.BoundingBox.Left >= LeftMargin - 0.5, $"{letter.Value} at {letter.BoundingBox.Left}");
                Assert.True(letter.BoundingBox.Right <= page.Width - RightMargin + 0.5, $"{letter.Value} at {letter.BoundingBox.Right}");
                Assert.True(letter.BoundingBox.Bottom >= 20 * PointsPerMm - 0.5, $"{letter.Value} in the bottom margin");
            }
        }
    }

    [Fact]
    public void The_fonts_are_embedded_Liberation_Serif_or_Times_New_Roman()
    {
        var pdf = Renderer.Render(Seed());
        var pages = Read(pdf);

        Assert.All(pages.SelectMany(p => p.Letters), l => Assert.Contains("Liberation Serif", l.FontName, StringComparison.Ordinal));
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_shows_the_draft_mark_and_blanks_for_the_number_and_the_day()
    {
        var draft = Seed() with { IsDraft = true, IssuedOn = null, NumberAndSymbol = "      /STTTT-BCVTCNTT" };
        var pages = Read(Renderer.Render(draft));
        var text = Text(pages);

        Assert.Contains("DỰ THẢO", text, StringComparison.Ordinal);
        var mark = WordOn(pages[0], "THẢO");
        Assert.True(mark.Letters.All(l => l.FontName!.Contains("Bold", StringComparison.Ordinal)));
        Assert.True(mark.BoundingBox.Bottom > WordOn(pages[0], "CỘNG").BoundingBox.Top, "above the heading");
        Assert.Contains("Số:", text, StringComparison.Ordinal);
        Assert.Contains("/STTTT-BCVTCNTT", text, StringComparison.Ordinal);
        Assert.DoesNotContain("123/", text, StringComparison.Ordinal);
        Assert.Matches(@"Trà Vinh, ngày\W+tháng\W+năm 20", text);
        Assert.DoesNotContain("19", WordOn(pages[0], "Vinh,").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_with_its_planned_date_leaves_only_the_day_blank()
    {
        var draft = Seed() with { IsDraft = true, NumberAndSymbol = "      /STTTT-BCVTCNTT" };
        var text = Text(Read(Renderer.Render(draft)));

        Assert.Matches(@"Trà Vinh, ngày\W+tháng 4 năm 2022", text);
        Assert.DoesNotContain("ngày 19", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Noi_nhan_follows_the_closing_on_the_left_beside_the_signers_name_on_the_right()
    {
        var pages = Read(Renderer.Render(Seed()));
        var last = pages[^1];
        var middle = last.Width / 2;

        var received = WordOn(last, "Nơi");
        var name = WordOn(last, "Nhứt");
        var closing = pages.SelectMany((p, i) => p.GetWords().Select(w => (Page: i, Word: w))).Last(x => x.Word.Text == "hiện./.");
        Assert.True(closing.Page < pages.Count - 1 || closing.Word.BoundingBox.Bottom > received.BoundingBox.Top, "below the closing");
        Assert.True(received.BoundingBox.Right < middle);
        Assert.True(name.BoundingBox.Left > middle);
        Assert.True(received.BoundingBox.Right < WordOn(last, "Bùi").BoundingBox.Left);
        Assert.True(name.BoundingBox.Bottom < WordOn(last, "PHÓ").BoundingBox.Bottom - 25 * PointsPerMm, "room to sign");
        Assert.All(received.Letters, l => Assert.EndsWith(",BoldItalic", l.FontName, StringComparison.Ordinal));
    }

    private static readonly string[] SignatureWords = ["nhận:", "KT.", "PHÓ", "Nhứt", "BCVTCNTT."];

    [Fact]
    public void However_long_the_body_the_signature_block_stays_whole_on_one_page()
    {
        var seed = Seed();
        var pagesSeen = new HashSet<int>();
        for (var extra = 0; extra <= 24; extra++)
        {
            var closing = string.Join('\n', Enumerable.Repeat("Đề nghị các đơn vị thực hiện nghiêm túc.", extra).Append(DemoDocuments.AntiFraudClosing));
            var pages = Read(Renderer.Render(seed with { Closing = closing }));
            pagesSeen.Add(pages.Count);

            int PageOf(string word) => pages.FindLastIndex(p => p.GetWords().Any(w => w.Text == word));
            var signature = SignatureWords.Select(PageOf).Distinct().ToList();
            Assert.True(signature.Count == 1, $"{extra} more paragraphs: the signature block spreads over pages {string.Join(", ", signature)}");
            Assert.Equal(pages.Count - 1, signature[0]);
        }
        Assert.True(pagesSeen.Count >= 2, "the bodies tried reach past a page break");
    }

    [Fact]
    public void Another_kind_of_document_is_titled_in_bold_under_the_heading_and_one_addressee_stays_on_the_line()
    {
        var report = Seed() with { TypeTitle = "BÁO CÁO", Summary = "Kết quả phòng, chống lừa đảo qua mạng quý I năm 2022", Addressees = ["Ủy ban nhân dân tỉnh Trà Vinh"] };
        var page = Read(Renderer.Render(report))[0];
        var text = Text([page]);

        Assert.Contains("BÁO CÁO Kết quả phòng, chống lừa đảo qua mạng quý I năm 2022", text, StringComparison.Ordinal);
        Assert.Contains("Kính gửi: Ủy ban nhân dân tỉnh Trà Vinh.", text, StringComparison.Ordinal);
        var title = WordOn(page, "BÁO");
        Assert.True(title.BoundingBox.Top < WordOn(page, "Số:").BoundingBox.Bottom, "below the number");
        Assert.All(title.Letters, l => Assert.EndsWith(",Bold", l.FontName, StringComparison.Ordinal));
        Assert.All(WordOn(page, "Kết").Letters, l => Assert.EndsWith(",Bold", l.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public void The_document_title_names_the_number_and_the_summary()
    {
        using var document = PdfDocument.Open(Renderer.Render(Seed()));

        Assert.Equal($"Công văn số 123/STTTT-BCVTCNTT: {DemoDocuments.AntiFraudSummary}", document.Information.Title);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[^.;:]+(\./\.|[.;:])?")]
    private static partial Regex Sentence();
}
