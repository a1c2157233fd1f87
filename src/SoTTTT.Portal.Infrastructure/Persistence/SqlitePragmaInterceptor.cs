using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SoTTTT.Portal.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings: wait for a writer instead of failing at once, NORMAL synchronisation (safe under
/// WAL; the journal mode itself is set once on the file at start), and a commit checkpoints the log only past 10,000
/// pages (40 MB, ten times SQLite's default): <see cref="SqliteCheckpointService"/> does it every second instead.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
