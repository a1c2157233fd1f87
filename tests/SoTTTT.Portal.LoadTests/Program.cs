using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace SoTTTT.Portal.LoadTests;

/// <summary>
/// Opens Blazor Server circuits against a running portal in steps (e.g. 200, 500, 1,000, 2,000), as
/// specialists on the dashboard and unit reporters on their workspace, measures the server's memory with
/// the circuits idle, then has every circuit act about once a second and reports the round-trips.
/// </summary>
internal static class Program
{
    private const string Usage = """
        SoTTTT.Portal.LoadTests --url http://127.0.0.1:5080 --password <p> [options]
          --circuits <n,n,…>     steps of concurrent circuits (200,500)
          --duration <s>         seconds of activity per step (60; 0 = idle mode: circuits opened and left idle)
          --ramp <n>             circuits opened per second (50)
          --server-pid <pid>     the portal's process, for its working set and managed heap
          --reporters <f>        share of circuits that are unit reporters on /nhiem-vu (0.5); the rest are
                                 specialists on /bang-dieu-khien
          --specialists <n>      specialist accounts chuyenvien001… (60)   --reporter-accounts <n>  baocao001… (400)
        """;

    private static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        Console.WriteLine($"{DateTime.UtcNow:u} load run against {options.Url}; loadavg {LoadAverage()}");
        using var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 256,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        };
        var run = new LoadRun(options, handler);
        try
        {
            await run.RunAsync();
        }
        finally
        {
            await run.DisposeAsync();
        }
        return 0;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}

internal sealed record Options(
    Uri Url, string Password, int[] Steps, TimeSpan Duration, int Ramp, int? ServerPid, double ReporterShare,
    int Specialists, int ReporterAccounts)
{
    public static Options? Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
            values[args[i]] = args[i + 1];
        if (!values.TryGetValue("--url", out var url) || !values.TryGetValue("--password", out var password))
            return null;
        string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
        return new Options(
            new Uri(url),
            password,
            [.. Get("--circuits", "200,500").Split(',').Select(Int)],
            TimeSpan.FromSeconds(Int(Get("--duration", "60").TrimEnd('s'))),
            Int(Get("--ramp", "50")),
            values.TryGetValue("--server-pid", out var pid) ? Int(pid) : null,
            double.Parse(Get("--reporters", "0.5"), CultureInfo.InvariantCulture),
            Int(Get("--specialists", "60")),
            Int(Get("--reporter-accounts", "400")));
    }
}

internal sealed class LoadRun(Options options, HttpMessageHandler handler) : IAsyncDisposable
{
    private readonly List<VirtualUser> _users = [];
    private readonly ConcurrentDictionary<string, Lazy<Task<PortalSession>>> _sessions = new();
    private readonly List<(int Circuits, double WorkingSetMb, double? HeapMb)> _memory = [];
    private int _logged;

