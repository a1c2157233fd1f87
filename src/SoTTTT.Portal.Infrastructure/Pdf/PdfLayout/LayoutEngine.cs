using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SoTTTT.Portal.Infrastructure.Pdf.PdfLayout;

/// <summary>
/// Something to draw on a page, in points from the page's top-left corner: text in a box whose top-left corner is
/// at (X, Y), or a rule from (X1, Y1) to (X2, Y2). A struct kept in the page's list: a long report places
/// hundreds of thousands of them.
/// </summary>
internal readonly struct DrawOp
{
    // A text's box (X, Y, Width, Height), or a rule's ends (X1, Y1, X2, Y2).
    private readonly double a, b, c, d;
    private readonly string? text;
    private readonly XFont? font;

    private DrawOp(double a, double b, double c, double d, string? text, XFont? font) =>
        (this.a, this.b, this.c, this.d, this.text, this.font) = (a, b, c, d, text, font);

    public static DrawOp Text(double x, double y, double width, double height, string text, XFont font) => new(x, y, width, height, text, font);

    public static DrawOp Rule(double x1, double y1, double x2, double y2) => new(x1, y1, x2, y2, null, null);

    public void Draw(XGraphics gfx, XPen pen, XBrush brush, XStringFormat format)
    {
        if (text is null)
            gfx.DrawLine(pen, a, b, c, d);
        else
            gfx.DrawString(text, font!, brush, new XRect(a, b, c, d), format);
    }
}

/// <summary>
/// The drawing operations of each page, in the order they are drawn. A page's list goes back to a pool once
/// the page is drawn, so a long document reuses a few lists instead of growing one per page.
/// </summary>
internal sealed class PageOps
{
    private readonly List<List<DrawOp>?> pages = [];
    private readonly Stack<List<DrawOp>> spare = [];

    public int Count => pages.Count;

    public List<DrawOp> this[int index] => pages[index] ??= spare.TryPop(out var ops) ? ops : [];

    public void AddPage() => pages.Add(null);

    /// <summary>Empties a drawn page's list and keeps it for a later page.</summary>
    public void Release(int index)
    {
        if (pages[index] is not { } ops)
            return;
        ops.Clear();
        spare.Push(ops);
        pages[index] = null;
    }
}

/// <summary>Where the flow has reached: a page index and a height on it, in points.</summary>
internal readonly record struct Cursor(int Page, double Y)
{
    public static Cursor Later(Cursor a, Cursor b) =>
        a.Page != b.Page ? (a.Page > b.Page ? a : b) : (a.Y >= b.Y ? a : b);
}

internal sealed class FontBox
{
    private readonly Dictionary<(double Size, bool Bold, bool Italic), XFont> fonts = [];
    private readonly GlyphAdvances?[] faces = new GlyphAdvances?[4];

    /// <summary>
    /// Lines of one-run paragraphs already broken at a width. Lines are immutable and placed relative to
    /// the paragraph's left edge, so a table's repeated cells ("Chủ trì", a date, a status) are broken once.
    /// </summary>
    private readonly Dictionary<LineCacheKey, Line[]> brokenLines = [];

    /// <summary>
    /// Past this many paragraphs the cache starts again: a long table's texts that never repeat (a unit's name,
    /// an ordinal) would otherwise keep their lines alive to the end of the document, and the garbage
    /// collector would carry them through its older generations. Texts that do repeat are broken again once.
    /// Small enough for the dictionary's arrays to stay off the large object heap, whose growth costs full collections.
    /// </summary>
    private const int BrokenLinesKept = 512;

    public bool TryGetLines(in LineCacheKey key, out Line[] lines) => brokenLines.TryGetValue(key, out lines!);

    public void KeepLines(in LineCacheKey key, Line[] lines)
    {
        if (brokenLines.Count >= BrokenLinesKept)
            brokenLines.Clear();
        brokenLines[key] = lines;
    }

    /// <summary>
    /// The width of a text in a font: the sum of its characters' advances from the face's own table, as
    /// PDFsharp measures it; PDFsharp itself only for text beyond the Basic Multilingual Plane.
    /// </summary>
    public double Width(XGraphics measure, ReadOnlySpan<char> text, XFont font)
    {
        var style = (font.Bold ? 1 : 0) + (font.Italic ? 2 : 0);
        var face = faces[style] ??= GlyphAdvances.For(font.Bold, font.Italic);
        return face.Width(text, font.Size) ?? measure.MeasureString(text.ToString(), font).Width;
    }

