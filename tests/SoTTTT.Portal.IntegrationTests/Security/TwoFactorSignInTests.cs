using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>
/// ASVS V6 (authentication): sign-in with an authenticator app after the password, recovery codes, and the
/// requirement that administrators and leaders set the app up before they reach anything else.
/// </summary>
public sealed partial class TwoFactorSignInTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string Password = "Mat-khau-thu-nghiem-2026";
    private const string SetupPath = "/Account/Manage/EnableAuthenticator";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DemoKey => portal.Factory.Services.GetRequiredService<IConfiguration>()["DemoData:AuthenticatorKey"]!;

    [Fact]
    public async Task The_password_alone_does_not_sign_in_an_administrator_the_authenticator_code_then_does()
    {
        var browser = Browser();

        using var password = await SignedInBrowser.PostPasswordAsync(browser, DemoUsers.Administrator, PasswordOf(), Ct);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal(SignedInBrowser.CodePagePath, SignedInBrowser.PathOf(password.Headers.Location!));
        Assert.False(SetsAuthCookie(password));
        using var beforeCode = await browser.GetAsync("/", Ct);
        Assert.StartsWith("/Account/Login", SignedInBrowser.PathOf(beforeCode.Headers.Location!), StringComparison.Ordinal);

        using var code = await PostCodeAsync(browser, password, Totp.Now(DemoKey));

        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.True(SetsAuthCookie(code));
        using var start = await browser.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_in_Vietnamese_and_counts_towards_lockout_like_a_wrong_password()
    {
        var user = await CreateUserAsync(PortalRoles.Leader, withAuthenticator: true);
        var browser = Browser();
        using var password = await SignedInBrowser.PostPasswordAsync(browser, user.UserName!, Password, Ct);

        using var wrong = await PostCodeAsync(browser, password, WrongCode(user.Key!));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.False(SetsAuthCookie(wrong));
        Assert.Contains("Mã xác thực không đúng hoặc đã hết hạn.", await BodyAsync(wrong), StringComparison.Ordinal);
        Assert.Equal(1, await AccessFailedCountAsync(user.UserName!));

        // Four more wrong codes make five failures: the account is locked, a right code no longer helps.
        for (var i = 0; i < 3; i++)
            (await PostCodeAsync(browser, password, WrongCode(user.Key!))).Dispose();
        using var fifth = await PostCodeAsync(browser, password, WrongCode(user.Key!));
        Assert.Equal("/Account/Lockout", SignedInBrowser.PathOf(fifth.Headers.Location!));
        using var right = await PostCodeAsync(browser, password, Totp.Now(user.Key!));
        Assert.False(SetsAuthCookie(right));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_not_twice()
    {
        var user = await CreateUserAsync(PortalRoles.Leader, withAuthenticator: true);
        var recoveryCode = user.RecoveryCodes![0];

        var first = Browser();
        using var firstPassword = await SignedInBrowser.PostPasswordAsync(first, user.UserName!, Password, Ct);
        using var firstUse = await PostRecoveryCodeAsync(first, recoveryCode);
        Assert.Equal(HttpStatusCode.Redirect, firstUse.StatusCode);
        Assert.True(SetsAuthCookie(firstUse));

        var second = Browser();
        using var secondPassword = await SignedInBrowser.PostPasswordAsync(second, user.UserName!, Password, Ct);
        using var secondUse = await PostRecoveryCodeAsync(second, recoveryCode);
        Assert.Equal(HttpStatusCode.OK, secondUse.StatusCode);
        Assert.False(SetsAuthCookie(secondUse));
        Assert.Contains("Mã khôi phục không đúng hoặc đã được dùng.", await BodyAsync(secondUse), StringComparison.Ordinal);
        Assert.Equal(1, await AccessFailedCountAsync(user.UserName!));
    }

    [Fact]
    public async Task A_leader_without_an_authenticator_is_sent_to_the_setup_page_from_every_page_export_and_file()
    {
        var targets = await DemoTargets.LoadAsync(portal);
        var user = await CreateUserAsync(PortalRoles.Leader, withAuthenticator: false);
        var browser = await SignInWithPasswordAsync(user.UserName!);
        string[] reachable = ["/Account/Login", "/Account/Lockout", "/Error", "/not-found"];
        var urls = PageMatrix.Rows.Where(r => !reachable.Contains(r.Template) && !r.Template.StartsWith("/Account/LoginWith", StringComparison.Ordinal)
                && r.Template != SetupPath)
            .Select(r => r.Url(targets))
            .Concat([
                $"/xuat/van-ban-di/{targets.IssuedOutgoing}",
                $"/xuat/bao-cao-thuc-hien/{targets.DirectiveDocument}?format=Excel",
                "/xuat/nhiem-vu",
                "/xuat/danh-ba",
                $"/tep-dinh-kem/{Guid.NewGuid()}",
                "/canh-bao/rss",
            ]);

        var notSent = new List<string>();
        foreach (var url in urls)
        {
            using var response = await browser.GetAsync(url, Ct);
            if (response.StatusCode != HttpStatusCode.Redirect || SignedInBrowser.PathOf(response.Headers.Location!) != SetupPath)
                notSent.Add($"{url}: {(int)response.StatusCode} {response.Headers.Location}");
        }

        Assert.True(notSent.Count == 0, "Not sent to the setup page:\n" + string.Join("\n", notSent));
        using var setup = await browser.GetAsync(SetupPath, Ct);
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.Contains("Tài khoản của bạn cần bật xác thực hai bước trước khi tiếp tục làm việc.", await BodyAsync(setup), StringComparison.Ordinal);
        using var styles = await browser.GetAsync("/app.css", Ct);
        Assert.Equal(HttpStatusCode.OK, styles.StatusCode);
    }

    [Fact]
    public async Task A_clerk_without_an_authenticator_is_not_asked_to_set_one_up()
    {
        var user = await CreateUserAsync(PortalRoles.Clerk, withAuthenticator: false);
        var browser = await SignInWithPasswordAsync(user.UserName!);

        using var start = await browser.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
    }

    [Fact]
    public async Task Setting_up_the_app_with_a_valid_code_shows_ten_recovery_codes_once_and_lifts_the_requirement()
    {
        var user = await CreateUserAsync(PortalRoles.Leader, withAuthenticator: false);
        var browser = await SignInWithPasswordAsync(user.UserName!);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync(SetupPath, Ct));
        var key = SharedKey().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.Matches("^[A-Z2-7]{32}$", key);
        Assert.Contains("src=\"data:image/svg+xml;base64,", page, StringComparison.Ordinal);

        using var wrong = await SignedInBrowser.PostFormAsync(browser, SetupPath, "enable-authenticator",
            new() { ["Input.Code"] = WrongCode(key) }, Ct);
        Assert.Contains("Mã xác thực không đúng.", await BodyAsync(wrong), StringComparison.Ordinal);
        Assert.False(await TwoFactorEnabledAsync(user.UserName!));

        using var valid = await SignedInBrowser.PostFormAsync(browser, SetupPath, "enable-authenticator",
            new() { ["Input.Code"] = Totp.Now(key) }, Ct);

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        var shown = RecoveryCode().Matches(await BodyAsync(valid)).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, shown.Distinct().Count());
        Assert.True(await TwoFactorEnabledAsync(user.UserName!));
        using var start = await browser.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        var settings = await browser.GetStringAsync("/Account/Manage/TwoFactorAuthentication", Ct);
        Assert.DoesNotContain(shown[0], settings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leader_cannot_turn_two_factor_sign_in_off()
    {
        var user = await CreateUserAsync(PortalRoles.Leader, withAuthenticator: true);
        var browser = await SignInWithCodeAsync(user);

        var page = await browser.GetStringAsync("/Account/Manage/Disable2fa", Ct);
        using var post = await SignedInBrowser.PostFormAsync(browser, "/Account/Manage/Disable2fa", "disable-2fa", [], Ct);

        Assert.Contains("Vai trò của bạn bắt buộc dùng xác thực hai bước nên không thể tắt.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.True(await TwoFactorEnabledAsync(user.UserName!));
    }

    [Fact]
    public async Task A_specialist_may_turn_two_factor_sign_in_off()
    {
        var user = await CreateUserAsync(PortalRoles.Specialist, withAuthenticator: true);
        var browser = await SignInWithCodeAsync(user);

        using var post = await SignedInBrowser.PostFormAsync(browser, "/Account/Manage/Disable2fa", "disable-2fa", [], Ct);

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.False(await TwoFactorEnabledAsync(user.UserName!));
    }

    private sealed record TestUser(string UserName, string? Key, IReadOnlyList<string>? RecoveryCodes);

    private HttpClient Browser() => portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private string PasswordOf() => portal.Factory.Services.GetRequiredService<IConfiguration>()["DemoData:Password"]!;

    /// <summary>A new account in <paramref name="role"/>, with an authenticator key of its own and ten recovery codes when asked.</summary>
    private async Task<TestUser> CreateUserAsync(string role, bool withAuthenticator)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = $"thu2fa.{Guid.NewGuid():N}"[..20], FullName = "Người thử xác thực hai bước" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        if (!withAuthenticator)
            return new TestUser(user.UserName, null, null);

        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        return new TestUser(user.UserName, await users.GetAuthenticatorKeyAsync(user), codes);
    }

    private async Task<HttpClient> SignInWithPasswordAsync(string userName)
    {
        var browser = Browser();
        using var response = await SignedInBrowser.PostPasswordAsync(browser, userName, Password, Ct);
        Assert.True(SetsAuthCookie(response), $"{userName} was not signed in by the password.");
        return browser;
    }

    private async Task<HttpClient> SignInWithCodeAsync(TestUser user)
    {
        var browser = Browser();
        using var password = await SignedInBrowser.PostPasswordAsync(browser, user.UserName, Password, Ct);
        using var code = await PostCodeAsync(browser, password, Totp.Now(user.Key!));
        Assert.True(SetsAuthCookie(code), $"{user.UserName} was not signed in by the code.");
        return browser;
    }

    private static Task<HttpResponseMessage> PostCodeAsync(HttpClient browser, HttpResponseMessage passwordAnswer, string code) =>
        SignedInBrowser.PostFormAsync(browser, passwordAnswer.Headers.Location!.OriginalString, "login-with-2fa",
            new() { ["Input.TwoFactorCode"] = code }, Ct);

    private static Task<HttpResponseMessage> PostRecoveryCodeAsync(HttpClient browser, string code) =>
        SignedInBrowser.PostFormAsync(browser, "/Account/LoginWithRecoveryCode?ReturnUrl=%2F", "login-with-recovery-code",
            new() { ["Input.RecoveryCode"] = code }, Ct);

    /// <summary>A six-digit code that is none of those the server accepts around now.</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var accepted = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(code => !accepted.Contains(code));
    }

    private static bool SetsAuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("SoTTTT.Auth=", StringComparison.Ordinal));

    private static async Task<string> BodyAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    private async Task<int> AccessFailedCountAsync(string userName)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName);
        return user!.AccessFailedCount;
    }

    private async Task<bool> TwoFactorEnabledAsync(string userName)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName);
        return user!.TwoFactorEnabled;
    }

    [GeneratedRegex(@"data-testid=""authenticator-key""[^>]*>([^<]+)<")]
    private static partial Regex SharedKey();

    [GeneratedRegex(@"<li[^>]*><code[^>]*>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
