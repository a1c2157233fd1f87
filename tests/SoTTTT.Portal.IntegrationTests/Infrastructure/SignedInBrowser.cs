using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SoTTTT.Portal.IntegrationTests.Infrastructure;

/// <summary>An HTTP client signed in through the real /Account/Login form, as a browser would be.</summary>
public static partial class SignedInBrowser
{
    /// <summary>Signs in a demo user with the Development demo password; redirects are not followed.</summary>
    public static async Task<HttpClient> CreateAsync(PortalFactory factory, string userName)
    {
        var password = factory.Services.GetRequiredService<IConfiguration>()["DemoData:Password"]
            ?? throw new InvalidOperationException("DemoData:Password is not configured.");
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await PostSignInAsync(browser, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect || !response.Headers.TryGetValues("Set-Cookie", out var cookies)
            || !cookies.Any(c => c.StartsWith("SoTTTT.Auth=", StringComparison.Ordinal)))
            throw new InvalidOperationException($"Signing in as {userName} failed: {(int)response.StatusCode}.");
        return browser;
    }

    /// <summary>Fills in and posts the sign-in form as <paramref name="userName"/>; the answer is the caller's to read.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, string userName, string password)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await browser.GetStringAsync("/Account/Login", ct);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
            throw new InvalidOperationException("The sign-in page has no antiforgery token.");

        return await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }), ct);
    }

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex AntiforgeryToken();
}
