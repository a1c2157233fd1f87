namespace SoTTTT.Portal.Core.Features.Audit;

/// <summary>
/// What the saves of one DI scope changed, noted by the database layer before each save (when the
/// old values are still known), read by <see cref="AuditLog"/> when it writes the command's entry.
/// </summary>
public sealed class AuditChangeSet
{
    public const int MaxChanges = 50;

    private readonly List<AuditedChange> _changes = [];

    public IReadOnlyList<AuditedChange> Changes => _changes;

    public void Add(AuditedChange change)
    {
        if (_changes.Count < MaxChanges)
            _changes.Add(change);
    }

    public void Clear() => _changes.Clear();
}

/// <param name="State">Added, Modified or Deleted.</param>
/// <param name="Values">For a modified entity: property → "old → new".</param>
public sealed record AuditedChange(string EntityType, string? EntityId, string State, IReadOnlyDictionary<string, string> Values);
