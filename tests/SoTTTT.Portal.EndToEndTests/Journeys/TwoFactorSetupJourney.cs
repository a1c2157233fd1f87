using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

public sealed class TwoFactorSetupJourney(PortalFixture portal)
{
    private const string Password = "Mat-khau-lanh-dao-moi-2026";

    [Fact]
    public async Task A_new_leader_is_sent_to_set_up_an_authenticator_app_then_saves_recovery_codes_and_reaches_the_dashboard()
    {
        var userName = $"lanhdao.{Guid.NewGuid():N}"[..16];
        await portal.ArrangeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var leader = new PortalUser { UserName = userName, FullName = "Nguyễn Văn Mới" };
            Assert.True((await users.CreateAsync(leader, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(leader, PortalRoles.Leader)).Succeeded);
        });
        await using var context = await portal.NewContextAsync(new ViewportSize { Width = 375, Height = 812 });
        var page = await context.NewPageAsync();

        await page.SignInAsync(userName, Password);

        // Whatever the leader opens, the portal asks for the app first and says why.
        await Expect(page).ToHaveURLAsync(new Uri(portal.BaseAddress, "/Account/Manage/EnableAuthenticator").ToString());
        await page.GotoAsync("/bang-dieu-khien");
        await Expect(page).ToHaveURLAsync(new Uri(portal.BaseAddress, "/Account/Manage/EnableAuthenticator").ToString());
        await Expect(page.GetByTestId("two-factor-required")).ToContainTextAsync("cần bật xác thực hai bước");
        await Expect(page.GetByTestId("authenticator-qr")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync(portal, "two-factor-setup-phone.png");

        var key = (await page.GetByTestId("authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await page.GetByLabel("Mã xác thực", new() { Exact = true }).FillAsync(Totp.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và bật" }).ClickAsync();

        await Expect(page.GetByText("Đã bật xác thực hai bước.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await page.GetByTestId("continue-after-setup").ClickAsync();
        await page.GotoAsync("/bang-dieu-khien");
        await Expect(page).ToHaveURLAsync(new Uri(portal.BaseAddress, "/bang-dieu-khien").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }
}
