using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Users;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Users;

public sealed class UserAdministrationTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static int _next;

    private static string NewUserName() => $"canbo.{Interlocked.Increment(ref _next)}.{Guid.NewGuid().ToString("N")[..6]}";

    private async Task<CreateUserCommand> ANewReporterAsync() => new(
        NewUserName(), "Nguyễn Văn An", "Chuyên viên", await portal.UnitIdAsync("VNPTTV"), [PortalRoles.UnitReporter]);

    private HttpClient Browser() => portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private Task<PortalUser> FindAsync(string id) =>
        portal.ExecuteScopeAsync(async services => (await services.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(id))!);

    [Fact]
    public async Task New_user_signs_in_with_the_temporary_password_and_is_sent_to_change_it()
    {
        var created = await portal.SendAsync(await ANewReporterAsync(), asUser: DemoUsers.Administrator);
        var browser = Browser();

        using var signIn = await SignedInBrowser.PostSignInAsync(browser, created.UserName, created.TemporaryPassword);
        using var home = await browser.GetAsync("/nhiem-vu", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Account/Manage/ChangePassword", home.Headers.Location?.OriginalString);
        var user = await FindAsync(created.UserId);
        Assert.True(user.MustChangePassword);
        Assert.Equal("Nguyễn Văn An", user.FullName);
    }

    [Fact]
    public async Task Change_password_page_stays_reachable_for_a_user_with_a_temporary_password()
    {
        var created = await portal.SendAsync(await ANewReporterAsync(), asUser: DemoUsers.Administrator);
        var browser = Browser();
        using var signIn = await SignedInBrowser.PostSignInAsync(browser, created.UserName, created.TemporaryPassword);

        using var page = await browser.GetAsync("/Account/Manage/ChangePassword", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("must-change-password", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Duplicate_user_name_is_refused_with_a_field_error()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(async () =>
            await portal.SendAsync(await ANewReporterAsync() with { UserName = "vnpt" }, asUser: DemoUsers.Administrator));

        Assert.Equal(["Tên đăng nhập này đã được dùng cho một tài khoản khác."], refused.Errors["UserName"]);
    }

    [Fact]
    public async Task User_name_with_capitals_or_diacritics_is_refused()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(async () =>
            await portal.SendAsync(await ANewReporterAsync() with { UserName = "Nguyễn.An" }, asUser: DemoUsers.Administrator));

        Assert.True(refused.Errors.ContainsKey("UserName"));
    }

    [Fact]
    public async Task Unit_reporter_without_a_unit_is_refused()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(async () =>
            await portal.SendAsync(await ANewReporterAsync() with { UnitId = null }, asUser: DemoUsers.Administrator));

        Assert.Equal(["Cán bộ đơn vị phải thuộc một đơn vị."], refused.Errors["UnitId"]);
    }

    [Theory]
    [InlineData(DemoUsers.Leader)]
    [InlineData(DemoUsers.Clerk)]
    [InlineData(DemoUsers.VnptReporter)]
    public async Task Only_an_administrator_creates_users(string userName)
    {
        var command = await ANewReporterAsync();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(command, asUser: userName));
    }

    [Fact]
    public async Task Disabled_user_cannot_sign_in()
    {
        var created = await portal.SendAsync(await ANewReporterAsync(), asUser: DemoUsers.Administrator);

        await portal.SendAsync(new DisableUserCommand(created.UserId), asUser: DemoUsers.Administrator);
        using var signIn = await SignedInBrowser.PostSignInAsync(Browser(), created.UserName, created.TemporaryPassword);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị hệ thống.",
            WebUtility.HtmlDecode(await signIn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Enabled_again_the_user_signs_in()
    {
        var created = await portal.SendAsync(await ANewReporterAsync(), asUser: DemoUsers.Administrator);
        await portal.SendAsync(new DisableUserCommand(created.UserId), asUser: DemoUsers.Administrator);

        await portal.SendAsync(new EnableUserCommand(created.UserId), asUser: DemoUsers.Administrator);
        using var signIn = await SignedInBrowser.PostSignInAsync(Browser(), created.UserName, created.TemporaryPassword);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Administrator_cannot_disable_themselves()
    {
        var admin = await portal.ExecuteScopeAsync(async s => (await s.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(DemoUsers.Administrator))!.Id);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            portal.SendAsync(new DisableUserCommand(admin), asUser: DemoUsers.Administrator));

        Assert.Equal("Bạn không thể vô hiệu hóa tài khoản của chính mình.", refused.Message);
        Assert.False((await FindAsync(admin)).IsDisabled);
    }

    [Fact]
    public async Task Administrator_cannot_remove_their_own_administrator_role()
    {
        var admin = await portal.SendAsync(new ListUsersQuery(Search: DemoUsers.Administrator), asUser: DemoUsers.Administrator);
        var self = admin.Items.Single(u => u.UserName == DemoUsers.Administrator);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => portal.SendAsync(
            new UpdateUserCommand(self.Id, self.Version, self.FullName, self.Position, self.UnitId, [PortalRoles.Clerk]),
            asUser: DemoUsers.Administrator));

        Assert.Equal("Bạn không thể bỏ vai trò quản trị hệ thống của chính mình.", refused.Message);
        Assert.Contains(PortalRoles.Admin, (await portal.SendAsync(new GetUserQuery(self.Id), asUser: DemoUsers.Administrator)).Roles);
    }

    [Fact]
    public async Task Reset_password_gives_a_new_temporary_password_and_clears_a_lockout()
    {
        var created = await portal.SendAsync(await ANewReporterAsync(), asUser: DemoUsers.Administrator);
        await portal.ExecuteScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(created.UserId))!;
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(15));
        });

        var reset = await portal.SendAsync(new ResetPasswordCommand(created.UserId), asUser: DemoUsers.Administrator);

        Assert.NotEqual(created.TemporaryPassword, reset.TemporaryPassword);
        var user = await FindAsync(created.UserId);
        Assert.True(user.MustChangePassword);
        Assert.Null(user.LockoutEnd);
        using var oldPassword = await SignedInBrowser.PostSignInAsync(Browser(), created.UserName, created.TemporaryPassword);
        using var newPassword = await SignedInBrowser.PostSignInAsync(Browser(), created.UserName, reset.TemporaryPassword);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
    }

    [Fact]
    public async Task Role_change_renews_the_security_stamp()
    {
        var created = await portal.SendAsync(new CreateUserCommand(NewUserName(), "Trần Thị Bình", "Chuyên viên",
            await portal.UnitIdAsync("VP"), [PortalRoles.Clerk]), asUser: DemoUsers.Administrator);
        var before = await FindAsync(created.UserId);

        await portal.SendAsync(new UpdateUserCommand(created.UserId, before.Version, "Trần Thị Bình", "Chuyên viên",
            before.UnitId, [PortalRoles.Specialist]), asUser: DemoUsers.Administrator);

        var after = await portal.SendAsync(new GetUserQuery(created.UserId), asUser: DemoUsers.Administrator);
        Assert.Equal([PortalRoles.Specialist], after.Roles);
        Assert.NotEqual(before.SecurityStamp, (await FindAsync(created.UserId)).SecurityStamp);
    }

    [Fact]
    public async Task Editing_with_a_stale_version_is_refused()
    {
        var created = await portal.SendAsync(await ANewReporterAsync(), asUser: DemoUsers.Administrator);
        var loaded = await portal.SendAsync(new GetUserQuery(created.UserId), asUser: DemoUsers.Administrator);
        await portal.SendAsync(new UpdateUserCommand(loaded.Id, loaded.Version, "Tên mới", null, loaded.UnitId, loaded.Roles), asUser: DemoUsers.Administrator);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            portal.SendAsync(new UpdateUserCommand(loaded.Id, loaded.Version, "Tên khác", null, loaded.UnitId, loaded.Roles), asUser: DemoUsers.Administrator));
    }

    [Fact]
    public async Task Force_sign_out_renews_the_security_stamp()
    {
        var created = await portal.SendAsync(await ANewReporterAsync(), asUser: DemoUsers.Administrator);
        var before = (await FindAsync(created.UserId)).SecurityStamp;

        await portal.SendAsync(new ForceSignOutCommand(created.UserId), asUser: DemoUsers.Administrator);

        Assert.NotEqual(before, (await FindAsync(created.UserId)).SecurityStamp);
    }

    [Fact]
    public async Task Search_ignores_diacritics()
    {
        var created = await portal.SendAsync(await ANewReporterAsync() with { FullName = "Lê Thị Ánh Tuyết" }, asUser: DemoUsers.Administrator);

        var found = await portal.SendAsync(new ListUsersQuery(Search: "anh tuyet"), asUser: DemoUsers.Administrator);

        Assert.Contains(found.Items, u => u.Id == created.UserId);
    }

    // The caller is an enabled administrator, so "another enabled administrator" normally exists; the rule bites when the
    // caller's session outlives their account: disabled (or demoted) by someone else, their cookie keeps its roles until
    // the security stamp is next validated (up to a minute).
    [Fact]
    public async Task Administrator_disabled_but_still_signed_in_cannot_disable_or_demote_the_last_enabled_administrator()
    {
        var second = await portal.SendAsync(new CreateUserCommand(NewUserName(), "Trần Văn Hai", null, null, [PortalRoles.Admin]),
            asUser: DemoUsers.Administrator);
        await portal.SendAsync(new DisableUserCommand(second.UserId), asUser: DemoUsers.Administrator);
        var first = (await portal.SendAsync(new ListUsersQuery(Search: DemoUsers.Administrator), asUser: DemoUsers.Administrator))
            .Items.Single(u => u.UserName == DemoUsers.Administrator);

        var disabling = await Assert.ThrowsAsync<DomainRuleException>(() =>
            portal.SendAsync(new DisableUserCommand(first.Id), asUser: second.UserName));
        var demoting = await Assert.ThrowsAsync<DomainRuleException>(() => portal.SendAsync(
            new UpdateUserCommand(first.Id, first.Version, first.FullName, first.Position, first.UnitId, [PortalRoles.Clerk]),
            asUser: second.UserName));

        Assert.Equal("Không thể vô hiệu hóa quản trị hệ thống cuối cùng đang hoạt động.", disabling.Message);
        Assert.Equal("Không thể bỏ vai trò của quản trị hệ thống cuối cùng đang hoạt động.", demoting.Message);
        var stored = await FindAsync(first.Id);
        Assert.False(stored.IsDisabled);
        Assert.Contains(PortalRoles.Admin, (await portal.SendAsync(new GetUserQuery(first.Id), asUser: DemoUsers.Administrator)).Roles);
    }
}
