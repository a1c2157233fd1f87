namespace SoTTTT.Portal.Core.Domain.Identity;

/// <summary>What a message may require of its sender. Roles grant permissions (see <see cref="RolePermissions"/>).</summary>
public enum Permission
{
    /// <summary>Read the organisation directory (units and groups).</summary>
    ReadDirectory,
    /// <summary>Create, edit and deactivate units and groups.</summary>
    ManageDirectory,
}

public static class RolePermissions
{
    private static readonly Dictionary<string, Permission[]> Granted = new(StringComparer.Ordinal)
    {
        [PortalRoles.Admin] = [Permission.ReadDirectory, Permission.ManageDirectory],
        [PortalRoles.Leader] = [Permission.ReadDirectory],
        [PortalRoles.Clerk] = [Permission.ReadDirectory],
        [PortalRoles.Specialist] = [Permission.ReadDirectory],
        [PortalRoles.Inspector] = [Permission.ReadDirectory],
        // A unit reporter sees its own unit only; it reads nothing of the directory as a whole.
        [PortalRoles.UnitReporter] = [],
    };

    public static bool Grants(IEnumerable<string> roles, Permission permission) =>
        roles.Any(role => Granted.TryGetValue(role, out var permissions) && permissions.Contains(permission));
}
