using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Tests.Fakes;

namespace SoTTTT.Portal.Core.Tests.Common.Security;

public sealed class ResourceAuthorizerTests
{
    private static readonly Guid VnptTraVinh = Guid.NewGuid();
    private static readonly Guid ViettelTraVinh = Guid.NewGuid();

    [Fact]
    public void Unit_reporter_can_read_its_own_unit()
    {
        var authorizer = new ResourceAuthorizer(FakeCurrentUser.UnitReporterOf(VnptTraVinh));

        Assert.True(authorizer.CanReadUnit(VnptTraVinh));
    }

    [Fact]
    public void Unit_reporter_cannot_read_another_unit()
    {
        var authorizer = new ResourceAuthorizer(FakeCurrentUser.UnitReporterOf(VnptTraVinh));

        Assert.False(authorizer.CanReadUnit(ViettelTraVinh));
    }

    [Fact]
    public void Unit_reporter_without_a_unit_reads_no_unit()
    {
        var authorizer = new ResourceAuthorizer(FakeCurrentUser.InRole(PortalRoles.UnitReporter, unitId: null));

        Assert.False(authorizer.CanReadUnit(VnptTraVinh));
    }

    [Fact]
    public void Unit_reporter_has_no_directory_permission()
    {
        var authorizer = new ResourceAuthorizer(FakeCurrentUser.UnitReporterOf(VnptTraVinh));

        Assert.False(authorizer.HasPermission(Permission.ReadDirectory));
        Assert.False(authorizer.HasPermission(Permission.ManageDirectory));
    }

    [Theory]
    [InlineData(PortalRoles.Admin)]
    [InlineData(PortalRoles.Leader)]
    [InlineData(PortalRoles.Clerk)]
    [InlineData(PortalRoles.Specialist)]
    [InlineData(PortalRoles.Inspector)]
    public void Directory_reader_can_read_any_unit(string role)
    {
        var authorizer = new ResourceAuthorizer(FakeCurrentUser.InRole(role, unitId: Guid.NewGuid()));

        Assert.True(authorizer.CanReadUnit(VnptTraVinh));
        Assert.True(authorizer.CanReadUnit(ViettelTraVinh));
    }

    [Fact]
    public void Anonymous_user_has_no_permission_and_reads_no_unit_whatever_it_claims()
    {
        var forged = new FakeCurrentUser { IsAuthenticated = false, UnitId = VnptTraVinh, Roles = [PortalRoles.Admin] };
        var authorizer = new ResourceAuthorizer(forged);

        Assert.False(authorizer.HasPermission(Permission.ReadDirectory));
        Assert.False(authorizer.HasPermission(Permission.ManageDirectory));
        Assert.False(authorizer.CanReadUnit(VnptTraVinh));
    }
}
