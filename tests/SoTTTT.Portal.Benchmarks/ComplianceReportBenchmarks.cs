using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Infrastructure.Pdf;
using SoTTTT.Portal.Infrastructure.Pdf.Reports;

namespace SoTTTT.Portal.Benchmarks;

/// <summary>
/// The compliance report at about 10, 100 and 1,000 pages, against raw PDFsharp drawing the same cells at
/// fixed positions (same font, same rows per page, one DrawString per cell, the grid's lines, no measuring).
/// </summary>
[Config(typeof(Settings))]
public class ComplianceReportBenchmarks
{
    /// <summary>Rows of the task table per landscape page, measured with "calibrate".</summary>
    public const int RowsPerPage = 21;

    private const double PointsPerMm = 72 / 25.4;

    private ComplianceReportPrint report = null!;
    private string[][] cells = null!;
    private int pageCount;

    [Params(10, 100, 1000)]
    public int Pages { get; set; }

    /// <summary>Rows that fill <see cref="Pages"/> pages: 2,060 rows take 100 pages, then 21 rows a page.</summary>
    public static int RowsFor(int pages) => 2060 + (pages - 100) * RowsPerPage;

    [GlobalSetup]
    public void Setup()
    {
        PortalPdfFonts.EnsureRegistered();
        var rows = RowsFor(Pages);
        report = SampleReports.Report(rows);
        cells = [.. report.Tasks[0].Rows.Select((u, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture),
            u.UnitName,
            u.Role,
            u.DueDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—",
            u.Status,
            u.LastReportOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "Chưa báo cáo",
            u.IndicatorValues[0],
        })];
        pageCount = SampleReports.PageCount(new ComplianceReportPdf().Render(report));
        Console.WriteLine($"// {rows} rows: the report takes {pageCount} pages (target {Pages}).");
    }

    [Benchmark]
    public byte[] ComplianceReport() => new ComplianceReportPdf().Render(report);

    [Benchmark(Baseline = true)]
    public byte[] RawPdfSharp()
    {
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        var regular = new XFont(PortalFontResolver.TimesNewRoman, 10, XFontStyleEx.Regular, options);
        var bold = new XFont(PortalFontResolver.TimesNewRoman, 10, XFontStyleEx.Bold, options);
        var pen = new XPen(XColors.Black, 0.5);
        double width = 297 * PointsPerMm, height = 210 * PointsPerMm;
        double left = 25 * PointsPerMm, right = width - 15 * PointsPerMm, top = 20 * PointsPerMm;
        const double rowHeight = 20;
        var total = SampleReports.DetailWidths.Sum();
        var x = new double[SampleReports.DetailWidths.Length + 1];
        x[0] = left;
        for (var i = 0; i < SampleReports.DetailWidths.Length; i++)
            x[i + 1] = x[i] + (right - left) * SampleReports.DetailWidths[i] / total;

        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        var next = 0;
        for (var p = 0; p < pageCount; p++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(width);
            page.Height = XUnit.FromPoint(height);
            using var gfx = XGraphics.FromPdfPage(page);
            var y = top;
            DrawRow(gfx, SampleReports.DetailHeader, bold, pen, x, y, rowHeight);
            y += rowHeight;
            for (var r = 0; r < RowsPerPage && next < cells.Length; r++, next++)
            {
                DrawRow(gfx, cells[next], regular, pen, x, y, rowHeight);
                y += rowHeight;
            }
            gfx.DrawString($"Trang {p + 1}/{pageCount}", regular, XBrushes.Black,
                new XRect(left, height - 26 * PointsPerMm, right - left, 12), XStringFormats.TopCenter);
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static void DrawRow(XGraphics gfx, string[] row, XFont font, XPen pen, double[] x, double y, double height)
    {
        for (var c = 0; c < row.Length; c++)
            gfx.DrawString(row[c], font, XBrushes.Black, new XRect(x[c] + 4, y + 4, x[c + 1] - x[c] - 8, height - 8), XStringFormats.TopLeft);
        gfx.DrawLine(pen, x[0], y, x[^1], y);
        gfx.DrawLine(pen, x[0], y + height, x[^1], y + height);
        foreach (var edge in x)
            gfx.DrawLine(pen, edge, y, edge, y + height);
    }

    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(new PagesPerSecondColumn());
        }
    }

    /// <summary>Pages rendered per second: the case's page count over its mean time.</summary>
    private sealed class PagesPerSecondColumn : IColumn
    {
        public string Id => nameof(PagesPerSecondColumn);
        public string ColumnName => "Pages/s";
        public string Legend => "Pages rendered per second (Pages / Mean)";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean is not > 0 || benchmarkCase.Parameters[nameof(Pages)] is not int pages)
                return "NA";
            return (pages / (mean.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
        }
    }
}