    public async Task RunAsync()
    {
        Console.WriteLine("step  circuits  open-errors  errors  actions  p50 ms  p95 ms  p99 ms  max ms  rss MB  heap MB  loadavg");
        foreach (var step in options.Steps)
        {
            var openErrors = await OpenUpToAsync(step);
            await Task.Delay(TimeSpan.FromSeconds(5));
            var (rss, heap) = await MeasureAsync();
            _memory.Add((_users.Count, rss, heap));
            var latencies = new ConcurrentBag<double>();
            var errorsBefore = _users.Sum(u => u.Circuit.Errors);
            if (options.Duration > TimeSpan.Zero)
            {
                using var stop = new CancellationTokenSource(options.Duration);
                await Task.WhenAll(_users.Select(u => u.ActAsync(latencies, stop.Token)));
            }
            var sorted = latencies.Order().ToArray();
            var errors = _users.Sum(u => u.Circuit.Errors) - errorsBefore + _users.Sum(u => u.TakeActionErrors());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{step,4}  {_users.Count,8}  {openErrors,11}  {errors,6}  {sorted.Length,7}  {P(sorted, 0.50),6:F0}  {P(sorted, 0.95),6:F0}  {P(sorted, 0.99),6:F0}  {(sorted.Length > 0 ? sorted[^1] : 0),6:F0}  {rss,6:F0}  {heap,7:F1}  {Program.LoadAverage()}"));
        }
        if (_memory.Count >= 2)
        {
            var rssSlope = Slope(_memory.Select(m => ((double)m.Circuits, m.WorkingSetMb)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"working set: {rssSlope * 1000:F1} MB per 1,000 circuits = {rssSlope * 1024:F0} KB per circuit (least squares over {_memory.Count} steps)"));
            if (_memory.All(m => m.HeapMb is not null))
            {
                var heapSlope = Slope(_memory.Select(m => ((double)m.Circuits, m.HeapMb!.Value)));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"managed heap: {heapSlope * 1000:F1} MB per 1,000 circuits = {heapSlope * 1024:F0} KB per circuit"));
            }
        }
        if (!CircuitClient.UnknownJs.IsEmpty)
            Console.WriteLine($"JS calls answered with null: {string.Join(", ", CircuitClient.UnknownJs.Keys.Order())}");
    }

    private async Task<int> OpenUpToAsync(int target)
    {
        var errors = 0;
        var watch = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(16);
        var tasks = new List<Task>();
        for (var index = _users.Count; index < target; index++)
        {
            var due = TimeSpan.FromSeconds((double)(index - _users.Count) / options.Ramp);
            if (due > watch.Elapsed)
                await Task.Delay(due - watch.Elapsed);
            await gate.WaitAsync();
            var i = index;
            tasks.Add(Task.Run(async () =>
            {
                try
                {
                    var user = await OpenUserAsync(i);
                    lock (_users)
                        _users.Add(user);
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref errors);
                    Log($"circuit {i}: {e.GetType().Name}: {e.Message}");
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
        await Task.WhenAll(tasks);
        return errors;
    }

    private async Task<VirtualUser> OpenUserAsync(int index)
    {
        // Every n-th circuit is a reporter, spread evenly, so each step keeps the mix.
        var reporter = options.ReporterShare > 0 && Math.Floor((index + 1) * options.ReporterShare) > Math.Floor(index * options.ReporterShare);
        var userName = reporter
            ? $"baocao{index % options.ReporterAccounts + 1:D3}"
            : $"chuyenvien{index % options.Specialists + 1:D3}";
        var session = await _sessions.GetOrAdd(userName, name => new Lazy<Task<PortalSession>>(async () =>
        {
            var s = new PortalSession(options.Url, handler);
            await s.SignInAsync(name, options.Password, CancellationToken.None);
            return s;
        })).Value;
        var circuit = new CircuitClient(session, handler, Log);
        try
        {
            var home = reporter ? "/nhiem-vu" : "/bang-dieu-khien";
            await circuit.OpenAsync(home, CancellationToken.None);
            return new VirtualUser(circuit, home, index);
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    private async Task<(double Rss, double? Heap)> MeasureAsync()
    {
        if (options.ServerPid is not { } pid)
            return (double.NaN, null);
        var heap = await ServerMemory.ManagedHeapAfterFullGcMb(pid, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2));
        return (ServerMemory.WorkingSetMb(pid), heap);
    }

    private static double P(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static double Slope(IEnumerable<(double X, double Y)> points)
    {
        var list = points.ToList();
        var mx = list.Average(p => p.X);
        var my = list.Average(p => p.Y);
        return list.Sum(p => (p.X - mx) * (p.Y - my)) / list.Sum(p => (p.X - mx) * (p.X - mx));
    }

    private void Log(string message)
    {
        // The first messages tell what goes wrong; thousands more would not.
        if (Interlocked.Increment(ref _logged) <= 40)
            Console.Error.WriteLine(message);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_users.Select(u => u.Circuit.DisposeAsync().AsTask()));
        foreach (var session in _sessions.Values.Where(s => s.IsValueCreated && s.Value.IsCompletedSuccessfully))
            session.Value.Result.Dispose();
    }
}
