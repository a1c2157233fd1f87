namespace SoTTTT.Portal.Core.Common.Security;

/// <summary>What use cases need to know of the portal's users (stored by Identity, outside Core).</summary>
public interface IUserDirectory
{
    Task<IReadOnlyList<PortalUserSummary>> InRoleAsync(string role, CancellationToken cancellationToken);

    /// <summary>The ids of a role's holders, of one unit when given (for notifying them without reading their profiles).</summary>
    Task<IReadOnlyList<string>> IdsInRoleAsync(string role, Guid? unitId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PortalUserSummary>> InUnitsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken);

    Task<PortalUserSummary?> FindAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The full names of these users, by id, read at once (a page that names many people reads them in one query).</summary>
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken);
}

public sealed record PortalUserSummary(string Id, string UserName, string FullName, string? Position, Guid? UnitId, IReadOnlyList<string> Roles);
