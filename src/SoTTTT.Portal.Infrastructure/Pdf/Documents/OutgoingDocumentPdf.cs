using System.Globalization;
using System.Text.RegularExpressions;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Infrastructure.Pdf.PdfLayout;

namespace SoTTTT.Portal.Infrastructure.Pdf.Documents;

/// <summary>
/// An outgoing document laid out as Decree 30/2020/NĐ-CP describes: A4 portrait, margins 20/15/20/30 mm,
/// the issuing body and the national title side by side, the number and the place-and-date line under them,
/// "Kính gửi", the body in 14 pt justified paragraphs, then "Nơi nhận" beside the signature. Pages from the
/// second on carry their number centred in the top margin; a draft carries a boxed "DỰ THẢO" there on page 1.
/// </summary>
public sealed partial class OutgoingDocumentPdf : IOutgoingDocumentPdf
{
    private const double BodySize = 14;
    private const double BodyIndentMm = 12.7;
    private const double BodyLineSpacing = 1.1;
    private const double BodySpaceAfter = 6;
    private const double HeaderLeftShare = 0.42;
    private const double HeaderGapMm = 3;

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The blank left for the clerk to fill in by hand: no-break spaces, which neither wrap nor collapse.</summary>
    private static readonly string Blank = new('\u00A0', 6);

    public byte[] Render(OutgoingDocumentPrint document)
    {
        ArgumentNullException.ThrowIfNull(document);

        return new PdfDocumentBuilder()
            .Portrait()
            // The text area starts 20 mm from the top edge: a 10 mm margin, then a 10 mm band for the page number.
            .Margins(10, 15, 20, 30)
            .Header(10, page => TopBand(page, document.IsDraft))
            .Title(Title(document))
            .Add(Heading(document))
            .Add(TitleAndAddressees(document))
            .Add(Body(document))
            .Add(Signature(document))
            .Render();
    }

    /// <summary>"Công văn số 123/STTTT-BCVTCNTT: V/v …" or "Dự thảo báo cáo số /STTTT: …".</summary>
    private static string Title(OutgoingDocumentPrint document)
    {
        var number = Spaces().Replace(document.NumberAndSymbol, " ").Trim();
        var kind = document.TypeTitle is null ? "Công văn" : SentenceCase(document.TypeTitle);
        var title = document.IsDraft ? "Dự thảo " + kind.ToLower(Vi) : kind;
        return $"{title} số {number}: {document.Summary}";
    }

    private static string SentenceCase(string text)
    {
        var lower = text.Trim().ToLower(Vi);
        return lower.Length == 0 ? lower : char.ToUpper(lower[0], Vi) + lower[1..];
    }

    private static IEnumerable<PdfBlock> TopBand(PdfPageInfo page, bool isDraft)
    {
        if (page.PageNumber > 1)
        {
            yield return new PdfParagraph(page.PageNumber.ToString(CultureInfo.InvariantCulture)) { Alignment = PdfAlignment.Centre, FontSize = BodySize };
            yield break;
        }
        if (!isDraft)
            yield break;
        var mark = new PdfTable(1) { CellPaddingMm = 0.8, Borders = true }
            .AddRow(new PdfTableCell(new PdfParagraph("DỰ\u00A0THẢO", bold: true) { Alignment = PdfAlignment.Centre, FontSize = 13 }));
        yield return new PdfSideBySide([], [mark], leftShare: 0.8, gapMm: 0);
    }

    // ---- Heading: issuing body and national title, number and date ----------------------------------------

    private static PdfParagraph Centred(string text, double size, bool bold = false, double rule = 0) =>
        new(text, bold) { Alignment = PdfAlignment.Centre, FontSize = size, RuleBelowShare = rule };

    private static IEnumerable<PdfBlock> Heading(OutgoingDocumentPrint document)
    {
        yield return new PdfSideBySide(
            [
                Centred(Balanced(document.ParentBody.ToUpper(Vi)), 12.5),
                Centred(Balanced(document.IssuingBody.ToUpper(Vi)), 12.5, bold: true, rule: 0.4),
            ],
            [
                Centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12.5, bold: true),
                Centred("Độc lập - Tự do - Hạnh phúc", 13.5, bold: true, rule: 1),
            ],
            HeaderLeftShare, HeaderGapMm);

