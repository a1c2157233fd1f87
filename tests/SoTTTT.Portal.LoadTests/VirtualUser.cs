using System.Collections.Concurrent;

namespace SoTTTT.Portal.LoadTests;

/// <summary>
/// One user's script, about one action a second: on the home page change something (the reporter's
/// "include completed" switch; the specialist's dashboard filter menus), then follow a link of the page and
/// come back. Each action's round-trip is from sending it to receiving the render batch it causes.
/// </summary>
internal sealed class VirtualUser(CircuitClient circuit, string home, int index)
{
    private static readonly string[] NotFollowed = ["/Account", "/export", "/xuat", "/api", "/tep", "/dang-xuat", "http", "#", "mailto"];
    private readonly Random _random = new(index);
    private int _step;
    private int _actionErrors;
    private bool _switchOn;

    public CircuitClient Circuit { get; } = circuit;

    public int TakeActionErrors() => Interlocked.Exchange(ref _actionErrors, 0);

    public async Task ActAsync(ConcurrentBag<double> latencies, CancellationToken stop)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(_random.Next(1000)), stop);
            while (!stop.IsCancellationRequested)
            {
                var started = DateTime.UtcNow;
                try
                {
                    if (await NextActionAsync(stop) is { } elapsed)
                        latencies.Add(elapsed.TotalMilliseconds);
                }
                catch (Exception e) when (e is TimeoutException or InvalidOperationException)
                {
                    _actionErrors++;
                }
                var wait = TimeSpan.FromMilliseconds(800 + _random.Next(400)) - (DateTime.UtcNow - started);
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task<TimeSpan?> NextActionAsync(CancellationToken stop)
    {
        if (Circuit.CurrentPath != home)
            return await Circuit.NavigateAsync(home, stop);
        if (_step++ % 2 == 0)
        {
            var elements = Circuit.Elements;
            if (elements.FirstOrDefault(e => e.TestId == "include-completed" && e.Handlers.ContainsKey("onchange")) is { } toggle)
            {
                _switchOn = !_switchOn;
                return await Circuit.ClickAsync(toggle, "onchange", _switchOn ? """{"value":true}""" : """{"value":false}""", stop);
            }
            var filters = elements.Where(e => e.TestId?.StartsWith("filter-", StringComparison.Ordinal) == true && e.Handlers.ContainsKey("onclick")).ToList();
            if (filters.Count > 0)
                return await Circuit.ClickAsync(filters[_random.Next(filters.Count)], stop);
        }
        var links = Circuit.Links
            .Where(h => h.StartsWith('/') && h != home && !NotFollowed.Any(n => h.StartsWith(n, StringComparison.OrdinalIgnoreCase)))
            .Distinct().ToList();
        if (links.Count == 0)
            return null;
        return await Circuit.NavigateAsync(links[_random.Next(links.Count)], stop);
    }
}
