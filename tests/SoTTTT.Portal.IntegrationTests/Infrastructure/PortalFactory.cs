using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SoTTTT.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// The real portal host, run from the repository root (its appsettings.json and wwwroot/) against
/// an SQLite file in a temporary folder of its own.
/// </summary>
public sealed class PortalFactory(PortalSettings settings) : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("sotttt-tests-").FullName;

    /// <summary>Where this portal keeps uploaded files (Storage:FilesFolder), inside <see cref="DataFolder"/>.</summary>
    public string FilesFolder => Path.Combine(DataFolder, "files");

    /// <summary>Everything the portal logged, for tests that prove a behaviour ran.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(RepositoryRoot);
        builder.UseEnvironment("Development");
        // Host settings reach Program as arguments, so they apply before it reads its configuration.
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Storage:FilesFolder", FilesFolder);
        builder.UseSetting("ConnectionStrings:Portal", "");
        builder.UseSetting("DemoData:Enabled", settings.DemoData ? "true" : "false");
        builder.UseSetting("Administrator:Password", settings.AdministratorPassword ?? "");
        // Tests run the reminder scheduler themselves, at the moment they choose.
        builder.UseSetting("Reminders:Enabled", "false");
        // Tests sign in many times a minute, all from the same (unknown) address; the limit's own tests lower it.
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        foreach (var (key, value) in settings.Settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services => services.AddSingleton(settings));
        if (settings.ConfigureServices is { } configureServices)
            builder.ConfigureTestServices(configureServices);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteDataFolder();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            DeleteDataFolder();
    }

    private void DeleteDataFolder()
    {
        // Pooled connections keep the file (and its -wal, -shm) open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
            Directory.Delete(DataFolder, recursive: true);
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SoTTTT.Portal.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No SoTTTT.Portal.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>
/// How a test database starts: with the demo case, or empty like production; <see cref="ConfigureServices"/>
/// adds test services (e.g. an attachment owner policy) after the portal's own; <see cref="Settings"/>
/// are further configuration keys (e.g. "Clock:StartAt").
/// </summary>
public sealed record PortalSettings(
    bool DemoData, string? AdministratorPassword = null, Action<IServiceCollection>? ConfigureServices = null,
    IReadOnlyDictionary<string, string>? Settings = null);
