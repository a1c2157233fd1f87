using BenchmarkDotNet.Running;
using SoTTTT.Portal.Benchmarks;
using SoTTTT.Portal.Infrastructure.Pdf.Reports;

// "calibrate <rows>…" prints how many pages the compliance report of that many rows takes, and how long it took.
if (args is ["calibrate", .. var counts])
{
    foreach (var rows in counts.Select(int.Parse))
    {
        var report = SampleReports.Report(rows);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pdf = new ComplianceReportPdf().Render(report);
        Console.WriteLine($"{rows} rows -> {SampleReports.PageCount(pdf)} pages in {clock.ElapsedMilliseconds} ms");
    }
    return;
}

// "compare <pages> <rounds>" times both benchmarks alternately, a quick check outside BenchmarkDotNet.
if (args is ["compare", var pagesText, var roundsText])
{
    var benchmarks = new ComplianceReportBenchmarks { Pages = int.Parse(pagesText) };
    benchmarks.Setup();
    for (var round = 0; round < int.Parse(roundsText); round++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        benchmarks.ComplianceReport();
        var ours = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        benchmarks.RawPdfSharp();
        var raw = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine($"report {ours:0} ms, raw PDFsharp {raw:0} ms, ratio {ours / raw:0.00}");
    }
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SampleReports).Assembly).Run(args);
