using BenchmarkDotNet.Running;
using SoTTTT.Portal.Benchmarks;
using SoTTTT.Portal.Infrastructure.Pdf.Reports;

// "calibrate <rows>…" prints how many pages the compliance report of that many rows takes.
if (args is ["calibrate", .. var counts])
{
    foreach (var rows in counts.Select(int.Parse))
        Console.WriteLine($"{rows} rows -> {SampleReports.PageCount(new ComplianceReportPdf().Render(SampleReports.Report(rows)))} pages");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SampleReports).Assembly).Run(args);
