using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SoTTTT.Portal.Infrastructure.Persistence;

/// <summary>
/// Copies the SQLite write-ahead log back into the database file every second, on a connection of its own, so that
/// no command does it. Left to SQLite, the commit that fills the log to its threshold copies every page the log holds
/// and waits for the disk twice while it still holds the write gate: on a deadline day every other report waited for it
/// (one writer's 95th percentile 20 ms, its slowest over 300 ms). A passive checkpoint takes no lock from writers or
/// readers; it copies what no reader still needs and leaves the rest for the next second. The connections' own
/// threshold stays, raised, as a safety net (<see cref="SqlitePragmaInterceptor"/>). The interval is the machine's real
/// second, not the portal's clock: the portal's date may be set or moved (a demo day, a test's fake clock moving days
/// ahead at once), and the disk does not follow it.
/// </summary>
public sealed partial class SqliteCheckpointService(string connectionString, ILogger<SqliteCheckpointService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    // Never creates the file: before the portal has made its database there is nothing to checkpoint.
    private readonly string connectionString =
        new SqliteConnectionStringBuilder(connectionString) { Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await CheckpointAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The portal is stopping; closing the last connection checkpoints the log.
        }
    }

    /// <summary>One passive checkpoint: how many pages the log holds and how many of them are now in the database file.</summary>
    public async Task<WalCheckpoint> CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            // busy, pages in the log, pages of it in the database file (-1 each when the database is not in WAL mode).
            return await reader.ReadAsync(cancellationToken) ? new WalCheckpoint(reader.GetInt64(1), reader.GetInt64(2)) : WalCheckpoint.NotRun;
        }
        catch (SqliteException ex)
        {
            // A checkpoint that cannot run now runs at the next tick, or at the connections' own threshold.
            LogCheckpointFailed(logger, ex);
            return WalCheckpoint.NotRun;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpointing the SQLite write-ahead log failed; it is tried again in a second")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}

/// <summary>A checkpoint's outcome: the pages the write-ahead log holds, and how many of them are in the database file.</summary>
public readonly record struct WalCheckpoint(long LogPages, long CheckpointedPages)
{
    /// <summary>No checkpoint ran: the database is missing, not in WAL mode, or could not be opened.</summary>
    public static readonly WalCheckpoint NotRun = new(-1, -1);
}
