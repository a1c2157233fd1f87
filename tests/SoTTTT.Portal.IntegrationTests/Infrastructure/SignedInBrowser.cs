using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SoTTTT.Portal.IntegrationTests.Infrastructure;

/// <summary>An HTTP client signed in through the real /Account/Login form, as a browser would be.</summary>
public static partial class SignedInBrowser
{
    public const string CodePagePath = "/Account/LoginWith2fa";

    /// <summary>
    /// Signs in a demo user with the Development demo password, and with the current authenticator code of
    /// DemoData:AuthenticatorKey when the portal asks for one (the demo Admin and Leader); redirects are not followed.
    /// </summary>
    public static async Task<HttpClient> CreateAsync(PortalFactory factory, string userName)
    {
        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        var password = configuration["DemoData:Password"]
            ?? throw new InvalidOperationException("DemoData:Password is not configured.");
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var ct = TestContext.Current.CancellationToken;

        using var response = await PostPasswordAsync(browser, userName, password, ct);
        if (response.Headers.Location is { } location && PathOf(location) == CodePagePath)
        {
            var key = configuration["DemoData:AuthenticatorKey"]
                ?? throw new InvalidOperationException("DemoData:AuthenticatorKey is not configured.");
            using var confirmed = await PostFormAsync(browser, location.OriginalString, "login-with-2fa",
                new() { ["Input.TwoFactorCode"] = Totp.Now(key) }, ct);
            EnsureSignedIn(confirmed, userName);
            return browser;
        }
        EnsureSignedIn(response, userName);
        return browser;
    }

    /// <summary>Posts the sign-in form with a user name and password; the answer is not checked.</summary>
    public static Task<HttpResponseMessage> PostPasswordAsync(HttpClient browser, string userName, string password, CancellationToken ct) =>
        PostFormAsync(browser, "/Account/Login", "login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password }, ct);

    /// <summary>Opens <paramref name="url"/> and posts its form <paramref name="handler"/> with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient browser, string url, string handler, Dictionary<string, string> fields, CancellationToken ct)
    {
        var page = await browser.GetStringAsync(url, ct);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
            throw new InvalidOperationException($"{url} has no antiforgery token.");
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields), ct);
    }

    /// <summary>The path of a Location header, absolute or not.</summary>
    public static string PathOf(Uri location) =>
        (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]).TrimEnd('/') is { Length: > 0 } path
            ? (path.StartsWith('/') ? path : "/" + path)
            : "/";

    private static void EnsureSignedIn(HttpResponseMessage response, string userName)
    {
        if (response.StatusCode != HttpStatusCode.Redirect || !response.Headers.TryGetValues("Set-Cookie", out var cookies)
            || !cookies.Any(c => c.StartsWith("SoTTTT.Auth=", StringComparison.Ordinal)))
            throw new InvalidOperationException($"Signing in as {userName} failed: {(int)response.StatusCode}.");
    }

    /// <summary>Fills in and posts the sign-in form as <paramref name="userName"/>; the answer is the caller's to read.</summary>
    public static Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, string userName, string password) =>
        PostPasswordAsync(browser, userName, password, TestContext.Current.CancellationToken);

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex AntiforgeryToken();
}
