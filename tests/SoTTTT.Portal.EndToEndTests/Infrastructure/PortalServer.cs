using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SoTTTT.Portal.EndToEndTests.Infrastructure;

/// <summary>
/// The real portal on Kestrel, listening on a free loopback port, as `dotnet run` starts it in
/// Development: content from the repository root, demo data seeded into a database of its own.
/// </summary>
internal sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly string _dataFolder;

    public PortalServer(string dataFolder)
    {
        _dataFolder = dataFolder;
        UseKestrel(0);
    }

    /// <summary>Starts the portal and returns its address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseContentRoot(RepositoryRoot.Path);
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("Database:DataFolder", _dataFolder);
        builder.UseSetting("Storage:FilesFolder", Path.Combine(_dataFolder, "files"));
        // Journeys count inbox messages; automatic reminders would add to them at start.
        builder.UseSetting("Reminders:Enabled", "false");
        // The journeys sign in dozens of times a minute, all from 127.0.0.1.
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
    }
}
