using Microsoft.Playwright;

namespace SoTTTT.Portal.EndToEndTests.Infrastructure;

/// <summary>The sign-in page as a user sees it: labelled fields and a button, in Vietnamese.</summary>
internal sealed class SignInForm(IPage page)
{
    public ILocator UserName => page.GetByLabel("Tên đăng nhập", new() { Exact = true });
    public ILocator Password => page.GetByLabel("Mật khẩu", new() { Exact = true });
    public ILocator SubmitButton => page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true });

    public Task OpenAsync() => page.GotoAsync("/Account/Login");

    public async Task SignInAsync(string userName, string password)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await SubmitButton.ClickAsync();
    }
}
