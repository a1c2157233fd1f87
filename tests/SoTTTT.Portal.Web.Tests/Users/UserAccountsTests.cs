using Bunit;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Core.Features.Users;
using SoTTTT.Portal.Web.Components.Pages.Users;

namespace SoTTTT.Portal.Web.Tests.Users;

public sealed class UserAccountsTests : PortalComponentContext
{
    internal static readonly UnitOption Vnpt = new(Guid.NewGuid(), "VNPTTV", "VNPT Trà Vinh", "Viễn thông Trà Vinh", OrgUnitKind.TelecomEnterprise);

    internal static UserAccount Account(string userName, string fullName, string role, bool disabled = false, bool lockedOut = false) =>
        new($"id-{userName}", userName, fullName, "Chuyên viên", role == PortalRoles.UnitReporter ? Vnpt.Id : null,
            role == PortalRoles.UnitReporter ? Vnpt.FullName : "Văn phòng Sở", [role], null, null, disabled, false, lockedOut, Guid.NewGuid());

    private static readonly UserAccount Reporter = Account("vnpt", "Nguyễn Thị Hoa", PortalRoles.UnitReporter);
    private static readonly UserAccount Clerk = Account("vanthu", "Lê Văn Thư", PortalRoles.Clerk, lockedOut: true);
    private static readonly UserAccount Former = Account("cu.canbo", "Phạm Văn Cũ", PortalRoles.Specialist, disabled: true);

    public UserAccountsTests()
    {
        RenderPopoverProvider();
        Sender.Reply<ListUnitOptionsQuery>(_ => new List<UnitOption> { Vnpt });
        Sender.Reply<ListUsersQuery>(q => q.Disabled == true
            ? new PagedResult<UserAccount>([Former], 1, 1, 25)
            : new PagedResult<UserAccount>([Reporter, Clerk, Former], 3, 1, 25));
    }

    private static string StatusOf(IRenderedComponent<UserAccounts> page, string userName) =>
        page.FindAll("tbody tr").Single(r => r.TextContent.Contains(userName, StringComparison.Ordinal))
            .QuerySelector(".mud-chip")!.TextContent.Trim();

    [Fact]
    public void Accounts_are_listed_with_their_roles_unit_and_a_link_to_each_account()
    {
        var page = Render<UserAccounts>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tbody tr").Count));
        var reporter = page.FindAll("tbody tr")[0];
        Assert.Contains("Nguyễn Thị Hoa", reporter.TextContent, StringComparison.Ordinal);
        Assert.Contains("Cán bộ đơn vị", reporter.TextContent, StringComparison.Ordinal);
        Assert.Contains("Viễn thông Trà Vinh", reporter.TextContent, StringComparison.Ordinal);
        Assert.Equal("/quan-tri/nguoi-dung/id-vnpt", page.FindAll("[data-testid=user-link]")[0].GetAttribute("href"));
    }

    [Fact]
    public void A_disabled_account_is_marked_apart_from_a_locked_out_one_and_an_active_one()
    {
        var page = Render<UserAccounts>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tbody tr").Count));
        Assert.Equal("Bị vô hiệu hóa", StatusOf(page, "cu.canbo"));
        Assert.Equal("Tạm khóa", StatusOf(page, "vanthu"));
        Assert.Equal("Hoạt động", StatusOf(page, "vnpt"));
    }

    [Fact]
    public void The_disabled_accounts_filter_asks_only_for_disabled_accounts()
    {
        var page = Render<UserAccounts>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tbody tr").Count));

        page.Find("input[data-testid=user-disabled-filter]").Change(true);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tbody tr")));
        Assert.Contains("Phạm Văn Cũ", page.Find("tbody tr").TextContent, StringComparison.Ordinal);
        Assert.True(Sender.Sent.OfType<ListUsersQuery>().Last().Disabled);
    }

    [Fact]
    public void No_matching_account_says_so_in_Vietnamese()
    {
        Sender.Reply<ListUsersQuery>(_ => new PagedResult<UserAccount>([], 0, 1, 25));

        var page = Render<UserAccounts>();

        page.WaitForAssertion(() => Assert.Contains("Không có người dùng nào phù hợp.", page.Markup, StringComparison.Ordinal));
    }
}
