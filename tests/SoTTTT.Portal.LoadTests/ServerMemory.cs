using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace SoTTTT.Portal.LoadTests;

/// <summary>
/// The portal process's memory: its working set (VmRSS) from /proc, and its managed heap after a full,
/// induced GC, read as dotnet-gcdump does: an EventPipe session with the GC and GCHeapCollect keywords
/// makes the runtime collect and report GCHeapStats.
/// </summary>
public static class ServerMemory
{
    public static double WorkingSetMb(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        }
        throw new InvalidOperationException($"No VmRSS for process {pid}.");
    }

    public static async Task<double?> ManagedHeapAfterFullGcMb(int pid, TimeSpan timeout)
    {
        const long gcKeywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        var client = new DiagnosticsClient(pid);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider(ClrTraceEventParser.ProviderName, EventLevel.Informational, gcKeywords)],
            requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        double? heap = null;
        source.Clr.GCHeapStats += data =>
        {
            heap = (data.GenerationSize0 + data.GenerationSize1 + data.GenerationSize2 + data.GenerationSize3 + data.GenerationSize4) / (1024.0 * 1024.0);
            session.Stop();
        };
        var processing = Task.Run(source.Process);
        var finished = await Task.WhenAny(processing, Task.Delay(timeout));
        if (finished != processing)
        {
            session.Stop();
            await processing.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        return heap;
    }
}
