using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SoTTTT.Portal.Infrastructure.Jobs;

/// <summary>Configuration section "Reminders".</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Whether this instance sends the automatic reminders (several instances may; each reminder is still sent once).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Minutes between two runs; the first run is at start.</summary>
    public int IntervalMinutes { get; set; } = 60;
}

/// <summary>
/// Runs <see cref="ReminderScheduler"/> at start and then every <see cref="ReminderOptions.IntervalMinutes"/>
/// by the portal's clock, each run in a DI scope (a DbContext) of its own. A failed run is logged and
/// the next one comes as usual.
/// </summary>
public sealed partial class ReminderService(
    IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        var interval = TimeSpan.FromMinutes(Math.Max(1, options.Value.IntervalMinutes));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReminderScheduler>().SendDueRemindersAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The portal is stopping.
        }
        catch (Exception ex)
        {
            // Whatever failed, the next run must still come.
            LogRunFailed(logger, ex);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending the due reminders failed; the next run is at the usual interval")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
