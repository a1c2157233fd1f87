using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Common.Security;

/// <summary>
/// Ownership checks a handler makes once it knows which resource a message touches. A denied
/// read surfaces as "not found", so a guessed id tells nothing about what exists.
/// </summary>
public interface IResourceAuthorizer
{
    bool HasPermission(Permission permission);

    /// <summary>Whether the user may read data that belongs to <paramref name="unitId"/>.</summary>
    bool CanReadUnit(Guid unitId);
}

public sealed class ResourceAuthorizer(ICurrentUser user) : IResourceAuthorizer
{
    public bool HasPermission(Permission permission) =>
        user.IsAuthenticated && RolePermissions.Grants(user.Roles, permission);

    public bool CanReadUnit(Guid unitId) =>
        HasPermission(Permission.ReadDirectory) || (user.IsAuthenticated && user.UnitId == unitId);
}
