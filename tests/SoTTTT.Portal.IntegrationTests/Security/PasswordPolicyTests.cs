using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Infrastructure.Identity.CommonPasswords;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>At least 12 characters, not among the 10,000 most common passwords, not containing the user name.</summary>
public sealed class PasswordPolicyTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public void The_shipped_list_holds_the_ten_thousand_most_common_passwords()
    {
        Assert.Equal(10_000, CommonPasswords().Count);
        Assert.Contains("password", CommonPasswords());
        Assert.Contains("QWERTY123456", CommonPasswords());
    }

    [Theory]
    [InlineData("qwerty123456")]
    [InlineData("QWERTY123456")]
    [InlineData("1qaz2wsx3edc")]
    public async Task A_common_password_is_refused_in_Vietnamese_whatever_its_case(string password)
    {
        var errors = await ErrorsAsync("chuyenvien", password);

        var error = Assert.Single(errors);
        Assert.Equal("PasswordTooCommon", error.Code);
        Assert.Equal("Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.", error.Description);
    }

    [Theory]
    [InlineData("chuyenvien-bao-cao-2024")]
    [InlineData("Bao cao cua ChuyenVien")]
    public async Task A_password_containing_the_user_name_is_refused(string password)
    {
        var error = Assert.Single(await ErrorsAsync("chuyenvien", password));

        Assert.Equal("PasswordContainsUserName", error.Code);
        Assert.Equal("Mật khẩu không được chứa tên đăng nhập.", error.Description);
    }

    [Fact]
    public async Task A_long_uncommon_sentence_is_accepted_without_any_composition_rule()
    {
        Assert.Empty(await ErrorsAsync("chuyenvien", "toi di lam o so thong tin"));
    }

    [Theory]
    [InlineData("quantri")]
    [InlineData("lanhdao")]
    [InlineData("vanthu")]
    [InlineData("chuyenvien")]
    [InlineData("thanhtra")]
    [InlineData("vnpt")]
    [InlineData("ttvh.tptv")]
    public async Task The_demo_password_still_passes_for_every_demo_user(string userName)
    {
        var password = portal.Factory.Services.GetRequiredService<IConfiguration>()["DemoData:Password"]!;

        Assert.Empty(await ErrorsAsync(userName, password));
    }

    [Fact]
    public async Task The_change_password_page_states_the_rule()
    {
        using var browser = await SignedInBrowser.CreateAsync(portal.Factory, "vanthu");

        var page = await browser.GetStringAsync("/Account/Manage/ChangePassword", TestContext.Current.CancellationToken);

        Assert.Contains("Ít nhất 12 ký tự; nên dùng một câu dễ nhớ.", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    private static IReadOnlySet<string> CommonPasswords() => CommonPasswordValidator.Passwords;

    private Task<IReadOnlyList<IdentityError>> ErrorsAsync(string userName, string password) =>
        portal.ExecuteScopeAsync<IReadOnlyList<IdentityError>>(async services =>
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
            try
            {
                var users = services.GetRequiredService<UserManager<PortalUser>>();
                var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
                var errors = new List<IdentityError>();
                foreach (var validator in users.PasswordValidators)
                    errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
                return errors;
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        });
}