    public XFont Get(double size, bool bold, bool italic)
    {
        if (!fonts.TryGetValue((size, bold, italic), out var font))
        {
            var style = (bold, italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(PortalFontResolver.TimesNewRoman, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
            fonts[(size, bold, italic)] = font;
        }
        return font;
    }
}

/// <summary>Everything the lines of a one-run paragraph depend on.</summary>
internal readonly record struct LineCacheKey(
    string Text, bool Bold, bool Italic, double FontSize, PdfAlignment Alignment, double FirstLineIndentMm,
    double SpaceBeforePt, double SpaceAfterPt, double LineSpacing, double Width);

/// <summary>A piece of one line: text in one font at an offset from the line's left edge.</summary>
internal readonly record struct Piece(double Dx, double Width, string Text, XFont Font);

/// <summary>
/// A laid-out line of a paragraph: its pieces, its height, the white space around it and the length of the
/// rule centred under its text (0 for none).
/// </summary>
internal sealed record Line(Piece[] Pieces, double Height, double GapBefore, double GapAfter, double RuleBelow = 0)
{
    /// <summary>Where the pieces' text starts and ends, from the line's left edge (both 0 for no piece).</summary>
    public static (double Left, double Right) TextSpan(Piece[] pieces)
    {
        if (pieces.Length == 0)
            return (0, 0);
        var (left, right) = (double.MaxValue, double.MinValue);
        foreach (var piece in pieces)
        {
            left = Math.Min(left, piece.Dx);
            right = Math.Max(right, piece.Dx + piece.Width);
        }
        return (left, right);
    }
}

/// <summary>
/// Places blocks on pages between <c>top</c> and <c>bottom</c>, adding pages as the flow needs them.
/// Every line is measured with the fonts it is drawn with; a line that does not fit moves to the next page.
/// </summary>
internal sealed class LayoutEngine(XGraphics measure, FontBox fonts, PageOps pages, double top, double bottom)
{
    private int nesting;
    private int reached;

    /// <summary>
    /// Told, with a page's index, when the flow first reaches that page while no side-by-side block is open:
    /// every page before it is then complete and may be drawn and let go, so a long report does not keep
    /// all its pages' drawing operations until the end.
    /// </summary>
    public Action<int>? PagesComplete { get; init; }

    public Cursor Flow(IEnumerable<PdfBlock> blocks, double x, double width, Cursor at)
    {
        var list = blocks as IReadOnlyList<PdfBlock> ?? [.. blocks];
        for (var i = 0; i < list.Count; i++)
        {
            var block = list[i];
            // A heading that would end the page without the start of what it heads goes to the next page with it,
            // unless even a fresh page could not hold both.
            if (block is PdfParagraph { KeepWithNext: true } && at.Y > top
                && Through(list, i, width, at.Y) > bottom && Through(list, i, width, top) <= bottom)
                at = NextPage(at);
            at = block switch
            {
                PdfParagraph p => PlaceLines(BreakLines(p, width), x, at),
                PdfSpacer s => Space(s, at),
                PdfSideBySide s => SideBySide(s, x, width, at),
                PdfTable t => Table(t, x, width, at),
                _ => throw new NotSupportedException(block.GetType().Name),
            };
        }
        return at;
    }

    /// <summary>
    /// The height reached from <paramref name="y"/> by the paragraphs kept with what follows them, from
    /// <paramref name="index"/> on, and by the start of the block they are kept with: a paragraph's first line,
    /// a table's header and first row, a spacer.
    /// </summary>
    private double Through(IReadOnlyList<PdfBlock> blocks, int index, double width, double y)
    {
        for (var i = index; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case PdfParagraph { KeepWithNext: true } kept:
                    foreach (var line in BreakLines(kept, width))
                        y += (y <= top ? 0 : line.GapBefore) + line.Height + line.GapAfter;
                    continue;
                case PdfParagraph paragraph:
                    var first = BreakLines(paragraph, width)[0];
                    return y + (y <= top ? 0 : first.GapBefore) + first.Height;
                case PdfTable table:
                    var (header, firstRow) = TableStart(table, width);
                    return y + header + firstRow;
                case PdfSpacer spacer:
                    return y + PdfDocumentBuilder.Pt(spacer.HeightMm);
                default:
                    return y;
            }
        }
        return y;
    }

    private List<DrawOp> Page(int index)
    {
        while (pages.Count <= index)
            pages.AddPage();
        if (PagesComplete is not null && nesting == 0 && index > reached)
        {
            reached = index;
            PagesComplete(index);
        }
        return pages[index];
    }

    private Cursor NextPage(Cursor at) => new(at.Page + 1, top);

    private Cursor Space(PdfSpacer spacer, Cursor at)
    {
        var y = at.Y + PdfDocumentBuilder.Pt(spacer.HeightMm);
        return y > bottom ? NextPage(at) : at with { Y = y };
    }

    private Cursor SideBySide(PdfSideBySide block, double x, double width, Cursor at)
    {
        if (block.KeepTogether && at.Y > top && !Fits(block, x, width, at) && Fits(block, x, width, new Cursor(at.Page, top)))
            at = NextPage(at);
        var gap = PdfDocumentBuilder.Pt(block.GapMm);
        var leftWidth = (width - gap) * block.LeftShare;
        var rightWidth = width - gap - leftWidth;
        // The right column goes back to the page the left one started on: no page is complete until both are laid out.
        nesting++;
        try
        {
            var left = Flow(block.Left, x, leftWidth, at);
            var right = Flow(block.Right, x + leftWidth + gap, rightWidth, at);
            return Cursor.Later(left, right);
        }
        finally
        {
            nesting--;
        }
    }

    /// <summary>Whether the block, laid out on a scratch page from <paramref name="at"/>, stays on that page.</summary>
    private bool Fits(PdfSideBySide block, double x, double width, Cursor at)
    {
        var scratch = new PageOps();
        var trial = new LayoutEngine(measure, fonts, scratch, top, bottom);
        var end = trial.Flow([new PdfSideBySide(block.Left, block.Right, block.LeftShare, block.GapMm)], x, width, at with { Page = 0 });
        for (var i = 1; i < scratch.Count; i++)
        {
            if (scratch[i].Count > 0)
                return false;
        }
        return end.Page == 0;
    }

    private Cursor PlaceLines(IReadOnlyList<Line> lines, double x, Cursor at)
    {
        foreach (var line in lines)
        {
            var gap = at.Y <= top ? 0 : line.GapBefore;
            if (at.Y + gap + line.Height > bottom && at.Y > top)
            {
                at = NextPage(at);
                gap = 0;
            }
            DrawLine(line, x, at.Page, at.Y + gap);
            at = at with { Y = at.Y + gap + line.Height + line.GapAfter };
        }
        return at;
    }

    private void DrawLine(Line line, double x, int page, double y)
    {
        var ops = Page(page);
        foreach (var piece in line.Pieces)
            ops.Add(DrawOp.Text(x + piece.Dx, y, piece.Width, line.Height, piece.Text, piece.Font));
        if (line.RuleBelow > 0 && line.Pieces.Length > 0)
        {
            var (left, right) = Line.TextSpan(line.Pieces);
            var centre = x + (left + right) / 2;
            var ruleY = y + line.Height + RuleDrop;
            ops.Add(DrawOp.Rule(centre - line.RuleBelow / 2, ruleY, centre + line.RuleBelow / 2, ruleY));
        }
    }

    /// <summary>How far under a line its rule lies, and the room the rule takes before what follows, in points.</summary>
    private const double RuleDrop = 3.5;
    private const double RuleRoom = 6;

    // ---- Tables -------------------------------------------------------------------------------------------

    private static double[] ColumnWidths(PdfTable table, double width)
    {
        var total = table.ColumnWidths.Sum();
        var widths = new double[table.ColumnWidths.Count];
        for (var i = 0; i < widths.Length; i++)
            widths[i] = width * table.ColumnWidths[i] / total;
        return widths;
    }

    /// <summary>Fills <paramref name="cells"/> with each cell's lines, its paragraphs one after the other.</summary>
    private Line[][] Cells(IReadOnlyList<PdfTableCell> row, double[] widths, double pad, Line[][] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var paragraphs = row[i].Paragraphs;
            if (paragraphs.Count == 1)
            {
                cells[i] = BreakLines(paragraphs[0], widths[i] - 2 * pad);
                continue;
            }
            var lines = new List<Line>();
            foreach (var paragraph in paragraphs)
                lines.AddRange(BreakLines(paragraph, widths[i] - 2 * pad));
            cells[i] = [.. lines];
        }
        return cells;
    }

