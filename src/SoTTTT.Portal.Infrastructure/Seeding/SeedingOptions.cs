namespace SoTTTT.Portal.Infrastructure.Seeding;

/// <summary>Section "DemoData": the founding case, seeded only where enabled (Development).</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    public bool Enabled { get; set; }
    /// <summary>The one password of every demo account; kept in appsettings.Development.json only.</summary>
    public string Password { get; set; } = "";
    /// <summary>
    /// The Base32 authenticator key of the demo accounts that must sign in with two factors (Admin, Leader), so that
    /// demos and tests can compute their codes; kept in appsettings.Development.json only.
    /// </summary>
    public string? AuthenticatorKey { get; set; }
}

/// <summary>
/// Section "Administrator": the first administrator of an empty production database. The
/// password comes from the environment (Administrator__Password), never from a committed file.
/// </summary>
public sealed class AdministratorOptions
{
    public const string Section = "Administrator";

    public string UserName { get; set; } = "quantri";
    public string FullName { get; set; } = "Quản trị hệ thống";
    public string? Email { get; set; }
    public string? Password { get; set; }
}
