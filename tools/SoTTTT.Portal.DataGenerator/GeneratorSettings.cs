using System.Globalization;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.DataGenerator;

/// <summary>What to generate: the province-decade sizes, multiplied by <see cref="Scale"/>.</summary>
public sealed record GeneratorSettings
{
    public int Seed { get; init; } = 42;
    public double Scale { get; init; } = 1.0;
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;
    public string Database { get; init; } = "portal-perf.db";
    public string? Connection { get; init; }
    public int Units { get; init; } = 300;
    public int Outgoing { get; init; } = 50_000;
    public int Incoming { get; init; } = 80_000;
    public int Directives { get; init; } = 20_000;
    public int Assignments { get; init; } = 500_000;
    public int Reports { get; init; } = 2_000_000;
    public int AuditEntries { get; init; } = 5_000_000;
    public int BatchSize { get; init; } = 5_000;
    /// <summary>The accounts' password; without it no accounts are created.</summary>
    public string? Password { get; init; }
    /// <summary>Adds the accounts to a database generated earlier with the same seed.</summary>
    public bool AccountsOnly { get; init; }

    public int Scaled(int full, int minimum) => Math.Max(minimum, (int)Math.Round(full * Scale));

    public string ConnectionString => Connection ?? $"Data Source={Path.GetFullPath(Database)};Pooling=True;Default Timeout=30";

    public const string Usage = """
        SoTTTT.Portal.DataGenerator [options]
          --seed <n>              seed of the random data (42)
          --scale <f>             multiplies every size (1.0; 0.01 for a quick run)
          --database <file>       SQLite file (portal-perf.db)
          --provider <p>          Sqlite | SqlServer
          --connection <cs>       connection string (required for SqlServer)
          --units <n> --outgoing <n> --incoming <n> --directives <n>
          --assignments <n> --reports <n> --audit <n> --batch <n>
          --password <p>          password of the generated accounts (no accounts without it)
          --accounts-only         add the accounts to a database generated with the same seed
        """;

    public static GeneratorSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new GeneratorSettings();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--accounts-only")
            {
                settings = settings with { AccountsOnly = true };
                continue;
            }
            if (i + 1 >= args.Count)
                throw new ArgumentException($"Option {name} needs a value.");
            var value = args[++i];
            settings = name switch
            {
                "--seed" => settings with { Seed = Int(value) },
                "--scale" => settings with { Scale = double.Parse(value, CultureInfo.InvariantCulture) },
                "--database" => settings with { Database = value },
                "--provider" => settings with { Provider = Enum.Parse<DatabaseProvider>(value, ignoreCase: true) },
                "--connection" => settings with { Connection = value },
                "--units" => settings with { Units = Int(value) },
                "--outgoing" => settings with { Outgoing = Int(value) },
                "--incoming" => settings with { Incoming = Int(value) },
                "--directives" => settings with { Directives = Int(value) },
                "--assignments" => settings with { Assignments = Int(value) },
                "--reports" => settings with { Reports = Int(value) },
                "--audit" => settings with { AuditEntries = Int(value) },
                "--batch" => settings with { BatchSize = Int(value) },
                "--password" => settings with { Password = value },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }
        if (settings.Provider == DatabaseProvider.SqlServer && settings.Connection is null)
            throw new ArgumentException("--connection is required for --provider SqlServer.");
        if (settings.AccountsOnly && settings.Password is null)
            throw new ArgumentException("--accounts-only needs --password.");
        if (settings.Scale <= 0)
            throw new ArgumentException("--scale must be positive.");
        return settings;
    }

    private static int Int(string value) => int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
