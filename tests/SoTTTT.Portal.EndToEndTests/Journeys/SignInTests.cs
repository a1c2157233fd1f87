using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

public sealed partial class SignInTests(PortalFixture portal)
{
    [Fact]
    public async Task Leader_signs_in_and_lands_on_the_start_page_greeted_by_name()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();

        // An anonymous visitor of the start page is sent to sign in first.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(LoginUrl());
        var circuit = page.WaitForWebSocketAsync(new() { Predicate = socket => socket.Url.Contains("/_blazor", StringComparison.Ordinal) });
        var form = new SignInForm(page);
        await form.SignInAsync("lanhdao", portal.DemoPassword);
        await form.EnterCodeIfAskedAsync();

        await Expect(page).ToHaveURLAsync(new Uri(portal.BaseAddress, "/").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xin chào, Bùi Thống Nhứt");
        await Expect(page.GetByText("Lãnh đạo Sở").First).ToBeVisibleAsync();
        // The start page is interactive: its Blazor Server circuit connects.
        await circuit;

        var screenshot = Path.Combine(portal.ResultsFolder, "screenshots", "leader-start-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        var image = await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        TestContext.Current.AddAttachment("leader-start-page.png", image, "image/png");
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {screenshot}");
    }

    [Fact]
    public async Task Wrong_password_keeps_the_user_on_the_sign_in_page_without_saying_which_part_was_wrong()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var form = new SignInForm(page);
        await form.OpenAsync();

        await form.SignInAsync("chuyenvien", "khong-phai-mat-khau");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(form.Password).ToBeEmptyAsync();
    }

    [Fact]
    public async Task Unit_reporter_sees_their_own_unit_on_the_start_page()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var form = new SignInForm(page);
        await form.OpenAsync();

        await form.SignInAsync("vnpt", portal.DemoPassword);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xin chào, Võ Thanh Hải");
        await Expect(page.GetByTestId("user-unit")).ToHaveTextAsync("Viễn thông Trà Vinh (VNPT Trà Vinh)");
    }

    [GeneratedRegex(@"/Account/Login(\?|$)")]
    private static partial Regex LoginUrl();
}
