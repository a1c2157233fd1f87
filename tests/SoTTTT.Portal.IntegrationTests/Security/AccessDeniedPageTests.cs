using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>
/// A signed-in user who reaches a page or an address their roles do not open gets 403 and the portal's own
/// page "Không có quyền truy cập" in the portal's layout, at the address asked for; a visitor who is not
/// signed in is still sent to sign in.
/// </summary>
public sealed class AccessDeniedPageTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Theory]
    [InlineData("/don-vi/them")]
    [InlineData("/bang-dieu-khien")]
    [InlineData("/xuat/danh-ba")]
    public async Task A_unit_reporter_refused_a_page_or_an_export_gets_403_and_the_portals_access_denied_page(string url)
    {
        using var browser = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.VnptReporter);

        using var response = await browser.GetAsync(url, TestContext.Current.CancellationToken);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"<h1[^>]*>\s*Không có quyền truy cập", body);
        Assert.Contains("Tài khoản của bạn không được phép mở trang này.", body, StringComparison.Ordinal);
        Assert.Contains("Về trang chủ", body, StringComparison.Ordinal);
        Assert.Contains("portal-brand", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_sign_in_not_refused()
    {
        using var browser = portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await browser.GetAsync("/don-vi/them", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_old_access_denied_address_answers_403_with_the_same_words()
    {
        using var browser = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.VnptReporter);

        using var response = await browser.GetAsync("/Account/AccessDenied", TestContext.Current.CancellationToken);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Không có quyền truy cập", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_address_is_still_not_found()
    {
        using var browser = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.VnptReporter);

        using var response = await browser.GetAsync("/khong-ton-tai", TestContext.Current.CancellationToken);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", body, StringComparison.Ordinal);
    }
}