    /// <summary>The heights of a table's header row and of its first row's first lines: what must fit for it to start on a page.</summary>
    private (double Header, double FirstRow) TableStart(PdfTable table, double width)
    {
        var pad = PdfDocumentBuilder.Pt(table.CellPaddingMm);
        var widths = ColumnWidths(table, width);
        var header = table.Header is null ? 0 : Tallest(Cells(table.Header, widths, pad, new Line[widths.Length][])) + 2 * pad;
        return (header, table.Rows.Count == 0 ? 0 : FirstLines(Cells(table.Rows[0], widths, pad, new Line[widths.Length][])) + 2 * pad);
    }

    private Cursor Table(PdfTable table, double x, double width, Cursor at)
    {
        var pad = PdfDocumentBuilder.Pt(table.CellPaddingMm);
        var widths = ColumnWidths(table, width);
        var lefts = new double[widths.Length];
        for (var i = 1; i < widths.Length; i++)
            lefts[i] = lefts[i - 1] + widths[i - 1];

        var header = table.Header is null ? null : Cells(table.Header, widths, pad, new Line[widths.Length][]);
        var headerHeight = header is null ? 0 : Tallest(header) + 2 * pad;

        Cursor StartPage(Cursor c)
        {
            if (header is null)
                return c;
            DrawRowPiece(header, null, null, x, lefts, widths, pad, table.Borders, c, headerHeight);
            return c with { Y = c.Y + headerHeight };
        }

        // One row's lines at a time: the row is drawn (its operations hold what they need) before the next is broken.
        var cells = new Line[widths.Length][];
        var firstRowHeight = table.Rows.Count == 0 ? 0 : FirstLines(Cells(table.Rows[0], widths, pad, cells)) + 2 * pad;
        if (at.Y + headerHeight + firstRowHeight > bottom && at.Y > top)
            at = NextPage(at);
        at = StartPage(at);

        foreach (var row in table.Rows)
        {
            Cells(row, widths, pad, cells);
            var rowHeight = Tallest(cells) + 2 * pad;
            if (at.Y + rowHeight > bottom && rowHeight <= bottom - top - headerHeight)
                at = StartPage(NextPage(at));
            if (at.Y + rowHeight <= bottom)
            {
                DrawRowPiece(cells, null, null, x, lefts, widths, pad, table.Borders, at, rowHeight);
                at = at with { Y = at.Y + rowHeight };
                continue;
            }
            at = SplitRow(cells, x, lefts, widths, pad, table.Borders, at, headerHeight, StartPage);
        }
        return at;
    }

