using System.Security.Claims;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Infrastructure.Identity;

namespace SoTTTT.Portal.Web.Security;

/// <summary>What the shell shows of the signed-in user, read from the claims added at sign-in.</summary>
public sealed record SignedInUser(string UserName, string FullName, string? Position, Guid? UnitId, string? UnitName, IReadOnlyList<string> Roles)
{
    public static SignedInUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
            return null;
        var userName = principal.Identity.Name ?? "";
        return new SignedInUser(
            userName,
            principal.FindFirstValue(PortalClaimTypes.FullName) is { Length: > 0 } fullName ? fullName : userName,
            principal.FindFirstValue(PortalClaimTypes.Position),
            Guid.TryParse(principal.FindFirstValue(PortalClaimTypes.UnitId), out var unitId) ? unitId : null,
            principal.FindFirstValue(PortalClaimTypes.UnitName),
            // In the order of PortalRoles.All, so the first is the user's main role.
            PortalRoles.All.Where(principal.IsInRole).ToList());
    }

    public string? MainRole => Roles.Count > 0 ? Roles[0] : null;
}
