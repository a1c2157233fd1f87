using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Infrastructure;

internal static class PageExtensions
{
    /// <summary>
    /// Opens a page of the portal and waits until its Blazor circuit has taken over the prerendered
    /// HTML, so that typing and clicks reach the server.
    /// </summary>
    public static async Task OpenInteractiveAsync(this IPage page, string url)
    {
        await page.GotoAsync(url);
        await WaitUntilInteractiveAsync(page);
    }

    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        Expect(page.GetByTestId("page-interactive")).ToBeAttachedAsync();

    /// <summary>
    /// A file input of Blazor's InputFile hears a choice only once its script has initialised it
    /// (it then carries <c>_blazorInputFileNextFileId</c>); files set earlier are lost. Waits for that,
    /// then returns the input.
    /// </summary>
    public static async Task<ILocator> ReadyFileInputAsync(this IPage page, string selector)
    {
        await page.WaitForFunctionAsync(
            "s => { const e = document.querySelector(s); return !!e && e._blazorInputFileNextFileId !== undefined && !e.disabled; }", selector);
        return page.Locator(selector);
    }

    public static async Task SignInAsync(this IPage page, string userName, string password)
    {
        var form = new SignInForm(page);
        await form.OpenAsync();
        await form.SignInAsync(userName, password);
        // Signed in once the next page's address is committed; its "load" event (scripts, styles) can
        // lag on a cold, busy server, and every step after this waits for what it needs anyway.
        await form.EnterCodeIfAskedAsync();
    }

    /// <summary>
    /// Fails when the page is wider than its window, i.e. when a reader (typically on a phone) would
    /// have to scroll sideways to see all of it.
    /// </summary>
    public static async Task AssertNoSidewaysScrollAsync(this IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1],
            $"{new Uri(page.Url).AbsolutePath} scrolls sideways: {widths[0]} px of content in a {widths[1]} px wide window.");
    }

    /// <summary>Waits until <paramref name="target"/> is visible, then fails unless it lies wholly inside the window's width.</summary>
    public static async Task AssertWithinWindowWidthAsync(this IPage page, ILocator target)
    {
        await Expect(target).ToBeVisibleAsync();
        await target.ScrollIntoViewIfNeededAsync();
        var box = await target.BoundingBoxAsync() ?? throw new InvalidOperationException("The element has no box.");
        var width = page.ViewportSize?.Width ?? await page.EvaluateAsync<int>("() => window.innerWidth");
        Assert.True(box.X >= 0 && box.X + box.Width <= width + 0.5,
            $"The element spans {box.X:0}–{box.X + box.Width:0} px, outside the {width} px wide window.");
    }

    /// <summary>The notification bell in the app bar.</summary>
    public static ILocator Bell(this IPage page) => page.GetByTestId("unread-count");

    /// <summary>Waits until the bell shows <paramref name="unread"/> unread notifications (no badge for none).</summary>
    public static Task ExpectBellCountAsync(this IPage page, int unread) =>
        unread == 0
            ? Expect(page.Bell().Locator(".mud-badge")).ToHaveCountAsync(0)
            : Expect(page.Bell().Locator(".mud-badge")).ToHaveTextAsync(unread.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static async Task SaveScreenshotAsync(this IPage page, PortalFixture portal, string name, bool fullPage = true)
    {
        var path = Path.Combine(portal.ResultsFolder, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var image = await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        TestContext.Current.AddAttachment(name, image, "image/png");
    }

    /// <summary>Clicks the export button with <paramref name="testId"/> and waits for the file it hands to the browser.</summary>
    public static async Task<IDownload> DownloadAsync(this IPage page, string testId)
    {
        var download = page.WaitForDownloadAsync();
        await page.GetByTestId(testId).Locator("button").ClickAsync();
        return await download;
    }

    public static async Task<byte[]> BytesAsync(this IDownload download)
    {
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
        return copy.ToArray();
    }

    /// <summary>A downloaded workbook's sheet, its rows keyed by the header row's texts.</summary>
    public static async Task<List<IDictionary<string, object?>>> SheetRowsAsync(this IDownload download, string sheet)
    {
        using var stream = new MemoryStream(await download.BytesAsync());
        return [.. MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];
    }
}
