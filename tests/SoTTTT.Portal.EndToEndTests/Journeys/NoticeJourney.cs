using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using SoTTTT.Portal.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

/// <summary>
/// The clerk publishes a warning for citizens from the founding dispatch; a signed-out visitor on a
/// phone finds it at /canh-bao and reads it.
/// </summary>
public sealed class NoticeJourney(PortalFixture portal)
{
    private const string AntiFraudSummary = SoTTTT.Portal.Infrastructure.Seeding.DemoDocuments.AntiFraudSummary;
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    [Fact]
    public async Task The_clerk_publishes_a_notice_from_the_founding_dispatch_and_a_signed_out_visitor_reads_it_on_a_phone()
    {
        const string title = "Cảnh giác với các thủ đoạn lừa đảo qua điện thoại và mạng xã hội";
        await using (var clerkContext = await portal.NewContextAsync())
        {
            var clerk = await clerkContext.NewPageAsync();
            await clerk.SignInAsync("vanthu", portal.DemoPassword);
            var id = Guid.Empty;
            await portal.ArrangeAsync(async services =>
                id = await services.GetRequiredService<PortalDbContext>().OutgoingDocuments
                    .Where(d => d.Summary == AntiFraudSummary).Select(d => d.Id).SingleAsync());
            await clerk.OpenInteractiveAsync($"/van-ban-di/{id}");

            await clerk.GetByTestId("publish-notice").ClickAsync();
            var titleField = clerk.GetByTestId("notice-title");
            await Expect(titleField).Not.ToHaveValueAsync("");
            await Expect(clerk.GetByTestId("notice-body")).Not.ToHaveValueAsync("");
            await titleField.FillAsync(title);
            await clerk.GetByTestId("notice-summary").FillAsync("Không cung cấp mã OTP, không chuyển tiền cho người lạ tự xưng là công an, nhân viên ngân hàng.");
            await clerk.GetByTestId("confirm-notice").ClickAsync();
            await Expect(clerk.GetByText("Đã đăng thông báo công khai.")).ToBeVisibleAsync();

            await clerk.OpenInteractiveAsync("/quan-ly-canh-bao");
            await Expect(clerk.GetByTestId("notice-row-title").Filter(new() { HasText = title })).ToBeVisibleAsync();
        }

        await using var visitorContext = await portal.NewContextAsync(Phone);
        var visitor = await visitorContext.NewPageAsync();
        var response = await visitor.GotoAsync("/canh-bao");
        Assert.Equal(200, response!.Status);
        Assert.EndsWith("/canh-bao", new Uri(visitor.Url).AbsolutePath, StringComparison.Ordinal);

        await visitor.GetByTestId("notice-link").Filter(new() { HasText = title }).First.ClickAsync();

        await Expect(visitor.GetByTestId("notice-title")).ToHaveTextAsync(title);
        await Expect(visitor.GetByTestId("notice-date")).ToContainTextAsync("/");
        await Expect(visitor.GetByTestId("notice-body").Locator("p").First).ToBeVisibleAsync();
        await visitor.AssertNoSidewaysScrollAsync();
        await visitor.SaveScreenshotAsync(portal, "public-notice-phone.png");
    }
}
