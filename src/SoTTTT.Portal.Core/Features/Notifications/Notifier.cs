using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Notifications;

namespace SoTTTT.Portal.Core.Features.Notifications;

/// <summary>Puts a message in the inboxes of the people who must act or know, within the command's transaction.</summary>
public sealed class Notifier(IPortalDbContext db, IUserDirectory users, ICurrentUser currentUser, TimeProvider clock, PendingInboxSignals signals)
{
    public async Task ToRoleAsync(string role, string title, string message, string link, CancellationToken cancellationToken) =>
        Add(await users.IdsInRoleAsync(role, null, cancellationToken), title, message, link);

    public async Task ToUnitsAsync(IReadOnlyCollection<Guid> unitIds, string title, string message, string link, CancellationToken cancellationToken) =>
        Add((await users.InUnitsAsync(unitIds, cancellationToken)).Select(u => u.Id), title, message, link);

    /// <summary>The holders of a role in one unit (the drafting division's specialists), or in every unit when that unit has none.</summary>
    public async Task ToRoleInUnitAsync(string role, Guid unitId, string title, string message, string link, CancellationToken cancellationToken)
    {
        var inUnit = await users.IdsInRoleAsync(role, unitId, cancellationToken);
        Add(inUnit.Count > 0 ? inUnit : await users.IdsInRoleAsync(role, null, cancellationToken), title, message, link);
    }

    public void ToUser(string userId, string title, string message, string link) => Add([userId], title, message, link);

    private void Add(IEnumerable<string> userIds, string title, string message, string link)
    {
        var now = clock.UtcNow();
        // Nobody is told about what they did themselves, nor twice of one thing by one command (the drafter of a directive
        // is often also one of its division's specialists).
        var told = db.Notifications.Local.Where(n => n.Title == title && n.Link == link).Select(n => n.UserId).ToHashSet(StringComparer.Ordinal);
        foreach (var userId in userIds.Distinct().Where(id => id != currentUser.UserId && told.Add(id)))
        {
            db.Notifications.Add(new Notification(userId, title, message, link, now));
            signals.Add(userId);
        }
    }
}
