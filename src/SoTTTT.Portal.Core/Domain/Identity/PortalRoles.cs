namespace SoTTTT.Portal.Core.Domain.Identity;

/// <summary>The six roles of DESIGN §1; the names are stored in Identity and never shown raw.</summary>
public static class PortalRoles
{
    public const string Admin = "Admin";
    public const string Leader = "Leader";
    public const string Clerk = "Clerk";
    public const string Specialist = "Specialist";
    public const string Inspector = "Inspector";
    public const string UnitReporter = "UnitReporter";

    public static IReadOnlyList<string> All { get; } = [Admin, Leader, Clerk, Specialist, Inspector, UnitReporter];

    /// <summary>The Vietnamese name of a role, a resource key for the UI.</summary>
    public static string DisplayName(string role) => role switch
    {
        Admin => "Quản trị hệ thống",
        Leader => "Lãnh đạo Sở",
        Clerk => "Văn thư",
        Specialist => "Chuyên viên",
        Inspector => "Thanh tra Sở",
        UnitReporter => "Cán bộ đơn vị",
        _ => role,
    };
}
