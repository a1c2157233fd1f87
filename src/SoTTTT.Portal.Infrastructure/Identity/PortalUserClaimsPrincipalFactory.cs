using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.Infrastructure.Identity;

public sealed class PortalUserClaimsPrincipalFactory(
    UserManager<PortalUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    PortalDbContext db)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaimTypes.FullName, user.FullName));
        if (user.MustChangePassword)
            identity.AddClaim(new Claim(PortalClaimTypes.MustChangePassword, "true"));
        if (!string.IsNullOrEmpty(user.Position))
            identity.AddClaim(new Claim(PortalClaimTypes.Position, user.Position));
        if (user.TwoFactorEnabled)
            identity.AddClaim(new Claim(PortalClaimTypes.TwoFactorEnabled, "true"));
        if (user.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.UnitId, unitId.ToString()));
            var unitName = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.FullName).SingleOrDefaultAsync();
            if (unitName is not null)
                identity.AddClaim(new Claim(PortalClaimTypes.UnitName, unitName));
        }
        return identity;
    }
}
