using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Features.Notices;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Notices;

/// <summary>
/// The citizens' pages are served from the output cache, yet every change to a notice shows at once,
/// and a cached page carries nothing of the response it was first rendered for (cookie, CSP nonce).
/// </summary>
public sealed class PublicNoticeCacheTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Anonymous() => portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<Guid> PublishAsync(string title) =>
        await portal.SendAsync(new PublishNoticeCommand(await portal.AntiFraudDispatchIdAsync(), title,
            "Tóm tắt cho người dân.", "Đoạn thứ nhất."), DemoUsers.Clerk);

    private async Task<Guid> VersionAsync(Guid id) =>
        (await portal.SendAsync(new ListNoticesQuery(1, 200), DemoUsers.Clerk)).Items.Single(n => n.Id == id).Version;

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    [Fact]
    public async Task The_second_anonymous_request_for_the_list_is_served_from_the_cache()
    {
        using var browser = Anonymous();

        using var first = await browser.GetAsync("/canh-bao?trang=2", Ct);
        using var second = await browser.GetAsync("/canh-bao?trang=2", Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(first.Headers.Age.HasValue);
        Assert.True(second.Headers.Age.HasValue);
    }

    [Fact]
    public async Task A_withdrawn_notice_disappears_from_the_cached_list_and_page_at_once()
    {
        var id = await PublishAsync("Cảnh báo sẽ được gỡ khỏi trang đã lưu sẵn");
        using var browser = Anonymous();
        using var listed = await browser.GetAsync("/canh-bao", Ct);
        using var shown = await browser.GetAsync($"/canh-bao/{id}", Ct);
        Assert.Contains("Cảnh báo sẽ được gỡ khỏi trang đã lưu sẵn", await TextAsync(listed), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);

        await portal.SendAsync(new UnpublishNoticeCommand(id, await VersionAsync(id)), DemoUsers.Clerk);

        using var list = await browser.GetAsync("/canh-bao", Ct);
        using var page = await browser.GetAsync($"/canh-bao/{id}", Ct);
        Assert.DoesNotContain("Cảnh báo sẽ được gỡ khỏi trang đã lưu sẵn", await TextAsync(list), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task An_edited_notice_shows_its_new_title_on_the_cached_pages_at_once()
    {
        var id = await PublishAsync("Tiêu đề trước khi sửa");
        using var browser = Anonymous();
        (await browser.GetAsync("/canh-bao", Ct)).Dispose();
        (await browser.GetAsync($"/canh-bao/{id}", Ct)).Dispose();

        await portal.SendAsync(new UpdateNoticeCommand(id, await VersionAsync(id), "Tiêu đề sau khi sửa", "Tóm tắt mới.", "Nội dung mới."),
            DemoUsers.Clerk);

        using var list = await browser.GetAsync("/canh-bao", Ct);
        using var page = await browser.GetAsync($"/canh-bao/{id}", Ct);
        Assert.Contains("Tiêu đề sau khi sửa", await TextAsync(list), StringComparison.Ordinal);
        Assert.Contains("Nội dung mới.", await TextAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_page_sets_no_cookie_and_holds_no_nonce_while_each_response_has_its_own_policy()
    {
        using var browser = Anonymous();

        using var first = await browser.GetAsync("/canh-bao", Ct);
        using var second = await browser.GetAsync("/canh-bao", Ct);

        foreach (var response in new[] { first, second })
        {
            Assert.False(response.Headers.Contains("Set-Cookie"));
            Assert.DoesNotContain("nonce=", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        var policies = new[] { first, second }.Select(r => Assert.Single(r.Headers.GetValues("Content-Security-Policy"))).ToList();
        Assert.NotEqual(policies[0], policies[1]);
    }

    [Fact]
    public async Task The_sign_in_page_keeps_its_antiforgery_cookie_and_nonce()
    {
        using var browser = Anonymous();

        using var response = await browser.GetAsync("/Account/Login", Ct);

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("Antiforgery", StringComparison.Ordinal));
        Assert.Contains("nonce=", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_publishes_a_full_first_page_of_warnings()
    {
        var published = await portal.ExecuteDbContextAsync(db => db.PublicNotices.CountAsync(n => n.UnpublishedAtUtc == null));

        Assert.True(published >= 20, $"{published} published notices");
    }
}
