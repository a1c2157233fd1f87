using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.Infrastructure.Seeding;

/// <summary>
/// Seeds the founding case (DESIGN §7) into a Development database. Each row is looked up by
/// its natural key first, so restarting adds nothing twice.
/// </summary>
public sealed class DemoDataSeeder(
    PortalDbContext db, UserManager<PortalUser> users, IUserStore<PortalUser> userStore,
    IOptions<DemoDataOptions> options, IOptions<TwoFactorOptions> twoFactor)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var units = await SeedUnitsAsync(cancellationToken);
        await SeedGroupsAsync(units, cancellationToken);
        await SeedUsersAsync(units);
        await new DemoDocumentSeeder(db).SeedAsync(cancellationToken);
        await new DemoTaskSeeder(db).SeedAsync(cancellationToken);
        await new DemoNoticeSeeder(db).SeedAsync(cancellationToken);
    }

    private async Task<Dictionary<string, OrgUnit>> SeedUnitsAsync(CancellationToken cancellationToken)
    {
        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var seed in DemoDirectory.Units)
        {
            if (units.ContainsKey(seed.Code))
                continue;
            var parentId = seed.ParentCode is null ? (Guid?)null : units[seed.ParentCode].Id;
            var unit = OrgUnit.Create(new OrgUnitDetails(seed.Code, seed.FullName, seed.ShortName, seed.Kind, seed.IsInternal, parentId,
                ActiveFrom: new DateOnly(2008, 1, 1)));
            db.OrgUnits.Add(unit);
            units.Add(seed.Code, unit);
        }
        await db.SaveChangesAsync(cancellationToken);
        return units;
    }

    private async Task SeedGroupsAsync(Dictionary<string, OrgUnit> units, CancellationToken cancellationToken)
    {
        var existing = await db.UnitGroups.Select(g => g.Code).ToListAsync(cancellationToken);
        foreach (var seed in DemoDirectory.Groups.Where(g => !existing.Contains(g.Code)))
            db.UnitGroups.Add(UnitGroup.Create(seed.Code, seed.Name, seed.Description, seed.MemberCodes.Select(c => units[c].Id)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedUsersAsync(Dictionary<string, OrgUnit> units)
    {
        var password = options.Value.Password;
        if (string.IsNullOrWhiteSpace(password))
            throw new InvalidOperationException("DemoData:Password must be set when DemoData:Enabled is true.");

        foreach (var seed in DemoDirectory.Users)
        {
            if (await users.FindByNameAsync(seed.UserName) is { } existing)
            {
                // A database seeded before two-factor sign-in existed gets the demo key too.
                await SeedAuthenticatorAsync(existing, seed);
                continue;
            }
            var user = new PortalUser
            {
                UserName = seed.UserName,
                Email = $"{seed.UserName}@sotttt.example",
                EmailConfirmed = true,
                FullName = seed.FullName,
                Position = seed.Position,
                UnitId = units[seed.UnitCode].Id,
            };
            DatabaseInitialiser.EnsureSucceeded(await users.CreateAsync(user, password), $"demo user {seed.UserName}");
            DatabaseInitialiser.EnsureSucceeded(await users.AddToRoleAsync(user, seed.Role), $"the role of demo user {seed.UserName}");
            await SeedAuthenticatorAsync(user, seed);
        }
    }

    /// <summary>
    /// The demo accounts that must sign in with two factors get the authenticator key of the configuration (a fixed,
    /// published key: demos and tests compute the codes from it), so they sign in without a setup step.
    /// </summary>
    private async Task SeedAuthenticatorAsync(PortalUser user, DemoDirectory.UserSeed seed)
    {
        var key = options.Value.AuthenticatorKey;
        if (string.IsNullOrWhiteSpace(key) || !twoFactor.Value.IsRequiredFor([seed.Role]) || user.TwoFactorEnabled
            || await users.GetAuthenticatorKeyAsync(user) is not null)
            return;
        if (userStore is not IUserAuthenticatorKeyStore<PortalUser> keys)
            throw new InvalidOperationException("The user store cannot keep authenticator keys.");
        await keys.SetAuthenticatorKeyAsync(user, key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), CancellationToken.None);
        DatabaseInitialiser.EnsureSucceeded(await users.SetTwoFactorEnabledAsync(user, true), $"two-factor sign-in of demo user {seed.UserName}");
    }
}
