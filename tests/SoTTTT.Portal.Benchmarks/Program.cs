using BenchmarkDotNet.Running;
using SoTTTT.Portal.Infrastructure.Pdf.Reports;

namespace SoTTTT.Portal.Benchmarks;

/// <summary>The benchmarks' entry point (a class of its own: the global Program is the portal's, which the host benchmarks start).</summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
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
            return 0;
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
            return 0;
        }

        // "writers [--database <file>] [--seconds <n>] [--writers <n>] [--warmup <n>]": unit reporters submitting reports at
        // once (ConcurrentWriters), measured after the same load has run unmeasured for the warm-up's seconds.
        if (args is ["writers", .. var options])
        {
            string? Option(string name) => options.SkipWhile(o => o != name).Skip(1).FirstOrDefault();
            return await ConcurrentWriters.RunAsync(
                Option("--database"),
                int.Parse(Option("--seconds") ?? "20", System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(Option("--writers") ?? "8", System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(Option("--warmup") ?? "30", System.Globalization.CultureInfo.InvariantCulture));
        }

        // "once [--repeat <n>] [<case>…]": each province-scale case (or those named) run twice outside BenchmarkDotNet,
        // the second timed; with --repeat, n more runs after those, timed one by one (mean, median, 95th percentile).
        // With PORTAL_BENCH_SQL=1 the SQL each one sends is printed.
        if (args is ["once", .. var rest])
        {
            var repeat = rest is ["--repeat", var n, ..] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var names = repeat > 0 ? rest[2..] : rest;
            var cases = new ProvinceScaleBenchmarks();
            await cases.SetupAsync();
            foreach (var method in typeof(ProvinceScaleBenchmarks).GetMethods()
                         .Where(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false))
                         .Where(m => names.Length == 0 || names.Contains(m.Name)))
            {
                await (Task)method.Invoke(cases, null)!;
                Console.WriteLine($"== {method.Name}");
                var clock = System.Diagnostics.Stopwatch.StartNew();
                await (Task)method.Invoke(cases, null)!;
                Console.WriteLine($"== {method.Name}: {clock.Elapsed.TotalMilliseconds:0.0} ms");
                if (repeat == 0)
                    continue;
                var times = new List<double>(repeat);
                for (var i = 0; i < repeat; i++)
                {
                    clock.Restart();
                    await (Task)method.Invoke(cases, null)!;
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                Console.WriteLine($"== {method.Name} ×{repeat}: mean {times.Average():0.0} ms, median {times[repeat / 2]:0.0} ms, " +
                                  $"p95 {times[Math.Min(repeat - 1, (int)Math.Ceiling(repeat * 0.95) - 1)]:0.0} ms");
            }
            cases.Cleanup();
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(SampleReports).Assembly).Run(args);
        return 0;
    }
}
