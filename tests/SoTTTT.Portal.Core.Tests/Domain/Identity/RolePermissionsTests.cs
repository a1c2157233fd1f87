using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Tests.Domain.Identity;

public sealed class RolePermissionsTests
{
    /// <summary>Every role against every permission: what DESIGN §1 grants for the directory.</summary>
    private static readonly (string Role, Permission Permission, bool Granted)[] Matrix =
    [
        (PortalRoles.Admin, Permission.ReadDirectory, true),
        (PortalRoles.Admin, Permission.ManageDirectory, true),
        (PortalRoles.Leader, Permission.ReadDirectory, true),
        (PortalRoles.Leader, Permission.ManageDirectory, false),
        (PortalRoles.Clerk, Permission.ReadDirectory, true),
        (PortalRoles.Clerk, Permission.ManageDirectory, false),
        (PortalRoles.Specialist, Permission.ReadDirectory, true),
        (PortalRoles.Specialist, Permission.ManageDirectory, false),
        (PortalRoles.Inspector, Permission.ReadDirectory, true),
        (PortalRoles.Inspector, Permission.ManageDirectory, false),
        (PortalRoles.UnitReporter, Permission.ReadDirectory, false),
        (PortalRoles.UnitReporter, Permission.ManageDirectory, false),
    ];

    public static TheoryData<string, Permission, bool> Grants
    {
        get
        {
            var data = new TheoryData<string, Permission, bool>();
            foreach (var (role, permission, granted) in Matrix)
                data.Add(role, permission, granted);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Grants))]
    public void Role_grants_exactly_its_permissions(string role, Permission permission, bool granted)
    {
        var result = RolePermissions.Grants([role], permission);

        Assert.Equal(granted, result);
    }

    [Fact]
    public void Every_role_and_permission_is_specified()
    {
        var specified = Matrix.Select(row => (row.Role, row.Permission)).ToHashSet();

        var all = PortalRoles.All.SelectMany(_ => Enum.GetValues<Permission>(), (role, permission) => (role, permission));

        Assert.All(all, pair => Assert.Contains(pair, specified));
    }

    [Fact]
    public void Unit_reporter_is_granted_no_permission_at_all()
    {
        var granted = Enum.GetValues<Permission>().Where(p => RolePermissions.Grants([PortalRoles.UnitReporter], p));

        Assert.Empty(granted);
    }

    [Fact]
    public void Roles_add_up_their_permissions()
    {
        var granted = RolePermissions.Grants([PortalRoles.UnitReporter, PortalRoles.Admin], Permission.ManageDirectory);

        Assert.True(granted);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("Administrator")]
    [InlineData("")]
    public void Unknown_or_misspelt_role_grants_nothing(string role)
    {
        var granted = Enum.GetValues<Permission>().Where(p => RolePermissions.Grants([role], p));

        Assert.Empty(granted);
    }

    [Fact]
    public void User_without_roles_is_granted_nothing()
    {
        var granted = Enum.GetValues<Permission>().Where(p => RolePermissions.Grants([], p));

        Assert.Empty(granted);
    }
}
