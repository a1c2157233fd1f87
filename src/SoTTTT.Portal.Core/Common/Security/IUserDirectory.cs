namespace SoTTTT.Portal.Core.Common.Security;

/// <summary>What use cases need to know of the portal's users (stored by Identity, outside Core).</summary>
public interface IUserDirectory
{
    Task<IReadOnlyList<PortalUserSummary>> InRoleAsync(string role, CancellationToken cancellationToken);

    Task<IReadOnlyList<PortalUserSummary>> InUnitsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken);

    Task<PortalUserSummary?> FindAsync(string userId, CancellationToken cancellationToken);
}

public sealed record PortalUserSummary(string Id, string UserName, string FullName, string? Position, Guid? UnitId, IReadOnlyList<string> Roles);
