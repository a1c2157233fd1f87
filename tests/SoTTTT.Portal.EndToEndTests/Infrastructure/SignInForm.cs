using Microsoft.Playwright;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.EndToEndTests.Infrastructure;

/// <summary>The sign-in page as a user sees it: labelled fields and a button, in Vietnamese.</summary>
internal sealed class SignInForm(IPage page)
{
    public ILocator UserName => page.GetByLabel("Tên đăng nhập", new() { Exact = true });
    public ILocator Password => page.GetByLabel("Mật khẩu", new() { Exact = true });
    public ILocator SubmitButton => page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true });

    public ILocator Code => page.GetByLabel("Mã xác thực", new() { Exact = true });
    public ILocator ConfirmButton => page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận", Exact = true });

    public Task OpenAsync() => page.GotoAsync("/Account/Login");

    /// <summary>
    /// After a right password: when the portal asks for the authenticator code (the demo Admin and Leader), enters
    /// the current code of <paramref name="authenticatorKey"/> (the demo key unless given); waits until the sign-in
    /// has left the sign-in pages.
    /// </summary>
    public async Task EnterCodeIfAskedAsync(string? authenticatorKey = null)
    {
        await page.WaitForURLAsync(url => PathOf(url) != "/Account/Login", new() { WaitUntil = WaitUntilState.Commit });
        if (PathOf(page.Url) != "/Account/LoginWith2fa")
            return;
        // A code typed while the page is still being patched by enhanced navigation can be lost, and the form then
        // comes back asking again: a user would type the (current) code once more.
        for (var attempt = 1; ; attempt++)
        {
            var code = Totp.Now(authenticatorKey ?? RepositoryRoot.DemoAuthenticatorKey());
            await Code.FillAsync(code);
            await Assertions.Expect(Code).ToHaveValueAsync(code);
            await ConfirmButton.ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => PathOf(url) != "/Account/LoginWith2fa",
                    new() { WaitUntil = WaitUntilState.Commit, Timeout = attempt < MaxCodeAttempts ? 10_000 : 30_000 });
                return;
            }
            catch (TimeoutException) when (attempt < MaxCodeAttempts)
            {
            }
        }
    }

    private const int MaxCodeAttempts = 3;

    private static string PathOf(string url) => new Uri(url).AbsolutePath;

    public async Task SignInAsync(string userName, string password)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await SubmitButton.ClickAsync();
    }
}
