using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;

[assembly: AssemblyFixture(typeof(PortalFixture))]

namespace SoTTTT.Portal.EndToEndTests.Infrastructure;

/// <summary>
/// One portal and one headless Chromium for the whole test run; every test opens a browser
/// context of its own (its own cookies), so tests do not see each other's sign-ins.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private string? _missingBrowser;
    private string? _dataFolder;
    private PortalServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string DemoPassword { get; } = RepositoryRoot.DemoPassword();

    /// <summary>TestResults/ under the test run's own working directory, for screenshots.</summary>
    public string ResultsFolder { get; } = Path.Combine(Directory.GetCurrentDirectory(), "TestResults");

    public async ValueTask InitializeAsync()
    {
        var chromium = SystemChromium.Find(out var reason);
        if (chromium is null)
        {
            // Reported by each test (skipped, or failed on CI): a fixture failure would hide the reason.
            _missingBrowser = reason;
            return;
        }

        _dataFolder = Directory.CreateTempSubdirectory("sotttt-e2e-").FullName;
        _server = new PortalServer(_dataFolder);
        BaseAddress = _server.Start();
        EnsureStartedLikeDotnetRun(_server, _dataFolder);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = SystemChromium.Arguments,
        });
    }

    /// <summary>A fresh browser context on the portal, Vietnamese, desktop-sized unless told otherwise.</summary>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null)
    {
        var browser = RequireBrowser();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>
    /// Runs <paramref name="arrange"/> in a service scope of the running portal: for data a journey
    /// needs that no page of the journey creates (e.g. a directive's tasks, planned in another journey).
    /// </summary>
    public async Task ArrangeAsync(Func<IServiceProvider, Task> arrange)
    {
        RequireBrowser();
        await using var scope = _server!.Services.CreateAsyncScope();
        await arrange(scope.ServiceProvider);
    }

    // The tests must see what `dotnet run` sees (the root's settings and wwwroot), in a database of their own.
    private static void EnsureStartedLikeDotnetRun(PortalServer server, string dataFolder)
    {
        var contentRoot = Path.TrimEndingDirectorySeparator(server.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
        if (contentRoot != Path.TrimEndingDirectorySeparator(RepositoryRoot.Path))
            throw new InvalidOperationException($"The portal runs from {contentRoot}, not from the repository root {RepositoryRoot.Path}.");
        if (!Directory.EnumerateFileSystemEntries(dataFolder).Any())
            throw new InvalidOperationException($"The portal did not create its database in the test's data folder {dataFolder}.");
    }

    private IBrowser RequireBrowser()
    {
        if (_browser is not null)
            return _browser;

        var reason = _missingBrowser ?? "The browser did not start.";
        // On a build server a missing browser is a broken machine, not a reason to pass quietly.
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"End-to-end tests need Chromium on CI. {reason}");
        Assert.Skip($"End-to-end tests skipped: {reason}");
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();

        if (_dataFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
