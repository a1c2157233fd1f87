using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Infrastructure.Persistence;
using SoTTTT.Portal.Infrastructure.Seeding;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Seeding;

/// <summary>DESIGN §7: in Development the embedded database starts with the founding case.</summary>
public sealed class DemoSeedTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private sealed record RowCounts(int Units, int Groups, int Members, int Users, int Roles, int UserRoles);

    private Task<RowCounts> CountRowsAsync() => portal.ExecuteDbContextAsync(async db => new RowCounts(
        await db.OrgUnits.CountAsync(),
        await db.UnitGroups.CountAsync(),
        await db.UnitGroupMembers.CountAsync(),
        await db.Users.CountAsync(),
        await db.Roles.CountAsync(),
        await db.UserRoles.CountAsync()));

    [Fact]
    public async Task Demo_seed_holds_the_units_of_the_founding_case()
    {
        var units = await portal.ExecuteDbContextAsync(db => db.OrgUnits.AsNoTracking().Include(u => u.Parent).ToListAsync());

        Assert.Equal(DemoDirectory.Units.Select(u => u.Code).Order(StringComparer.Ordinal), units.Select(u => u.Code).Order(StringComparer.Ordinal));
        Assert.All(DemoDirectory.Units, seed =>
        {
            var unit = units.Single(u => u.Code == seed.Code);
            Assert.Equal(seed.FullName, unit.FullName);
            Assert.Equal(seed.ShortName, unit.ShortName);
            Assert.Equal(seed.Kind, unit.Kind);
            Assert.Equal(seed.IsInternal, unit.IsInternal);
            Assert.Equal(seed.ParentCode, unit.Parent?.Code);
            Assert.True(unit.IsActive);
        });
    }

    [Fact]
    public async Task Demo_seed_holds_the_groups_with_their_members_in_order()
    {
        var groups = await portal.ExecuteDbContextAsync(db => db.UnitGroups.AsNoTracking()
            .Select(g => new { g.Code, g.Name, Members = g.Members.OrderBy(m => m.Position).Select(m => m.Unit!.Code).ToList() })
            .ToListAsync());

        Assert.Equal(DemoDirectory.Groups.Count, groups.Count);
        Assert.All(DemoDirectory.Groups, seed =>
        {
            var group = groups.Single(g => g.Code == seed.Code);
            Assert.Equal(seed.Name, group.Name);
            Assert.Equal(seed.MemberCodes, group.Members);
        });
        Assert.Equal(["VNPTTV", "VIETTELTV", "MOBIFONETV", "VNMOBILETV"], groups.Single(g => g.Code == "DNVT").Members);
        Assert.Equal(9, groups.Single(g => g.Code == "TTVHTT").Members.Count);
    }

    [Fact]
    public async Task Demo_seed_holds_one_user_per_role_and_unit_kind_with_the_demo_password()
    {
        var password = portal.Factory.Services.GetRequiredService<IConfiguration>()["DemoData:Password"];
        Assert.False(string.IsNullOrWhiteSpace(password));

        await portal.ExecuteScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var db = services.GetRequiredService<PortalDbContext>();
            Assert.Equal(DemoDirectory.Users.Count, await users.Users.CountAsync());
            foreach (var seed in DemoDirectory.Users)
            {
                var user = await users.FindByNameAsync(seed.UserName);
                Assert.NotNull(user);
                Assert.Equal(seed.FullName, user.FullName);
                Assert.Equal(seed.Position, user.Position);
                Assert.Equal([seed.Role], await users.GetRolesAsync(user));
                Assert.Equal(seed.UnitCode, await db.OrgUnits.Where(u => u.Id == user.UnitId).Select(u => u.Code).SingleAsync());
                Assert.True(await users.CheckPasswordAsync(user, password!), seed.UserName);
            }
        });
        Assert.Equal(PortalRoles.All.Order(StringComparer.Ordinal), DemoDirectory.Users.Select(u => u.Role).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_role_exists()
    {
        var roles = await portal.ExecuteDbContextAsync(db => db.Roles.Select(r => r.Name!).ToListAsync());

        Assert.Equal(PortalRoles.All.Order(StringComparer.Ordinal), roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Initialising_again_adds_no_rows()
    {
        var before = await CountRowsAsync();

        await portal.ExecuteScopeAsync(services => services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(TestContext.Current.CancellationToken));

        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task Sqlite_file_runs_in_write_ahead_log_mode()
    {
        var mode = (string?)await portal.PragmaAsync("journal_mode");

        Assert.Equal("wal", mode);
    }

    [Fact]
    public void Sqlite_file_lives_in_the_configured_data_folder()
    {
        Assert.True(File.Exists(Path.Combine(portal.Factory.DataFolder, "portal.db")));
    }
}
