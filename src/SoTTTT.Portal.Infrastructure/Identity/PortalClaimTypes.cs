namespace SoTTTT.Portal.Infrastructure.Identity;

/// <summary>Claims added at sign-in so the shell shows who is signed in without a query per page.</summary>
public static class PortalClaimTypes
{
    public const string FullName = "portal:full_name";
    public const string Position = "portal:position";
    public const string UnitId = "portal:unit_id";
    public const string UnitName = "portal:unit_name";
    /// <summary>Present while the user signs in with a temporary password: they may only choose a new one.</summary>
    public const string MustChangePassword = "portal:must_change_password";
    /// <summary>Present ("true") when the user has an authenticator app set up; refreshed when they set it up or reset it.</summary>
    public const string TwoFactorEnabled = "portal:two_factor";
}
