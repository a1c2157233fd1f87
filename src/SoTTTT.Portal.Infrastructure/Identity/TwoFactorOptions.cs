using System.Security.Claims;

namespace SoTTTT.Portal.Infrastructure.Identity;

/// <summary>
/// Section "Security:TwoFactor": the roles whose members must sign in with an authenticator app as well as
/// their password (appsettings.json: Admin and Leader, who can change who reads what and decide for the department).
/// </summary>
public sealed class TwoFactorOptions
{
    public const string Section = "Security:TwoFactor";

    public string[] RequiredRoles { get; set; } = [];

    /// <summary>Whether a user in <paramref name="roles"/> must use two-factor sign-in.</summary>
    public bool IsRequiredFor(IEnumerable<string> roles) => roles.Any(r => RequiredRoles.Contains(r, StringComparer.Ordinal));

    /// <summary>Whether the signed-in <paramref name="user"/> must use two-factor sign-in (by the roles of the sign-in cookie).</summary>
    public bool IsRequiredFor(ClaimsPrincipal user) => RequiredRoles.Any(user.IsInRole);
}
