using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

public sealed partial class UserAdministrationJourney(PortalFixture portal)
{
    private async Task<IPage> AdministratorAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.SignInAsync("quantri", portal.DemoPassword);
        return page;
    }

    /// <summary>The administrator opens the account of <paramref name="userName"/> from the users list.</summary>
    private static async Task OpenAccountAsync(IPage admin, string userName)
    {
        await admin.OpenInteractiveAsync("/quan-tri/nguoi-dung");
        await admin.GetByTestId("user-search").FillAsync(userName);
        var row = admin.GetByTestId("users").Locator("tbody tr").Filter(new() { HasText = userName });
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByTestId("user-link").ClickAsync();
        await Expect(admin.GetByTestId("reset-password")).ToBeVisibleAsync();
    }

    private static Task ConfirmAsync(IPage admin) =>
        admin.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Đồng ý" }).ClickAsync();

    [Fact]
    public async Task Administrator_creates_a_reporter_who_signs_in_with_the_temporary_password_and_must_choose_their_own()
    {
        await using var adminContext = await portal.NewContextAsync();
        var admin = await AdministratorAsync(adminContext);
        await admin.OpenInteractiveAsync("/quan-tri/nguoi-dung");
        await admin.GetByTestId("add-user").ClickAsync();
        await admin.WaitForURLAsync("**/quan-tri/nguoi-dung/them");
        await admin.WaitUntilInteractiveAsync();

        await admin.GetByTestId("user-name").FillAsync("nguyen.thi.hoa");
        await admin.GetByTestId("user-full-name").FillAsync("Nguyễn Thị Hoa");
        await admin.GetByTestId("user-position").FillAsync("Chuyên viên kỹ thuật");
        await admin.GetByTestId("user-unit").ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "Viễn thông Trà Vinh (VNPT Trà Vinh)", Exact = true }).ClickAsync();
        await admin.GetByTestId("role-UnitReporter").CheckAsync();
        await admin.GetByTestId("save-user").ClickAsync();

        var password = admin.GetByTestId("temporary-password");
        await Expect(password).ToHaveTextAsync(TemporaryPasswordPattern());
        var temporaryPassword = (await password.TextContentAsync())!.Trim();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nguyễn Thị Hoa");
        await Expect(admin.GetByTestId("user-sign-in-history")).ToContainTextAsync("Chưa có lần đăng nhập nào.");
        await admin.SaveScreenshotAsync(portal, "user-created-with-temporary-password.png");

        // The address now names the account; opened again, the page no longer shows the password.
        await Expect(admin).ToHaveURLAsync(AccountUrl());
        await admin.ReloadAsync();
        await admin.WaitUntilInteractiveAsync();
        await Expect(admin.GetByTestId("reset-password")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("temporary-password")).ToHaveCountAsync(0);

        await admin.GetByTestId("signed-in-user").ClickAsync();
        await admin.GetByTestId("sign-out").ClickAsync();
        await Expect(admin).ToHaveURLAsync(LoginUrl());

        // The new user, on their own computer.
        await using var userContext = await portal.NewContextAsync();
        var user = await userContext.NewPageAsync();
        var form = new SignInForm(user);
        await form.OpenAsync();
        await form.SignInAsync("nguyen.thi.hoa", temporaryPassword);
        await user.GotoAsync("/nhiem-vu");
        await Expect(user).ToHaveURLAsync(ChangePasswordUrl());
        await Expect(user.GetByTestId("must-change-password")).ToBeVisibleAsync();
        await user.SaveScreenshotAsync(portal, "temporary-password-must-be-changed.png");

        // A common password (on the shipped list) is refused, then a long passphrase of her own is accepted.
        await user.GetByLabel("Mật khẩu hiện tại").FillAsync(temporaryPassword);
        await user.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync("1qaz2wsx3edc");
        await user.GetByLabel("Nhập lại mật khẩu mới").FillAsync("1qaz2wsx3edc");
        await user.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();
        await Expect(user.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Chưa đổi được mật khẩu" })).ToBeVisibleAsync();

        await user.GetByLabel("Mật khẩu hiện tại").FillAsync(temporaryPassword);
        await user.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync("cầu Long Bình mùa nước nổi 2026");
        await user.GetByLabel("Nhập lại mật khẩu mới").FillAsync("cầu Long Bình mùa nước nổi 2026");
        await user.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();
        await Expect(user.GetByText("Đã đổi mật khẩu thành công.")).ToBeVisibleAsync();

        await user.OpenInteractiveAsync("/");
        await Expect(user.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xin chào, Nguyễn Thị Hoa");
        await Expect(user.GetByTestId("user-unit")).ToContainTextAsync("Viễn thông Trà Vinh");
        await user.SaveScreenshotAsync(portal, "new-reporter-start-page.png");
    }

    [Fact]
    public async Task A_disabled_reporters_open_page_loses_access_without_a_reload_and_the_sign_in_is_refused()
    {
        await using var reporterContext = await portal.NewContextAsync();
        var reporter = await reporterContext.NewPageAsync();
        await reporter.SignInAsync("vnpt", portal.DemoPassword);
        await reporter.OpenInteractiveAsync("/nhiem-vu");
        var navigations = 0;
        reporter.FrameNavigated += (_, frame) => { if (frame == reporter.MainFrame) navigations++; };

        await using var adminContext = await portal.NewContextAsync();
        var admin = await AdministratorAsync(adminContext);
        await OpenAccountAsync(admin, "vnpt");
        await admin.GetByTestId("disable-user").ClickAsync();
        await ConfirmAsync(admin);
        await Expect(admin.GetByTestId("user-disabled")).ToHaveTextAsync("Tài khoản này đang bị vô hiệu hóa.");

        // The open page is sent to sign in by its own circuit: nobody reloaded it.
        await Expect(reporter).ToHaveURLAsync(LoginUrl(), new() { Timeout = 10_000 });
        Assert.True(navigations >= 1);
        await reporter.SaveScreenshotAsync(portal, "disabled-reporter-sent-to-sign-in.png");

        var form = new SignInForm(reporter);
        await form.OpenAsync();
        await form.SignInAsync("vnpt", portal.DemoPassword);
        await Expect(reporter.GetByRole(AriaRole.Alert)).ToContainTextAsync("Tài khoản đã bị vô hiệu hóa");
        await Expect(reporter).ToHaveURLAsync(LoginUrl());

        // The list marks the account.
        await admin.OpenInteractiveAsync("/quan-tri/nguoi-dung");
        await admin.GetByTestId("user-search").FillAsync("vnpt");
        await Expect(admin.GetByTestId("users").Locator("tbody tr").Filter(new() { HasText = "vnpt" })).ToContainTextAsync("Bị vô hiệu hóa");
    }

    [Fact]
    public async Task Forced_sign_out_ends_the_reporters_open_page_at_once_but_lets_them_sign_in_again()
    {
        await using var reporterContext = await portal.NewContextAsync();
        var reporter = await reporterContext.NewPageAsync();
        await reporter.SignInAsync("viettel", portal.DemoPassword);
        await reporter.OpenInteractiveAsync("/nhiem-vu");

        await using var adminContext = await portal.NewContextAsync();
        var admin = await AdministratorAsync(adminContext);
        await OpenAccountAsync(admin, "viettel");
        await admin.GetByTestId("force-sign-out").ClickAsync();
        await ConfirmAsync(admin);
        await Expect(admin.GetByText("Đã buộc đăng xuất.")).ToBeVisibleAsync();

        await Expect(reporter).ToHaveURLAsync(LoginUrl(), new() { Timeout = 10_000 });
        // The old cookie no longer opens a page either.
        await reporter.GotoAsync("/nhiem-vu");
        await Expect(reporter).ToHaveURLAsync(LoginUrl());

        var form = new SignInForm(reporter);
        await form.SignInAsync("viettel", portal.DemoPassword);
        await Expect(reporter).ToHaveURLAsync(new Regex("/nhiem-vu$"));
    }

    [Fact]
    public async Task The_users_list_fits_a_phone_without_sideways_scrolling()
    {
        await using var context = await portal.NewContextAsync(new ViewportSize { Width = 375, Height = 812 });
        var page = await AdministratorAsync(context);

        await page.OpenInteractiveAsync("/quan-tri/nguoi-dung");
        await Expect(page.GetByTestId("user-link").First).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.Equal(0, overflow);
        await page.SaveScreenshotAsync(portal, "users-list-phone.png");
    }

    [GeneratedRegex(@"^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}[2-9]$")]
    private static partial Regex TemporaryPasswordPattern();

    [GeneratedRegex(@"/quan-tri/nguoi-dung/[0-9a-f-]{36}$")]
    private static partial Regex AccountUrl();

    [GeneratedRegex(@"/Account/Login(\?|$)")]
    private static partial Regex LoginUrl();

    [GeneratedRegex(@"/Account/Manage/ChangePassword(\?|$)")]
    private static partial Regex ChangePasswordUrl();
}
