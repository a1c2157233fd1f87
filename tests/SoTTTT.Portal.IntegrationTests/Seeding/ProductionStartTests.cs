using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Infrastructure.Seeding;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Seeding;

/// <summary>DESIGN §7: production starts empty but for an administrator created from configuration.</summary>
public sealed class ProductionStartTests(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    [Fact]
    public async Task Exactly_one_administrator_is_created_from_configuration()
    {
        await portal.ExecuteScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var admin = Assert.Single(await users.Users.ToListAsync());
            Assert.Equal("quantri", admin.UserName);
            Assert.Equal([PortalRoles.Admin], await users.GetRolesAsync(admin));
            Assert.True(await users.CheckPasswordAsync(admin, ProductionPortal.AdministratorPassword));
        });
    }

    [Fact]
    public async Task No_demo_units_or_groups_are_seeded()
    {
        var units = await portal.ExecuteDbContextAsync(db => db.OrgUnits.CountAsync());
        var groups = await portal.ExecuteDbContextAsync(db => db.UnitGroups.CountAsync());

        Assert.Equal(0, units);
        Assert.Equal(0, groups);
    }

    [Fact]
    public async Task Every_role_exists()
    {
        var roles = await portal.ExecuteDbContextAsync(db => db.Roles.Select(r => r.Name!).ToListAsync());

        Assert.Equal(PortalRoles.All.Order(StringComparer.Ordinal), roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Restarting_creates_no_second_administrator()
    {
        await portal.ExecuteScopeAsync(services => services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(TestContext.Current.CancellationToken));

        Assert.Equal(1, await portal.ExecuteDbContextAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task First_administrator_can_sign_in_and_use_the_empty_directory()
    {
        var summary = await portal.SendAsync(new GetDirectorySummaryQuery(), asUser: "quantri");

        Assert.Equal(0, summary.ActiveUnits);
        Assert.Equal(0, summary.ActiveGroups);
    }
}

/// <summary>An operator who forgot Administrator:Password gets a warning, not a guessable account.</summary>
public sealed class ProductionStartWithoutPasswordTests(ProductionPortalWithoutPassword portal) : IClassFixture<ProductionPortalWithoutPassword>
{
    [Fact]
    public async Task No_user_is_created_without_a_password()
    {
        var users = await portal.ExecuteDbContextAsync(db => db.Users.CountAsync());
        var units = await portal.ExecuteDbContextAsync(db => db.OrgUnits.CountAsync());

        Assert.Equal(0, users);
        Assert.Equal(0, units);
    }

    [Fact]
    public void Missing_password_is_logged_as_a_warning()
    {
        Assert.Contains(portal.Factory.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && e.Message.Contains("Administrator:Password is not set", StringComparison.Ordinal));
    }
}