        yield return new PdfSpacer(1.5);

        List<PdfBlock> left = [Centred($"Số: {NumberWithBlank(document.NumberAndSymbol)}", 13)];
        if (document.TypeTitle is null)
            left.Add(new PdfParagraph(document.Summary) { Alignment = PdfAlignment.Centre, FontSize = 12, SpaceBeforePt = 3 });
        yield return new PdfSideBySide(
            left,
            [new PdfParagraph(DateLine(document), italic: true) { Alignment = PdfAlignment.Centre, FontSize = 13.5 }],
            HeaderLeftShare, HeaderGapMm);
    }

    /// <summary>
    /// A name too long for one line of the heading's left block is cut into two lines of about the same length
    /// ("SỞ THÔNG TIN VÀ" / "TRUYỀN THÔNG") rather than leaving one word alone on the second.
    /// </summary>
    private static string Balanced(string name)
    {
        var text = Spaces().Replace(name.Trim(), " ");
        if (text.Length <= BalancedLineLength || text.Contains('\n', StringComparison.Ordinal))
            return text;
        var spaces = Enumerable.Range(0, text.Length).Where(i => text[i] == ' ').ToList();
        if (spaces.Count == 0)
            return text;
        // Of two equally good cuts, the later one: the first line is the longer, as on the department's own papers.
        var cut = spaces.OrderBy(i => Math.Abs(i - (text.Length - 1 - i))).ThenByDescending(i => i).First();
        return text[..cut] + "\n" + text[(cut + 1)..];
    }

    /// <summary>About as many capitals, in 12.5 pt bold, as the heading's left block holds on one line.</summary>
    private const int BalancedLineLength = 24;

    /// <summary>A number still to be given ("      /STTTT-BCVTCNTT") keeps a blank the clerk fills in.</summary>
    private static string NumberWithBlank(string numberAndSymbol)
    {
        var trimmed = numberAndSymbol.Trim();
        if (trimmed.StartsWith('/'))
            return Blank + trimmed;
        return Spaces().Replace(trimmed, Blank);
    }

    /// <summary>
    /// "Trà Vinh, ngày 05 tháng 02 năm 2023": days below 10 and the months January and February with a leading
    /// zero. A draft leaves the day blank (and the month and year too when it has no date yet).
    /// </summary>
    internal static string DateLine(OutgoingDocumentPrint document)
    {
        var place = document.Place.Trim();
        if (document.IssuedOn is not { } date)
            return $"{place}, ngày {Blank} tháng {Blank} năm 20{Blank}";
        var month = date.Month < 3 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        if (document.IsDraft)
            return $"{place}, ngày {Blank} tháng {month} năm {year}";
        return $"{place}, ngày {date.Day.ToString("00", CultureInfo.InvariantCulture)} tháng {month} năm {year}";
    }

    // ---- Title of a non-công văn and "Kính gửi" ------------------------------------------------------------

    private static IEnumerable<PdfBlock> TitleAndAddressees(OutgoingDocumentPrint document)
    {
        if (document.TypeTitle is not null)
        {
            yield return new PdfParagraph(document.TypeTitle.ToUpper(Vi), bold: true) { Alignment = PdfAlignment.Centre, FontSize = 14, SpaceBeforePt = 12 };
            yield return new PdfParagraph(document.Summary, bold: true) { Alignment = PdfAlignment.Centre, FontSize = 14, RuleBelowShare = 0.3 };
        }

        var addressees = document.Addressees.Select(a => a.Trim().TrimEnd(';', '.', ',').Trim()).Where(a => a.Length > 0).ToList();
        if (addressees.Count == 0)
        {
            yield return new PdfSpacer(4);
            yield break;
        }

        yield return new PdfSpacer(5);
        if (addressees.Count == 1)
        {
            yield return new PdfParagraph($"Kính gửi: {addressees[0]}.") { Alignment = PdfAlignment.Centre, FontSize = BodySize, SpaceAfterPt = 9 };
            yield break;
        }

        // "Kính gửi:" with the addressees listed one under the other beside it, as in Decree 30's model of a công văn.
        var lines = addressees.Select((a, i) => new PdfParagraph($"- {a}{(i == addressees.Count - 1 ? "." : ";")}")
        {
            FontSize = BodySize,
            LineSpacing = BodyLineSpacing,
        });
        yield return new PdfSideBySide(
            [new PdfParagraph("Kính gửi:") { Alignment = PdfAlignment.Right, FontSize = BodySize, LineSpacing = BodyLineSpacing }],
            lines,
            leftShare: 0.22, gapMm: 2);
        yield return new PdfSpacer(3);
    }

    // ---- Body ----------------------------------------------------------------------------------------------

    private static PdfParagraph BodyParagraph(params IEnumerable<PdfRun> runs) =>
        new(runs)
        {
            Alignment = PdfAlignment.Justify,
            FontSize = BodySize,
            FirstLineIndentMm = BodyIndentMm,
            LineSpacing = BodyLineSpacing,
            SpaceAfterPt = BodySpaceAfter,
        };

    private static List<string> Paragraphs(string? text) =>
        text is null ? [] : [.. text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0)];

    private static IEnumerable<PdfBlock> Body(OutgoingDocumentPrint document)
    {
        foreach (var paragraph in Paragraphs(document.Preamble))
            yield return BodyParagraph(new PdfRun(paragraph));

        foreach (var section in document.Sections)
        {
            var number = $"{section.Number.ToString(CultureInfo.InvariantCulture)}.";
            var paragraphs = Paragraphs(section.Body);
            var heading = section.Heading?.Trim().TrimEnd(':').Trim();
            if (string.IsNullOrEmpty(heading))
            {
                // "2. Trung tâm … tăng cường …": the number leads the first paragraph.
                if (paragraphs.Count == 0)
                    continue;
                yield return BodyParagraph(new PdfRun($"{number} {paragraphs[0]}"));
                foreach (var paragraph in paragraphs.Skip(1))
                    yield return BodyParagraph(new PdfRun(paragraph));
            }
            else if (paragraphs.Count == 1 && !paragraphs[0].StartsWith("- ", StringComparison.Ordinal))
            {
                // "3. Phòng Thông tin - Báo chí - Xuất bản: Tham mưu …".
                yield return BodyParagraph(new PdfRun($"{number} {heading}:", bold: true), new PdfRun($" {paragraphs[0]}"));
            }
            else
            {
                // "1. Các doanh nghiệp viễn thông" on its own line, its bullets under it.
                yield return BodyParagraph(new PdfRun($"{number} {heading}", bold: true));
                foreach (var paragraph in paragraphs)
                    yield return BodyParagraph(new PdfRun(paragraph));
            }
        }

        foreach (var paragraph in Paragraphs(document.Closing))
            yield return BodyParagraph(new PdfRun(paragraph));
    }

    // ---- "Nơi nhận" and the signature ----------------------------------------------------------------------

    private static IEnumerable<PdfBlock> Signature(OutgoingDocumentPrint document)
    {
        var lines = document.Distribution.Select(d => d.Trim().TrimEnd(';', '.', ',').Trim()).Where(d => d.Length > 0).ToList();
        List<PdfBlock> left = [new PdfParagraph("Nơi nhận:", bold: true, italic: true) { FontSize = 12 }];
        left.AddRange(lines.Select((line, i) => new PdfParagraph($"- {line}{(i == lines.Count - 1 ? "." : ";")}") { FontSize = 11 }));

        List<PdfBlock> right = [];
        if (!string.IsNullOrWhiteSpace(document.AuthorityLine))
            right.Add(Centred(document.AuthorityLine.Trim().ToUpper(Vi), 14, bold: true));
        right.Add(Centred(document.SignerTitle.Trim().ToUpper(Vi), 14, bold: true));
        right.Add(new PdfSpacer(27));
        right.Add(Centred(document.SignerName.Trim(), 14, bold: true));

        yield return new PdfSpacer(2);
        yield return new PdfSideBySide(left, right, leftShare: 0.5, gapMm: 4) { KeepTogether = true };
    }

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
