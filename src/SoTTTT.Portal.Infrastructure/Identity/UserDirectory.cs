using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.Infrastructure.Identity;

/// <summary>Reads the Identity users for the use cases (who is a leader, who works in a unit).</summary>
public sealed class UserDirectory(PortalDbContext db) : IUserDirectory
{
    public async Task<IReadOnlyList<PortalUserSummary>> InRoleAsync(string role, CancellationToken cancellationToken)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        if (roleId is null)
            return [];
        var userIds = db.UserRoles.Where(ur => ur.RoleId == roleId).Select(ur => ur.UserId);
        return await SummariesAsync(db.Users.Where(u => userIds.Contains(u.Id)), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> IdsInRoleAsync(string role, Guid? unitId, CancellationToken cancellationToken)
    {
        var holders = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)).Select(ur => ur.UserId);
        var users = db.Users.Where(u => holders.Contains(u.Id));
        if (unitId is { } id)
            users = users.Where(u => u.UnitId == id);
        return await users.Select(u => u.Id).ToListAsync(cancellationToken);
    }

    public Task<IReadOnlyList<PortalUserSummary>> InUnitsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken) =>
        SummariesAsync(db.Users.Where(u => u.UnitId != null && unitIds.Contains(u.UnitId.Value)), cancellationToken);

    public async Task<PortalUserSummary?> FindAsync(string userId, CancellationToken cancellationToken) =>
        (await SummariesAsync(db.Users.Where(u => u.Id == userId), cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
            return new Dictionary<string, string>(StringComparer.Ordinal);
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.FullName })
            .ToDictionaryAsync(u => u.Id, u => u.FullName, StringComparer.Ordinal, cancellationToken);
    }

    private async Task<IReadOnlyList<PortalUserSummary>> SummariesAsync(IQueryable<PortalUser> users, CancellationToken cancellationToken)
    {
        var rows = await users.AsNoTracking()
            .OrderBy(u => u.FullName)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.FullName,
                u.Position,
                u.UnitId,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(u => new PortalUserSummary(u.Id, u.UserName ?? "", u.FullName, u.Position, u.UnitId, u.Roles)).ToList();
    }
}
