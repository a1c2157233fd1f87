using Microsoft.AspNetCore.Authorization;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Web.Security;

/// <summary>One authorization policy per <see cref="Permission"/>, named after it, for pages and menus.</summary>
public static class PermissionPolicies
{
    public static void AddPermissionPolicies(this AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            options.AddPolicy(permission.ToString(), policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => RolePermissions.Grants(
                    context.User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value), permission)));
        }
    }
}
