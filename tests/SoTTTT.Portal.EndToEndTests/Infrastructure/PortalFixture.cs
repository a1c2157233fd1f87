using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using Xunit.v3;

[assembly: AssemblyFixture(typeof(PortalFixture))]
[assembly: EndsTestPortal]

namespace SoTTTT.Portal.EndToEndTests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole run, and a portal of its own for every test: each test starts
/// from a copy of a freshly seeded demo database (seeded once, copied per test), so no test sees what
/// another wrote. Every test opens browser contexts of its own (its own cookies).
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private static PortalFixture? s_current;
    private readonly ConcurrentDictionary<string, Lazy<TestPortal>> _portals = new();
    private string? _missingBrowser;
    private string? _templateFolder;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The address of the current test's portal, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => CurrentPortal().BaseAddress;

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

        // Migrated and seeded once, as `dotnet run` does on a fresh machine; each test copies it.
        _templateFolder = Directory.CreateTempSubdirectory("sotttt-e2e-template-").FullName;
        await using (var template = new PortalServer(_templateFolder))
        {
            template.Start();
            EnsureStartedLikeDotnetRun(template, _templateFolder);
        }
        SqliteConnection.ClearAllPools();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = SystemChromium.Arguments,
        });
        // Assertions retry until their condition holds; Playwright's own default (5 s) is tight on a loaded machine.
        Assertions.SetDefaultExpectTimeout(20_000);
        s_current = this;
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
        // Waits for conditions, never sleeps: a generous limit costs nothing when the portal is quick, and spares a
        // busy two-core build machine the false failures of a tight one.
        context.SetDefaultTimeout(30_000);
        return context;
    }

    /// <summary>
    /// Runs <paramref name="arrange"/> in a service scope of the running portal: for data a journey
    /// needs that no page of the journey creates (e.g. a directive's tasks, planned in another journey).
    /// </summary>
    public async Task ArrangeAsync(Func<IServiceProvider, Task> arrange)
    {
        RequireBrowser();
        await using var scope = CurrentPortal().Server.Services.CreateAsyncScope();
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
        s_current = null;
        foreach (var id in _portals.Keys)
            await EndTestAsync(id);
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_templateFolder is not null)
            DeleteFolder(_templateFolder);
    }

    /// <summary>The current test's portal, started from a copy of the seeded template on first use.</summary>
    private TestPortal CurrentPortal()
    {
        RequireBrowser();
        var test = TestContext.Current.Test ?? throw new InvalidOperationException("The portal is only available inside a test.");
        return _portals.GetOrAdd(test.UniqueID, _ => new Lazy<TestPortal>(() => TestPortal.Start(_templateFolder!))).Value;
    }

    /// <summary>Stops the test's portal and deletes its database (called once the test has finished).</summary>
    private async Task EndTestAsync(string testId)
    {
        if (!_portals.TryRemove(testId, out var portal) || !portal.IsValueCreated)
            return;
        await portal.Value.Server.DisposeAsync();
        DeleteFolder(portal.Value.DataFolder);
    }

    /// <summary>Ends the portal of each test when the test is over, so that only running tests hold one.</summary>
    internal static void TestFinished(string testId) =>
        s_current?.EndTestAsync(testId).GetAwaiter().GetResult();

    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private sealed record TestPortal(PortalServer Server, Uri BaseAddress, string DataFolder)
    {
        public static TestPortal Start(string templateFolder)
        {
            var dataFolder = Directory.CreateTempSubdirectory("sotttt-e2e-").FullName;
            CopyFolder(templateFolder, dataFolder);
            var server = new PortalServer(dataFolder);
            var address = server.Start();
            WarmUp(server);
            return new TestPortal(server, address, dataFolder);
        }

        /// <summary>
        /// The first request of a fresh host pays for the database model, the component tree and the pipeline; paid
        /// here, before the test's clock starts, rather than inside the first step's wait.
        /// </summary>
        private static void WarmUp(PortalServer server)
        {
            using var client = server.CreateClient();
            using var response = client.GetAsync("/Account/Login").GetAwaiter().GetResult();
            response.EnsureSuccessStatusCode();
        }

        private static void CopyFolder(string from, string to)
        {
            foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
                Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
                File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}

/// <summary>Stops each test's portal as soon as the test is over.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
internal sealed class EndsTestPortalAttribute : BeforeAfterTestAttribute
{
    public override void After(MethodInfo methodUnderTest, IXunitTest test) => PortalFixture.TestFinished(test.UniqueID);
}
