using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>
/// Five wrong passwords lock an account for 15 minutes; a session ends after 30 minutes without a
/// request and 10 hours after signing in. Through the real sign-in page, on a clock moved by hand.
/// Each test uses its own demo user, so one's lockout is not another's.
/// </summary>
public sealed partial class LockoutAndSessionTests(HandClockPortal portal) : IClassFixture<HandClockPortal>
{
    private const string WrongPassword = "Sai-mat-khau-roi-nhe";

    private string RightPassword => portal.Factory.Services.GetRequiredService<IConfiguration>()["DemoData:Password"]!;

    [Fact]
    public async Task Fifth_wrong_password_locks_the_account_for_fifteen_minutes_even_against_the_right_password()
    {
        using var browser = Browser();
        for (var attempt = 1; attempt <= 4; attempt++)
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(browser, "vanthu", WrongPassword)).StatusCode);

        var fifth = await SignInAsync(browser, "vanthu", WrongPassword);
        Assert.Equal("/Account/Lockout", LocationOf(fifth));

        Assert.Equal("/Account/Lockout", LocationOf(await SignInAsync(browser, "vanthu", RightPassword)));
        portal.Clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        Assert.Equal("/Account/Lockout", LocationOf(await SignInAsync(browser, "vanthu", RightPassword)));

        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        var afterLockout = await SignInAsync(browser, "vanthu", RightPassword);
        Assert.Equal("/", LocationOf(afterLockout));
    }

    [Fact]
    public async Task A_successful_sign_in_resets_the_count_of_wrong_passwords()
    {
        using var browser = Browser();
        for (var attempt = 1; attempt <= 4; attempt++)
            await SignInAsync(browser, "thanhtra", WrongPassword);
        Assert.Equal("/", LocationOf(await SignInAsync(browser, "thanhtra", RightPassword)));

        for (var attempt = 1; attempt <= 4; attempt++)
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(browser, "thanhtra", WrongPassword)).StatusCode);

        Assert.Equal("/", LocationOf(await SignInAsync(browser, "thanhtra", RightPassword)));
    }

    [Fact]
    public async Task A_session_without_a_request_for_thirty_minutes_asks_to_sign_in_again()
    {
        using var browser = await SignedInBrowser.CreateAsync(portal.Factory, "chuyenvien");

        portal.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await GetAccountAsync(browser)).StatusCode);
        portal.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await GetAccountAsync(browser)).StatusCode);

        portal.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.StartsWith("/Account/Login", LocationOf(await GetAccountAsync(browser)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_ends_ten_hours_after_signing_in_however_active_the_user()
    {
        using var browser = await SignedInBrowser.CreateAsync(portal.Factory, "lanhdao");

        // A request every 25 minutes: never idle; Identity re-checks the security stamp every 30 minutes on the way.
        for (var elapsed = TimeSpan.FromMinutes(25); elapsed < TimeSpan.FromHours(10); elapsed += TimeSpan.FromMinutes(25))
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.Equal(HttpStatusCode.OK, (await GetAccountAsync(browser)).StatusCode);
        }

        portal.Clock.Advance(TimeSpan.FromMinutes(25));
        var tenHoursOn = await GetAccountAsync(browser);
        Assert.StartsWith("/Account/Login", LocationOf(tenHoursOn), StringComparison.Ordinal);
        Assert.Contains(tenHoursOn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("SoTTTT.Auth=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keep_alive_renews_the_session_cookie_and_needs_the_antiforgery_token()
    {
        using var browser = await SignedInBrowser.CreateAsync(portal.Factory, "vnpt");
        var page = await browser.GetStringAsync("/Account/Manage", TestContext.Current.CancellationToken);

        using var withoutToken = await browser.PostAsync("/Account/KeepAlive", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        portal.Clock.Advance(TimeSpan.FromMinutes(20));
        using var keepAlive = await browser.PostAsync("/Account/KeepAlive", TokenForm(page), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, keepAlive.StatusCode);
        Assert.Contains(keepAlive.Headers.GetValues("Set-Cookie"), c => c.StartsWith("SoTTTT.Auth=", StringComparison.Ordinal));

        portal.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await GetAccountAsync(browser)).StatusCode);
    }

    private HttpClient Browser() =>
        portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpResponseMessage> GetAccountAsync(HttpClient browser) =>
        await browser.GetAsync("/Account/Manage", TestContext.Current.CancellationToken);

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string userName, string password)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await browser.GetStringAsync("/Account/Login", ct);
        var form = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = Token(page),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        };
        return await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(form), ct);
    }

    private static FormUrlEncodedContent TokenForm(string page) =>
        new(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(page) });

    private static string Token(string page) =>
        WebUtility.HtmlDecode(AntiforgeryToken().Match(page) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("The page has no antiforgery token."));

    private static string? LocationOf(HttpResponseMessage response) =>
        response.StatusCode != HttpStatusCode.Redirect ? $"{(int)response.StatusCode}"
        : response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery
        : response.Headers.Location?.OriginalString;

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex AntiforgeryToken();
}
