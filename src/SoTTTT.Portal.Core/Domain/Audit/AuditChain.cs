namespace SoTTTT.Portal.Core.Domain.Audit;

/// <summary>Walks the log in order of ids and finds the first entry that breaks the chain.</summary>
public sealed class AuditChain
{
    private AuditLink? _previous;

    public long Checked { get; private set; }

    /// <summary>Checks the next entry; null while the chain holds.</summary>
    public AuditChainBreak? Check(AuditEntry entry)
    {
        var expectedId = (_previous?.Id ?? 0) + 1;
        var expectedPrevious = _previous?.Hash ?? AuditEntry.GenesisHash;
        AuditChainBreak? broken =
            entry.Id != expectedId ? new AuditChainBreak(entry.Id, AuditChainBreakKind.MissingPredecessor)
            : entry.PreviousHash != expectedPrevious ? new AuditChainBreak(entry.Id, AuditChainBreakKind.PredecessorMismatch)
            : entry.Hash != entry.ComputeHash() ? new AuditChainBreak(entry.Id, AuditChainBreakKind.HashMismatch)
            : null;
        Checked++;
        _previous = new AuditLink(entry.Id, entry.Hash);
        return broken;
    }
}

public sealed record AuditChainBreak(long EntryId, AuditChainBreakKind Kind);

public enum AuditChainBreakKind
{
    /// <summary>The entry's own fields no longer give its hash: it was edited.</summary>
    HashMismatch,
    /// <summary>The entry before it (by id) is gone.</summary>
    MissingPredecessor,
    /// <summary>The entry does not name the hash of the entry before it.</summary>
    PredecessorMismatch,
}
