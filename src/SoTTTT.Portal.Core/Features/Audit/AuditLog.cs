using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Audit;

namespace SoTTTT.Portal.Core.Features.Audit;

/// <summary>
/// Appends entries to the chained audit log. Runs inside the caller's transaction: the entry is
/// written with what it records, or not at all.
/// </summary>
public sealed class AuditLog(IPortalDbContext db, ICurrentUser user, IClientInfo client, TimeProvider clock, AuditChangeSet changes)
{
    /// <summary>The entry of a command that succeeded: its user, input, result and changes.</summary>
    public async Task RecordCommandAsync(object command, object? result, CancellationToken cancellationToken)
    {
        var (entityType, entityId) = Subject(result, changes.Changes);
        var summary = AuditSummary.Of(command, result, changes.Changes);
        await AppendAsync(new AuditRecord(
            clock.UtcNow(), user.UserId, user.IsAuthenticated ? user.UserName ?? "" : "",
            user.UnitId, command.GetType().Name, entityType, entityId, summary, client.Address), cancellationToken);
        changes.Clear();
    }

    /// <summary>
    /// Chains <paramref name="record"/> after the last entry. Two writers that read the same last
    /// entry collide on the unique id and predecessor: the loser reads the new last entry and tries
    /// once more. (SQLite's writers never collide: a write transaction there is exclusive.)
    /// </summary>
    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.AuditEntries.AsNoTracking()
                .OrderByDescending(e => e.Id)
                .Select(e => new AuditLink(e.Id, e.Hash))
                .FirstOrDefaultAsync(cancellationToken);
            var entry = AuditEntry.After(last, record);
            db.AuditEntries.Add(entry);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                db.AuditEntries.Entry(entry).State = EntityState.Detached;
            }
        }
    }

    /// <summary>What the command was about: the entity its result names, else the first it added or changed.</summary>
    private static (string? Type, string? Id) Subject(object? result, IReadOnlyList<AuditedChange> changes)
    {
        var resultId = result switch
        {
            Guid id => id.ToString(),
            _ => result?.GetType().GetProperty("Id")?.GetValue(result) is Guid id ? id.ToString() : null,
        };
        var subject = changes.FirstOrDefault(c => resultId is not null && c.EntityId == resultId)
            ?? changes.FirstOrDefault(c => c.State == "Added")
            ?? (changes.Count > 0 ? changes[0] : null);
        return subject is null ? (null, resultId) : (subject.EntityType, subject.EntityId);
    }
}
