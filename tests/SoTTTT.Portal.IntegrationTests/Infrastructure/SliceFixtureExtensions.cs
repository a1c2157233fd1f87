using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Organisation;

namespace SoTTTT.Portal.IntegrationTests.Infrastructure;

public static class SliceFixtureExtensions
{
    /// <summary>A setting of the SQLite connection a DbContext of the portal opens ("journal_mode", "wal_autocheckpoint"…).</summary>
    public static Task<object?> PragmaAsync(this SliceFixture fixture, string name) =>
        fixture.ExecuteDbContextAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {name};";
            return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        });

    public static Task<Guid> UnitIdAsync(this SliceFixture fixture, string code) =>
        fixture.ExecuteDbContextAsync(db => db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static Task<OrgUnit?> FindUnitAsync(this SliceFixture fixture, Guid id) =>
        fixture.ExecuteDbContextAsync(db => db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id));

    public static Task<int> CountUnitsAsync(this SliceFixture fixture) =>
        fixture.ExecuteDbContextAsync(db => db.OrgUnits.CountAsync());

    /// <summary>Creates a unit as the administrator and reads it back, with the version an editor would load.</summary>
    public static async Task<OrgUnitView> CreateUnitAsync(this SliceFixture fixture, CreateOrgUnitCommand command)
    {
        var id = await fixture.SendAsync(command, asUser: DemoUsers.Administrator);
        return await fixture.SendAsync(new GetOrgUnitQuery(id), asUser: DemoUsers.Administrator);
    }
}