    /// <summary>A row taller than a page: each page gets as many of every cell's lines as fit, then the rest goes on below the header.</summary>
    private Cursor SplitRow(Line[][] cells, double x, double[] lefts, double[] widths, double pad, bool borders, Cursor at,
        double headerHeight, Func<Cursor, Cursor> startPage)
    {
        var next = new int[cells.Length];
        while (Remaining(cells, next))
        {
            var room = bottom - at.Y - 2 * pad;
            var ends = new int[cells.Length];
            var used = 0.0;
            var progress = 0;
            for (var i = 0; i < cells.Length; i++)
            {
                var h = 0.0;
                var end = next[i];
                while (end < cells[i].Length)
                {
                    var line = cells[i][end];
                    var step = (end == next[i] ? 0 : line.GapBefore) + line.Height;
                    if (h + step > room)
                        break;
                    h += step + line.GapAfter;
                    end++;
                }
                ends[i] = end;
                progress += end - next[i];
                used = Math.Max(used, Math.Min(h, room));
            }

            if (progress == 0 && at.Y > top + headerHeight)
            {
                at = startPage(NextPage(at));
                continue;
            }
            if (progress == 0)
            {
                // A single line taller than the page: place it anyway rather than lose it.
                var i = 0;
                while (next[i] >= cells[i].Length)
                    i++;
                ends[i] = next[i] + 1;
                used = cells[i][next[i]].Height;
            }

            DrawRowPiece(cells, next, ends, x, lefts, widths, pad, borders, at, used + 2 * pad);
            at = at with { Y = at.Y + used + 2 * pad };
            next = ends;
            if (Remaining(cells, next))
                at = startPage(NextPage(at));
        }
        return at;
    }

