using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>The portal as deployed (Production environment): secure cookies and error pages that tell nothing.</summary>
public sealed partial class ProductionHttpTests(FailingProductionPortal portal) : IClassFixture<FailingProductionPortal>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Production cookies are Secure: the browser reaches the portal over HTTPS.
    private HttpClient Browser() => portal.Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://sotttt.example/"),
    });

    [Fact]
    public async Task Unhandled_exception_gives_a_vietnamese_error_page_without_details()
    {
        using var response = await Browser().GetAsync(FailingProductionPortal.FailingPath, Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Đã xảy ra lỗi", html, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingProductionPortal.SecretDetail, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at SoTTTT", html, StringComparison.Ordinal);
        HttpHardeningTests.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Browsers_are_told_to_use_https_only()
    {
        using var response = await Browser().GetAsync("/Account/Login", Ct);

        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_and_form_cookies_are_secure_http_only_host_prefixed_cookies()
    {
        var browser = Browser();
        using var login = await browser.GetAsync("/Account/Login", Ct);
        var antiforgery = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-SoTTTT.Antiforgery=", StringComparison.Ordinal));
        AssertHostCookie(antiforgery, "strict");

        var token = AntiforgeryToken().Match(await login.Content.ReadAsStringAsync(Ct));
        Assert.True(token.Success);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                ["Input.UserName"] = DemoUsers.Administrator,
                ["Input.Password"] = ProductionPortal.AdministratorPassword,
            }),
        };
        using var signedIn = await browser.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-SoTTTT.Auth=", StringComparison.Ordinal));
        AssertHostCookie(auth, "lax");
    }

    private static void AssertHostCookie(string cookie, string sameSite)
    {
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"; samesite={sameSite}", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex AntiforgeryToken();
}

/// <summary>Password guessing through the sign-in form is slowed per client address.</summary>
public sealed class SignInRateLimitTests(SignInLimitedPortal portal) : IClassFixture<SignInLimitedPortal>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_with_a_vietnamese_page()
    {
        var browser = portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var ct = TestContext.Current.CancellationToken;
        var guess = new Dictionary<string, string> { ["Input.UserName"] = "quantri", ["Input.Password"] = "doan-mat-khau" };

        for (var attempt = 0; attempt < SignInLimitedPortal.SignInPerMinute; attempt++)
        {
            using var allowed = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(guess), ct);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }
        using var refused = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(guess), ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", Assert.Single(refused.Headers.GetValues("Retry-After")));
        var html = await refused.Content.ReadAsStringAsync(ct);
        Assert.Contains("Quá nhiều yêu cầu", html, StringComparison.Ordinal);
        Assert.Contains("Hãy đợi một phút rồi thử lại.", html, StringComparison.Ordinal);
        HttpHardeningTests.AssertSecurityHeaders(refused);
        // Reading pages is not limited.
        using var page = await browser.GetAsync("/Account/Login", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
