using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Benchmarks;

/// <summary>
/// "writers": <see cref="Writers"/> unit reporters at once, each submitting progress reports on its own unit's
/// open assignments through the mediator (authorization, validation, transaction and audit), for a number of
/// seconds, on a copy of the database. Prints submissions per second, p50/p95 per submission, and the failures
/// by cause: SQLite busy/locked (must be none), refusals (a rule or validation said no) and anything else.
/// The same load runs unmeasured first for the warm-up's seconds: a portal that has run for a while has compiled its
/// hot paths to their final tier, and for the first 20–30 seconds the runtime's tiered compiler takes a third of the
/// processor (a single writer did 77 submissions a second over its first 5 seconds and 200 over 45).
/// </summary>
public static class ConcurrentWriters
{
    public const int Writers = 8;
    private const int AssignmentsPerWriter = 200;

    public static async Task<int> RunAsync(string? database, int seconds, int writers = Writers, int warmupSeconds = 30)
    {
        await using var portal = BenchPortal.Start(database);
        var clock = portal.Services.GetRequiredService<TimeProvider>();
        var today = clock.Today();

        // The units with the most open assignments, one writer each, and their open assignments.
        var units = await portal.ReadAsync(async db =>
        {
            var busiest = await db.Assignments.AsNoTracking().Where(a => a.CompletedOn == null)
                .GroupBy(a => a.UnitId).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(writers).ToListAsync();
            var result = new List<(Guid Unit, string Name, List<Guid> Assignments)>();
            foreach (var unit in busiest)
            {
                var name = await db.OrgUnits.Where(u => u.Id == unit).Select(u => u.FullName).SingleAsync();
                var open = await db.Assignments.AsNoTracking().Where(a => a.UnitId == unit && a.CompletedOn == null)
                    .OrderBy(a => a.Id).Select(a => a.Id).Take(AssignmentsPerWriter).ToListAsync();
                result.Add((unit, name, open));
            }
            return result;
        });
        if (units.Count < writers)
            throw new InvalidOperationException($"Only {units.Count} units have open assignments; {writers} writers need as many.");

        var principals = units.Select((u, i) => BenchPortal.Principal($"bench-reporter-{i + 1}", PortalRoles.UnitReporter, u.Unit, u.Name)).ToList();

        var warmup = new Outcome();
        await RunWritersAsync(portal, principals, units, today, TimeSpan.FromSeconds(warmupSeconds), warmup, writers);
        Console.WriteLine($"warm-up, {warmupSeconds} s: {warmup.Latencies.Count} submissions; failures: busy/locked {warmup.Busy}, other {warmup.Other}");
        var outcome = new Outcome();
        var elapsed = await RunWritersAsync(portal, principals, units, today, TimeSpan.FromSeconds(seconds), outcome, writers);

        var latencies = outcome.Latencies.OrderBy(x => x).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{writers} writers, {elapsed:0.0} s: {latencies.Length} submissions, {latencies.Length / elapsed:0} per second; " +
            $"p50 {Percentile(latencies, 0.50):0.0} ms, p95 {Percentile(latencies, 0.95):0.0} ms, max {latencies.LastOrDefault():0.0} ms"));
        Console.WriteLine($"failures: busy/locked {outcome.Busy}, refused {outcome.Refused}, other {outcome.Other}");
        foreach (var message in outcome.Messages.Distinct().Take(5))
            Console.WriteLine("  " + message);
        return outcome.Busy + outcome.Other + warmup.Busy + warmup.Other == 0 ? 0 : 1;
    }

    /// <summary>Each writer submits on its unit's open assignments in turn until <paramref name="duration"/> has passed; returns the seconds taken.</summary>
    private static async Task<double> RunWritersAsync(BenchPortal portal, List<ClaimsPrincipal> principals,
        List<(Guid Unit, string Name, List<Guid> Assignments)> units, DateOnly today, TimeSpan duration, Outcome outcome, int writers)
    {
        var stop = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            var open = units[i].Assignments;
            var n = 0;
            do
                await SubmitAsync(portal, principals[i], open[n++ % open.Count], today, outcome);
            while (stop.Elapsed < duration);
        })).ToArray();
        await Task.WhenAll(tasks);
        return stop.Elapsed.TotalSeconds;
    }

    private static async Task SubmitAsync(BenchPortal portal, ClaimsPrincipal reporter, Guid assignmentId, DateOnly today, Outcome outcome)
    {
        var command = new SubmitProgressReportCommand(
            assignmentId, today.AddDays(-30), today, "Đơn vị đã triển khai tuyên truyền theo kế hoạch; kết quả trong kỳ như sau.",
            50, [], null, ClaimsCompletion: false);
        var clock = Stopwatch.StartNew();
        try
        {
            await portal.SendAsync(reporter, command);
            lock (outcome)
                outcome.Latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception e)
        {
            lock (outcome)
            {
                if (IsBusy(e))
                    outcome.Busy++;
                else if (e is Core.Domain.DomainRuleException or Core.Common.Exceptions.InputValidationException)
                    outcome.Refused++;
                else
                    outcome.Other++;
                outcome.Messages.Add($"{e.GetType().Name}: {e.Message}");
            }
        }
    }

    private static bool IsBusy(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 5 or 6 }
                || e.Message.Contains("database is locked", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed class Outcome
    {
        public List<double> Latencies { get; } = [];
        public int Busy { get; set; }
        public int Refused { get; set; }
        public int Other { get; set; }
        public List<string> Messages { get; } = [];
    }
}