    private static bool Remaining(Line[][] cells, int[] next)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (next[i] < cells[i].Length)
                return true;
        }
        return false;
    }

    private static double Height(Line[] lines)
    {
        var height = 0.0;
        for (var i = 0; i < lines.Length; i++)
            height += (i == 0 ? 0 : lines[i].GapBefore) + lines[i].Height + (i == lines.Length - 1 ? 0 : lines[i].GapAfter);
        return height;
    }

    private static double Tallest(Line[][] cells)
    {
        var tallest = 0.0;
        foreach (var cell in cells)
            tallest = Math.Max(tallest, Height(cell));
        return tallest;
    }

    /// <summary>The height of the tallest first line among the cells.</summary>
    private static double FirstLines(Line[][] cells)
    {
        var tallest = 0.0;
        foreach (var cell in cells)
            tallest = Math.Max(tallest, cell.Length == 0 ? 0 : cell[0].Height);
        return tallest;
    }

    /// <summary>Draws each cell's lines from <paramref name="from"/> up to <paramref name="to"/> (all of them when null) and the row's borders.</summary>
    private void DrawRowPiece(Line[][] cells, int[]? from, int[]? to, double x, double[] lefts, double[] widths,
        double pad, bool borders, Cursor at, double height)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var y = at.Y + pad;
            var first = from?[i] ?? 0;
            var end = to?[i] ?? cells[i].Length;
            for (var j = first; j < end; j++)
            {
                var line = cells[i][j];
                if (j > first)
                    y += line.GapBefore;
                DrawLine(line, x + lefts[i] + pad, at.Page, y);
                y += line.Height + line.GapAfter;
            }
        }
        if (!borders)
            return;
        var ops = Page(at.Page);
        var right = x + lefts[^1] + widths[^1];
        ops.Add(DrawOp.Rule(x, at.Y, right, at.Y));
        ops.Add(DrawOp.Rule(x, at.Y + height, right, at.Y + height));
        for (var i = 0; i < cells.Length; i++)
            ops.Add(DrawOp.Rule(x + lefts[i], at.Y, x + lefts[i], at.Y + height));
        ops.Add(DrawOp.Rule(right, at.Y, right, at.Y + height));
    }

    // ---- Line breaking ------------------------------------------------------------------------------------
    //
    // A paragraph's text is cut into segments that point into their run's text (no substring per word); a line's
    // piece takes the run's own string, or one substring of it, unless its words were joined by other white space.

    /// <summary>Characters <see cref="Start"/>..+<see cref="Length"/> of a run's text, in one font.</summary>
    private readonly record struct Segment(string Source, int Start, int Length, XFont Font, double Width);

    /// <summary>The space before a word, in the font of the run it was typed in.</summary>
    private readonly record struct Gap(XFont Font, double Width);

    /// <summary>A word: <see cref="Count"/> segments from <see cref="First"/> in the paragraph's segment list.</summary>
    private readonly record struct Word(int First, int Count, double Width, Gap? SpaceBefore, bool BreakAfter);

    /// <summary>The text of a piece being built: a range of one run's text while its words are joined by single spaces.</summary>
    private struct PieceText
    {
        private string source;
        private int start;
        private int end;
        private string? joined;

        public PieceText(Segment segment) =>
            (source, start, end, joined) = (segment.Source, segment.Start, segment.Start + segment.Length, null);

        public void Append(Segment segment, bool spaced)
        {
            var next = end + (spaced ? 1 : 0);
            if (joined is null && ReferenceEquals(source, segment.Source) && segment.Start == next && (!spaced || source[end] == ' '))
            {
                end = segment.Start + segment.Length;
                return;
            }
            var text = segment.Source.Substring(segment.Start, segment.Length);
            joined = spaced ? string.Concat(ToString(), " ", text) : string.Concat(ToString(), text);
        }

        public override readonly string ToString() =>
            joined ?? (start == 0 && end == source.Length ? source : source[start..end]);
    }

    private const char NoBreakSpace = '\u00A0';

    // Scratch lists of the paragraph being broken, reused from one paragraph to the next.
    private readonly List<Segment> segments = [];
    private readonly List<Word> words = [];
    private readonly List<Word> parts = [];
    private readonly List<Word> placed = [];
    private readonly List<(int First, int Count, bool Last)> groups = [];
    private readonly List<(double Dx, double Width, XFont Font, PieceText Text)> drafts = [];

    private double Measure(ReadOnlySpan<char> text, XFont font) => fonts.Width(measure, text, font);

    private double Measure(Segment segment) => Measure(segment.Source.AsSpan(segment.Start, segment.Length), segment.Font);

    /// <summary>Splits a paragraph's runs into <see cref="words"/>, each remembering the space before it and any forced break after it.</summary>
    private void Words(PdfParagraph paragraph)
    {
        segments.Clear();
        words.Clear();
        var first = 0;
        var count = 0;
        var width = 0.0;
        Gap? pendingSpace = null;

        void Add(Segment segment)
        {
            if (count == 0)
                first = segments.Count;
            segments.Add(segment);
            count++;
            width += segment.Width;
        }

        void Flush()
        {
            if (count == 0)
                return;
            var space = words.Count == 0 || words[^1].BreakAfter ? null : pendingSpace;
            words.Add(new Word(first, count, width, space, BreakAfter: false));
            count = 0;
            width = 0;
            pendingSpace = null;
        }

        foreach (var run in paragraph.Runs)
        {
            var font = fonts.Get(paragraph.FontSize, run.Bold, run.Italic);
            var text = run.Text;
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var end = i == text.Length;
                if (!end && (!char.IsWhiteSpace(text[i]) || text[i] == NoBreakSpace))
                    continue;
                if (i > start)
                    Add(new Segment(text, start, i - start, font, Measure(text.AsSpan(start, i - start), font)));
                start = i + 1;
                if (end)
                    break;
                // "\r\n" is one line feed: the '\n' that follows ends the line.
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    continue;
                Flush();
                if (text[i] == '\n')
                {
                    if (words.Count == 0 || words[^1].BreakAfter)
                    {
                        // An empty line: an empty word that only carries the break.
                        segments.Add(new Segment(text, i, 0, font, 0));
                        words.Add(new Word(segments.Count - 1, 1, 0, null, BreakAfter: true));
                    }
                    else
                    {
                        words[^1] = words[^1] with { BreakAfter = true };
                    }
                }
                else
                {
                    pendingSpace ??= new Gap(font, Measure(" ", font));
                }
            }
        }
        Flush();
    }

    /// <summary>Cuts a word wider than a whole line into <see cref="parts"/> that each fit, between grapheme clusters.</summary>
    private void Split(Word word, double width)
    {
        parts.Clear();
        var first = 0;
        var count = 0;
        var partWidth = 0.0;
        var space = word.SpaceBefore;

        void Add(Segment segment)
        {
            if (count == 0)
                first = segments.Count;
            segments.Add(segment);
            count++;
            partWidth += segment.Width;
        }

        void Close(bool breakAfter)
        {
            parts.Add(new Word(first, count, partWidth, space, breakAfter));
            count = 0;
            partWidth = 0;
            space = null;
        }

        for (var s = word.First; s < word.First + word.Count; s++)
        {
            var segment = segments[s];
            var text = segment.Source.AsSpan(segment.Start, segment.Length);
            // The segment's characters [start, at) are the part's text so far; the next cluster ends at 'next'.
            var start = 0;
            var at = 0;
            while (at < text.Length)
            {
                var next = at + StringInfo.GetNextTextElementLength(text[at..]);
                if (Measure(text[start..next], segment.Font) + partWidth > width && (at > start || count > 0))
                {
                    if (at > start)
                        Add(Cut(segment, start, at));
                    Close(breakAfter: false);
                    start = at;
                }
                at = next;
            }
            if (at > start)
                Add(Cut(segment, start, at));
        }
        Close(word.BreakAfter);
    }

    private Segment Cut(Segment segment, int start, int end)
    {
        var piece = segment with { Start = segment.Start + start, Length = end - start };
        return piece with { Width = Measure(piece) };
    }

    internal Line[] BreakLines(PdfParagraph paragraph, double width)
    {
        if (paragraph.Runs is not [var run])
            return Break(paragraph, width);
        var key = new LineCacheKey(run.Text, run.Bold, run.Italic, paragraph.FontSize, paragraph.Alignment, paragraph.FirstLineIndentMm,
            paragraph.SpaceBeforePt, paragraph.SpaceAfterPt, paragraph.LineSpacing, width);
        if (!fonts.TryGetLines(key, out var lines))
        {
            lines = Break(paragraph, width);
            fonts.KeepLines(key, lines);
        }
        return lines;
    }

    private Line[] Break(PdfParagraph paragraph, double width)
    {
        var regular = fonts.Get(paragraph.FontSize, false, false);
        var lineHeight = regular.GetHeight() * paragraph.LineSpacing;
        var indent = PdfDocumentBuilder.Pt(paragraph.FirstLineIndentMm);
        Words(paragraph);
        placed.Clear();
        groups.Clear();
        var lineStart = 0;
        var used = 0.0;

        foreach (var original in words)
        {
            parts.Clear();
            if (original.Width > width - indent)
                Split(original, width - indent);
            else
                parts.Add(original);
            foreach (var word in parts)
            {
                var inLine = placed.Count - lineStart;
                var space = inLine == 0 ? 0 : word.SpaceBefore?.Width ?? 0;
                if (inLine > 0 && used + space + word.Width > width - (groups.Count == 0 ? indent : 0))
                {
                    groups.Add((lineStart, inLine, false));
                    lineStart = placed.Count;
                    used = 0;
                    space = 0;
                }
                placed.Add(word);
                used += space + word.Width;
                if (word.BreakAfter)
                {
                    groups.Add((lineStart, placed.Count - lineStart, true));
                    lineStart = placed.Count;
                    used = 0;
                }
            }
        }
        if (placed.Count > lineStart || groups.Count == 0)
            groups.Add((lineStart, placed.Count - lineStart, true));
        if (!groups[^1].Last)
            groups[^1] = groups[^1] with { Last = true };

        var lines = new Line[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var (firstWord, wordCount, last) = groups[g];
            var lead = g == 0 ? indent : 0;
            var room = width - lead;
            var natural = 0.0;
            var gaps = 0;
            for (var i = 0; i < wordCount; i++)
            {
                var word = placed[firstWord + i];
                natural += word.Width;
                if (i > 0 && word.SpaceBefore is { } gap)
                {
                    natural += gap.Width;
                    gaps++;
                }
            }
            var (start, extra) = paragraph.Alignment switch
            {
                PdfAlignment.Centre => (lead + (room - natural) / 2, 0.0),
                PdfAlignment.Right => (lead + room - natural, 0.0),
                PdfAlignment.Justify when !last && gaps > 0 => (lead, (room - natural) / gaps),
                _ => (lead, 0.0),
            };

            drafts.Clear();
            var dx = start;
            for (var i = 0; i < wordCount; i++)
            {
                var word = placed[firstWord + i];
                var space = i > 0 ? word.SpaceBefore : null;
                if (space is { } before)
                    dx += before.Width + extra;
                for (var s = word.First; s < word.First + word.Count; s++)
                {
                    var segment = segments[s];
                    if (segment.Length == 0)
                        continue;
                    // Unstretched text in one font goes on as one piece: the same glyphs at the same places, drawn at once.
                    if (extra == 0 && drafts.Count > 0 && drafts[^1].Font == segment.Font && (space is null || space.Value.Font == segment.Font))
                    {
                        var previous = drafts[^1];
                        previous.Width = dx + segment.Width - previous.Dx;
                        previous.Text.Append(segment, spaced: space is not null);
                        drafts[^1] = previous;
                    }
                    else
                    {
                        drafts.Add((dx, segment.Width, segment.Font, new PieceText(segment)));
                    }
                    space = null;
                    dx += segment.Width;
                }
            }

            var pieces = new Piece[drafts.Count];
            for (var p = 0; p < pieces.Length; p++)
                pieces[p] = new Piece(drafts[p].Dx, drafts[p].Width, drafts[p].Text.ToString(), drafts[p].Font);
            var lastLine = g == groups.Count - 1;
            var rule = 0.0;
            if (lastLine && paragraph.RuleBelowShare > 0 && pieces.Length > 0)
            {
                var (left, right) = Line.TextSpan(pieces);
                rule = (right - left) * paragraph.RuleBelowShare;
            }
            var after = lastLine ? paragraph.SpaceAfterPt + (rule > 0 ? RuleRoom : 0) : 0;
            lines[g] = new Line(pieces, lineHeight, g == 0 ? paragraph.SpaceBeforePt : 0, after, rule);
        }
        return lines;
    }
}
