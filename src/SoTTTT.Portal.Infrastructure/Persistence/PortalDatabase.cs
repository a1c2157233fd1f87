using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SoTTTT.Portal.Infrastructure.Persistence;

/// <summary>The one place that turns configuration into EF Core provider options.</summary>
public static class PortalDatabase
{
    public static string SqliteConnectionString(string dataFolder) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataFolder, "portal.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(DatabaseOptions.SqliteMigrationsAssembly));
                options.AddInterceptors(new SqlitePragmaInterceptor());
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(connectionString, sql => sql
                    .MigrationsAssembly(DatabaseOptions.SqlServerMigrationsAssembly)
                    .EnableRetryOnFailure());
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{provider}'.");
        }
        options.AddInterceptors(new VersioningInterceptor(), new TallyInterceptor());
    }
}
