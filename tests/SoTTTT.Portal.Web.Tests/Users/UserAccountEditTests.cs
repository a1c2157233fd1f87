using Bunit;
using MudBlazor;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Audit;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Core.Features.Users;
using SoTTTT.Portal.Web.Components.Pages.Users;

namespace SoTTTT.Portal.Web.Tests.Users;

public sealed class UserAccountEditTests : PortalComponentContext
{
    private static readonly UserAccount Reporter = UserAccountsTests.Account("nguyen.thi.hoa", "Nguyễn Thị Hoa", PortalRoles.UnitReporter);

    private readonly IRenderedComponent<MudDialogProvider> _dialogs;

    public UserAccountEditTests()
    {
        RenderPopoverProvider();
        _dialogs = Render<MudDialogProvider>();
        Sender.Reply<ListUnitOptionsQuery>(_ => new List<UnitOption> { UserAccountsTests.Vnpt });
        Sender.Reply<GetUserQuery>(_ => Reporter);
        Sender.Reply<ListSignInHistoryQuery>(_ => new PagedResult<SignInHistoryItem>([], 0, 1, 10));
    }

    private void Confirm() =>
        _dialogs.WaitForAssertion(() => _dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Đồng ý").Click());

    [Fact]
    public void Refusals_of_a_new_account_show_under_their_fields_in_Vietnamese()
    {
        Sender.Reply<CreateUserCommand>(_ => throw new InputValidationException(new Dictionary<string, string[]>
        {
            ["UserName"] = ["Tên đăng nhập này đã được dùng cho một tài khoản khác."],
            ["FullName"] = ["Họ và tên không được để trống."],
            ["Roles"] = ["Hãy chọn ít nhất một vai trò."],
        }));
        var page = Render<UserAccountEdit>();

        page.Find("input[data-testid=user-name]").Change("vnpt");
        page.Find("[data-testid=save-user]").Click();

        page.WaitForAssertion(() => Assert.Contains("Tên đăng nhập này đã được dùng cho một tài khoản khác.",
            page.Find("input[data-testid=user-name]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.Contains("Họ và tên không được để trống.",
            page.Find("input[data-testid=user-full-name]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Hãy chọn ít nhất một vai trò.", page.Find("[data-testid=user-roles-error]").TextContent.Trim());
        Assert.Equal("vnpt", Assert.Single(Sender.Sent.OfType<CreateUserCommand>()).UserName);
        Assert.Empty(page.FindAll("[data-testid=temporary-password]"));
    }

    [Fact]
    public void A_new_account_shows_its_temporary_password_once_and_opens_as_an_existing_account()
    {
        Sender.Reply<CreateUserCommand>(c => new NewUserPassword(Reporter.Id, c.UserName, "Kq7m-Xa3t-Pw9z-Hb4n5"));
        var page = Render<UserAccountEdit>();

        page.Find("input[data-testid=user-name]").Change("nguyen.thi.hoa");
        page.Find("input[data-testid=user-full-name]").Change("Nguyễn Thị Hoa");
        page.Find("input[data-testid=role-UnitReporter]").Change(true);
        page.Find("[data-testid=save-user]").Click();

        page.WaitForAssertion(() => Assert.Equal("Kq7m-Xa3t-Pw9z-Hb4n5", page.Find("[data-testid=temporary-password]").TextContent.Trim()));
        Assert.Contains("chỉ hiển thị một lần", page.Find("[data-testid=temporary-password-alert]").TextContent, StringComparison.Ordinal);
        var sent = Assert.Single(Sender.Sent.OfType<CreateUserCommand>());
        Assert.Equal([PortalRoles.UnitReporter], sent.Roles);
        Assert.Equal(Reporter.Id, Sender.Sent.OfType<GetUserQuery>().Single().Id);
        Assert.Contains("Nguyễn Thị Hoa", page.Find("h1").TextContent, StringComparison.Ordinal);

        // Opened again, the account's page has no way to show that password: it is only in the create reply.
        var reopened = Render<UserAccountEdit>(p => p.Add(e => e.Id, Reporter.Id));
        reopened.WaitForAssertion(() => Assert.NotEmpty(reopened.FindAll("[data-testid=reset-password]")));
        Assert.Empty(reopened.FindAll("[data-testid=temporary-password]"));
    }

    [Fact]
    public void Resetting_the_password_after_confirmation_shows_the_new_temporary_password()
    {
        Sender.Reply<ResetPasswordCommand>(c => new NewUserPassword(c.Id, Reporter.UserName, "Mn4p-Tr8s-Vw2x-Yz3a7"));
        var page = Render<UserAccountEdit>(p => p.Add(e => e.Id, Reporter.Id));

        page.Find("[data-testid=reset-password]").Click();
        Confirm();

        page.WaitForAssertion(() => Assert.Equal("Mn4p-Tr8s-Vw2x-Yz3a7", page.Find("[data-testid=temporary-password]").TextContent.Trim()));
        Assert.Equal(Reporter.Id, Assert.Single(Sender.Sent.OfType<ResetPasswordCommand>()).Id);
    }

    [Fact]
    public void A_refused_role_change_shows_under_the_roles()
    {
        Sender.Reply<UpdateUserCommand>(_ => throw new Core.Domain.DomainRuleException("Bạn không thể bỏ vai trò quản trị hệ thống của chính mình.", "Roles"));
        var page = Render<UserAccountEdit>(p => p.Add(e => e.Id, Reporter.Id));

        page.Find("[data-testid=save-user]").Click();

        page.WaitForAssertion(() => Assert.Equal("Bạn không thể bỏ vai trò quản trị hệ thống của chính mình.",
            page.Find("[data-testid=user-roles-error]").TextContent.Trim()));
    }

    [Fact]
    public void An_existing_account_shows_its_sign_in_history()
    {
        var page = Render<UserAccountEdit>(p => p.Add(e => e.Id, Reporter.Id));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=sign-in-history]")));
        Assert.Equal("Lịch sử đăng nhập", page.Find("[data-testid=user-sign-in-history] h2").TextContent.Trim());
        Assert.Equal(Reporter.Id, Sender.Sent.OfType<ListSignInHistoryQuery>().Single().UserId);
    }

    [Fact]
    public void A_new_account_has_no_sign_in_history_yet()
    {
        var page = Render<UserAccountEdit>();

        Assert.Empty(page.FindAll("[data-testid=user-sign-in-history]"));
        Assert.Empty(Sender.Sent.OfType<ListSignInHistoryQuery>());
    }

    [Fact]
    public void A_disabled_account_says_so_and_offers_to_enable_it()
    {
        Sender.Reply<GetUserQuery>(_ => Reporter with { IsDisabled = true });

        var page = Render<UserAccountEdit>(p => p.Add(e => e.Id, Reporter.Id));

        page.WaitForAssertion(() => Assert.Equal("Tài khoản này đang bị vô hiệu hóa.", page.Find("[data-testid=user-disabled]").TextContent.Trim()));
        Assert.NotEmpty(page.FindAll("[data-testid=enable-user]"));
        Assert.Empty(page.FindAll("[data-testid=disable-user]"));
    }
}
