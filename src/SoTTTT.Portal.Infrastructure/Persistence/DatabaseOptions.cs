namespace SoTTTT.Portal.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Section "Database": which provider, and where an embedded SQLite file lives.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Folder of the SQLite file, relative to the content root unless absolute.</summary>
    public string DataFolder { get; set; } = "App_Data";
    /// <summary>Apply pending migrations at start. Production SQL Server deploys its script instead.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public const string SqliteMigrationsAssembly = "SoTTTT.Portal.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "SoTTTT.Portal.Migrations.SqlServer";
}
