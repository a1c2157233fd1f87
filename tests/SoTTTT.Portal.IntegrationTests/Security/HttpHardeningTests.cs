using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>Security headers, cookie flags, the sign-in rate limit and error pages (docs/security.md).</summary>
public sealed partial class HttpHardeningTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Browser() => portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        foreach (var directive in new[]
                 {
                     "default-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self' data:",
                     "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'",
                 })
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        Assert.Matches("script-src 'self' 'nonce-[0-9A-F]{32}';", csp);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("camera=(), microphone=(), geolocation=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Cross-Origin-Opener-Policy")));
    }

    [Theory]
    [InlineData("/", HttpStatusCode.Redirect)]
    [InlineData("/Account/Login", HttpStatusCode.OK)]
    [InlineData("/canh-bao", HttpStatusCode.OK)]
    [InlineData("/canh-bao/rss", HttpStatusCode.OK)]
    [InlineData("/suc-khoe", HttpStatusCode.OK)]
    [InlineData("/favicon.png", HttpStatusCode.OK)]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", HttpStatusCode.OK)]
    [InlineData("/khong-co-trang-nay", HttpStatusCode.NotFound)]
    public async Task Every_anonymous_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        using var response = await Browser().GetAsync(path, Ct);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/bang-dieu-khien")]
    [InlineData("/xuat/danh-ba")]
    public async Task Every_signed_in_response_carries_the_security_headers(string path)
    {
        var leader = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.Leader);

        using var response = await leader.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Import_map_carries_the_nonce_of_its_own_response_and_a_new_one_each_time()
    {
        using var first = await Browser().GetAsync("/Account/Login", Ct);
        using var second = await Browser().GetAsync("/Account/Login", Ct);

        var nonce = Nonce().Match(Assert.Single(first.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;
        var html = await first.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"""<script type="importmap" nonce="{nonce}">""", html, StringComparison.Ordinal);
        Assert.NotEqual(nonce, Nonce().Match(Assert.Single(second.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value);
    }

    [Fact]
    public async Task Development_cookies_are_http_only_and_same_site_and_keep_plain_names_over_http()
    {
        using var login = await Browser().GetAsync("/Account/Login", Ct);
        var antiforgery = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("SoTTTT.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();
}
