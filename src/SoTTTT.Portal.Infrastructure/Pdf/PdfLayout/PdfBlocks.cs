using System.Text;

namespace SoTTTT.Portal.Infrastructure.Pdf.PdfLayout;

public enum PdfAlignment
{
    Left,
    Centre,
    Right,
    Justify,
}

/// <summary>A stretch of text in one style. The text is normalised to Unicode NFC on entry.</summary>
public sealed record PdfRun
{
    public PdfRun(string text, bool bold = false, bool italic = false)
    {
        Text = (text ?? string.Empty).Normalize(NormalizationForm.FormC);
        Bold = bold;
        Italic = italic;
    }

    public string Text { get; }
    public bool Bold { get; }
    public bool Italic { get; }
}

/// <summary>Something laid out in the flow of a page: a paragraph, a table, side-by-side blocks or a spacer.</summary>
public abstract class PdfBlock
{
    private protected PdfBlock()
    {
    }
}

/// <summary>
/// Runs wrapped into lines at the available width. Spaces before and after are in points,
/// the first-line indent in millimetres; a line feed in a run starts a new line. A no-break space
/// (U+00A0) neither breaks a line nor collapses: it keeps a blank to fill in by hand ("Số:      /STTTT").
/// </summary>
public sealed class PdfParagraph : PdfBlock
{
    public PdfParagraph(params IEnumerable<PdfRun> runs) => Runs = [.. runs];

    // One run held directly: a table makes one such paragraph per cell.
    public PdfParagraph(string text, bool bold = false, bool italic = false) => Runs = [new PdfRun(text, bold, italic)];

    public IReadOnlyList<PdfRun> Runs { get; }
    public PdfAlignment Alignment { get; init; } = PdfAlignment.Left;
    public double FontSize { get; init; } = 13;
    public double FirstLineIndentMm { get; init; }
    public double SpaceBeforePt { get; init; }
    public double SpaceAfterPt { get; init; }

    /// <summary>
    /// When set (a heading), the paragraph is never left at the foot of a page without the start of the block
    /// after it (a table's header and first row, a paragraph's first line): if they do not fit together, the
    /// paragraph starts the next page. Consecutive kept paragraphs go together.
    /// </summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Multiplies the font's natural line height.</summary>
    public double LineSpacing { get; init; } = 1;

    /// <summary>
    /// When above 0, a horizontal rule centred under the paragraph's last line, as long as this share (0–1]
    /// of that line's text: the short rule under an issuing body's name or the national motto.
    /// </summary>
    public double RuleBelowShare
    {
        get;
        init => field = value is >= 0 and <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(RuleBelowShare), "The rule's share of the line lies between 0 and 1.");
    }
}

/// <summary>Vertical white space in millimetres; at the foot of a page it ends the page.</summary>
public sealed class PdfSpacer(double heightMm) : PdfBlock
{
    public double HeightMm { get; } = heightMm;
}

/// <summary>
/// Two columns of blocks next to each other, starting at the same height; the flow continues below the
/// longer one. <paramref name="leftShare"/> is the left column's share (0–1) of the width left after the gap.
/// </summary>
public sealed class PdfSideBySide : PdfBlock
{
    public PdfSideBySide(IEnumerable<PdfBlock> left, IEnumerable<PdfBlock> right, double leftShare = 0.5, double gapMm = 4)
    {
        if (leftShare is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(leftShare), "The left share lies strictly between 0 and 1.");
        Left = [.. left];
        Right = [.. right];
        LeftShare = leftShare;
        GapMm = gapMm;
    }

    public IReadOnlyList<PdfBlock> Left { get; }
    public IReadOnlyList<PdfBlock> Right { get; }
    public double LeftShare { get; }
    public double GapMm { get; }

    /// <summary>
    /// When set, the block that would not fit in what is left of the page starts on the next one, whole
    /// (a block taller than a page still flows over pages): a signature is never parted from its name.
    /// </summary>
    public bool KeepTogether { get; init; }
}

/// <summary>A cell of a table: paragraphs wrapped at the column's width.</summary>
public sealed class PdfTableCell
{
    public PdfTableCell(params IEnumerable<PdfParagraph> paragraphs) => Paragraphs = [.. paragraphs];

    public PdfTableCell(string text, bool bold = false, PdfAlignment alignment = PdfAlignment.Left, double fontSize = 12) =>
        Paragraphs = [new PdfParagraph(text, bold) { Alignment = alignment, FontSize = fontSize }];

    public IReadOnlyList<PdfParagraph> Paragraphs { get; }
}

/// <summary>
/// A table whose column widths are relative weights spread over the available width. Rows never overlap
/// a page break: a row moves to the next page whole, unless it is taller than a page, in which case it is
/// split between pages. The header row is repeated at the top of every page the table reaches.
/// </summary>
public sealed class PdfTable : PdfBlock
{
    private readonly List<IReadOnlyList<PdfTableCell>> rows = [];

    public PdfTable(params IEnumerable<double> columnWidths)
    {
        ColumnWidths = [.. columnWidths];
        if (ColumnWidths.Count == 0 || ColumnWidths.Any(w => w <= 0))
            throw new ArgumentException("A table needs at least one column, each of positive width.", nameof(columnWidths));
    }

    public IReadOnlyList<double> ColumnWidths { get; }
    public IReadOnlyList<PdfTableCell>? Header { get; private set; }
    public IReadOnlyList<IReadOnlyList<PdfTableCell>> Rows => rows;
    public double CellPaddingMm { get; init; } = 1.5;
    public bool Borders { get; init; } = true;
    public double FontSize { get; init; } = 12;

    public PdfTable WithHeader(params IEnumerable<PdfTableCell> cells)
    {
        Header = Checked(cells);
        return this;
    }

    /// <summary>A header of bold, centred texts.</summary>
    public PdfTable WithHeader(params string[] texts) =>
        WithHeader(texts.Select(t => new PdfTableCell(t, bold: true, PdfAlignment.Centre, FontSize)));

    public PdfTable AddRow(params IEnumerable<PdfTableCell> cells)
    {
        rows.Add(Checked(cells));
        return this;
    }

    public PdfTable AddRow(params string[] texts) => AddRow(texts.Select(t => new PdfTableCell(t, fontSize: FontSize)));

    private PdfTableCell[] Checked(IEnumerable<PdfTableCell> cells)
    {
        PdfTableCell[] array = [.. cells];
        if (array.Length != ColumnWidths.Count)
            throw new ArgumentException($"The table has {ColumnWidths.Count} columns; the row has {array.Length} cells.", nameof(cells));
        return array;
    }
}

/// <summary>The page a header or footer band is drawn on, known once the whole document is laid out.</summary>
public sealed record PdfPageInfo(int PageNumber, int PageCount);
