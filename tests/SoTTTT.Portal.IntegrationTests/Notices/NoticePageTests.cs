using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using SoTTTT.Portal.Core.Features.Notices;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Notices;

/// <summary>/canh-bao and its feed over HTTP: open to anyone, without a sign-in redirect, 404 for what is not published.</summary>
public sealed class NoticePageTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Anonymous() => portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<Guid> PublishAsync(string title) =>
        await portal.SendAsync(new PublishNoticeCommand(await portal.AntiFraudDispatchIdAsync(), title,
            "Tóm tắt cho người dân.", "Đoạn thứ nhất.\nĐoạn thứ hai."), DemoUsers.Clerk);

    [Fact]
    public async Task An_anonymous_visitor_reads_the_list_and_a_notice_without_being_sent_to_sign_in()
    {
        var id = await PublishAsync("Cảnh giác với trang web giả mạo <cổng dịch vụ công>");
        using var browser = Anonymous();

        using var list = await browser.GetAsync("/canh-bao", Ct);
        using var details = await browser.GetAsync($"/canh-bao/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        // The renderer writes non-ASCII letters as character references; what a browser shows is the decoded text.
        var listHtml = await list.Content.ReadAsStringAsync(Ct);
        var detailsHtml = WebUtility.HtmlDecode(await details.Content.ReadAsStringAsync(Ct));
        Assert.Contains("&lt;c", listHtml, StringComparison.Ordinal);
        Assert.Contains("Cảnh giác với trang web giả mạo <cổng dịch vụ công>", WebUtility.HtmlDecode(listHtml), StringComparison.Ordinal);
        Assert.Contains("type=\"application/rss+xml\"", WebUtility.HtmlDecode(listHtml), StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\"", listHtml, StringComparison.Ordinal);
        Assert.Contains("<p>Đoạn thứ hai.</p>", detailsHtml, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\"", detailsHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("/Account/Login?ReturnUrl", detailsHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawn_or_unknown_notice_answers_404()
    {
        var id = await PublishAsync("Thông báo sẽ được gỡ xuống");
        var loaded = (await portal.SendAsync(new ListNoticesQuery(1, 200), DemoUsers.Clerk)).Items.Single(n => n.Id == id);
        await portal.SendAsync(new UnpublishNoticeCommand(id, loaded.Version), DemoUsers.Clerk);
        using var browser = Anonymous();

        using var withdrawn = await browser.GetAsync($"/canh-bao/{id}", Ct);
        using var unknown = await browser.GetAsync($"/canh-bao/{Guid.CreateVersion7()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.DoesNotContain("Thông báo sẽ được gỡ xuống", await withdrawn.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_is_RSS_with_the_published_titles_and_absolute_links()
    {
        var id = await PublishAsync("Cảnh báo lừa đảo \"việc nhẹ lương cao\" & đầu tư tiền ảo");
        using var browser = Anonymous();

        using var response = await browser.GetAsync("/canh-bao/rss", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("2.0", feed.Root!.Attribute("version")?.Value);
        var item = Assert.Single(feed.Descendants("item"), i => i.Element("title")?.Value == "Cảnh báo lừa đảo \"việc nhẹ lương cao\" & đầu tư tiền ảo");
        Assert.Equal($"http://localhost/canh-bao/{id}", item.Element("link")?.Value);
        Assert.True(DateTimeOffset.TryParseExact(item.Element("pubDate")?.Value, "R", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out _));
    }

    [Fact]
    public async Task Other_pages_still_send_an_anonymous_visitor_to_sign_in()
    {
        using var browser = Anonymous();

        using var tasks = await browser.GetAsync("/nhiem-vu", Ct);
        using var manage = await browser.GetAsync("/quan-ly-canh-bao", Ct);

        Assert.Equal(HttpStatusCode.Redirect, tasks.StatusCode);
        Assert.Contains("/Account/Login", tasks.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, manage.StatusCode);
    }
}
