using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SoTTTT.Portal.Infrastructure.Pdf.PdfLayout;

/// <summary>
/// Describes a document (page size, margins in millimetres, header and footer bands, blocks) and renders it
/// with PDFsharp. Lines are measured and placed by the portal's own layout, so no text is ever dropped.
/// The header and footer are drawn after layout, when the page count is known ("Trang 2/3").
/// </summary>
public sealed class PdfDocumentBuilder
{
    private readonly List<PdfBlock> blocks = [];
    private double widthMm = 210;
    private double heightMm = 297;
    private double topMm = 20;
    private double rightMm = 15;
    private double bottomMm = 20;
    private double leftMm = 30;
    private double headerMm;
    private double footerMm;
    private Func<PdfPageInfo, IEnumerable<PdfBlock>>? header;
    private Func<PdfPageInfo, IEnumerable<PdfBlock>>? footer;
    private string? title;

    /// <summary>A4 portrait, margins 20/15/20/30 mm (top, right, bottom, left) unless changed.</summary>
    public PdfDocumentBuilder() => PortalPdfFonts.EnsureRegistered();

    public PdfDocumentBuilder PageSize(double pageWidthMm, double pageHeightMm)
    {
        if (pageWidthMm <= 0 || pageHeightMm <= 0)
            throw new ArgumentOutOfRangeException(nameof(pageWidthMm), "A page has a positive size.");
        widthMm = pageWidthMm;
        heightMm = pageHeightMm;
        return this;
    }

    /// <summary>Turns the page so that its long side is horizontal.</summary>
    public PdfDocumentBuilder Landscape()
    {
        (widthMm, heightMm) = (Math.Max(widthMm, heightMm), Math.Min(widthMm, heightMm));
        return this;
    }

    public PdfDocumentBuilder Portrait()
    {
        (widthMm, heightMm) = (Math.Min(widthMm, heightMm), Math.Max(widthMm, heightMm));
        return this;
    }

    public PdfDocumentBuilder Margins(double top, double right, double bottom, double left)
    {
        (topMm, rightMm, bottomMm, leftMm) = (top, right, bottom, left);
        return this;
    }

    /// <summary>A band of the given height at the top of every page's text area.</summary>
    public PdfDocumentBuilder Header(double bandHeightMm, Func<PdfPageInfo, IEnumerable<PdfBlock>> content)
    {
        headerMm = bandHeightMm;
        header = content;
        return this;
    }

    /// <summary>A band of the given height at the bottom of every page's text area.</summary>
    public PdfDocumentBuilder Footer(double bandHeightMm, Func<PdfPageInfo, IEnumerable<PdfBlock>> content)
    {
        footerMm = bandHeightMm;
        footer = content;
        return this;
    }

    public PdfDocumentBuilder Title(string documentTitle)
    {
        title = documentTitle;
        return this;
    }

    public PdfDocumentBuilder Add(params IEnumerable<PdfBlock> content)
    {
        blocks.AddRange(content);
        return this;
    }

    public byte[] Render()
    {
        var page = new PageGeometry(Pt(widthMm), Pt(heightMm), Pt(topMm), Pt(rightMm), Pt(bottomMm), Pt(leftMm), Pt(headerMm), Pt(footerMm));
        if (page.ContentBottom - page.ContentTop < 36 || page.ContentRight - page.Left < 36)
            throw new InvalidOperationException("The margins and bands leave no room for text on the page.");

        using var measure = XGraphics.CreateMeasureContext(new XSize(page.Width, page.Height), XGraphicsUnit.Point, XPageDirection.Downwards);
        using var document = new PdfDocument();
        if (title is not null)
            document.Info.Title = title;
        // The embedded font subsets are deflated at zlib's fastest level too (see ContentStreams): on a short report,
        // compressing the three faces' subsets costs as much as laying out and drawing its pages.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        // One pen, brush and format for every operation: PDFsharp's XBrushes and XStringFormats make a new one on each call.
        var pen = new XPen(XColors.Black, 0.5);
        var brush = XBrushes.Black;
        var format = XStringFormats.TopLeft;
        var fonts = new FontBox();
        var pages = new PageOps();

        // Pages are drawn as soon as the flow leaves them, and their operations let go.
        var drawn = 0;
        void DrawUpTo(int end)
        {
            for (; drawn < end; drawn++)
            {
                var pdfPage = document.AddPage();
                pdfPage.Width = XUnit.FromPoint(page.Width);
                pdfPage.Height = XUnit.FromPoint(page.Height);
                using var gfx = XGraphics.FromPdfPage(pdfPage);
                Draw(gfx, pages[drawn], pen, brush, format);
                pages.Release(drawn);
            }
        }

        var body = new LayoutEngine(measure, fonts, pages, page.ContentTop, page.ContentBottom) { PagesComplete = DrawUpTo };
        body.Flow(blocks, page.Left, page.ContentRight - page.Left, new Cursor(0, page.ContentTop));
        if (pages.Count == 0)
            pages.AddPage();
        DrawUpTo(pages.Count);

        // The bands, once the page count is known, drawn over each page.
        var count = pages.Count;
        for (var i = 0; i < count; i++)
        {
            var info = new PdfPageInfo(i + 1, count);
            if (header is not null)
                new LayoutEngine(measure, fonts, pages, page.Top, double.MaxValue)
                    .Flow(header(info), page.Left, page.ContentRight - page.Left, new Cursor(i, page.Top));
            if (footer is not null)
                new LayoutEngine(measure, fonts, pages, page.ContentBottom, double.MaxValue)
                    .Flow(footer(info), page.Left, page.ContentRight - page.Left, new Cursor(i, page.ContentBottom));
            if (pages[i].Count == 0)
                continue;
            using var gfx = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            Draw(gfx, pages[i], pen, brush, format);
            pages.Release(i);
        }

        ContentStreams.Compress(document);
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static void Draw(XGraphics gfx, List<DrawOp> ops, XPen pen, XBrush brush, XStringFormat format)
    {
        foreach (var op in ops)
            op.Draw(gfx, pen, brush, format);
    }

    internal static double Pt(double mm) => mm * 72 / 25.4;

    private sealed record PageGeometry(double Width, double Height, double Top, double Right, double Bottom, double Left, double HeaderBand, double FooterBand)
    {
        public double ContentTop => Top + HeaderBand;
        public double ContentBottom => Height - Bottom - FooterBand;
        public double ContentRight => Width - Right;
    }
}
