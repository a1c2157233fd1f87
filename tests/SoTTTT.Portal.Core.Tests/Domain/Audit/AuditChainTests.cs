using SoTTTT.Portal.Core.Domain.Audit;

namespace SoTTTT.Portal.Core.Tests.Domain.Audit;

public sealed class AuditChainTests
{
    private static AuditRecord Record(string action) =>
        new(new DateTime(2026, 4, 20, 2, 0, 0, DateTimeKind.Utc), "u-1", "vanthu", null, action, null, null, "{}", "203.0.113.7");

    [Fact]
    public void First_entry_follows_the_genesis_hash_and_each_next_one_names_its_predecessors_hash()
    {
        var first = AuditEntry.After(null, Record("A"));
        var second = AuditEntry.After(new AuditLink(first.Id, first.Hash), Record("B"));

        Assert.Equal((1L, AuditEntry.GenesisHash), (first.Id, first.PreviousHash));
        Assert.Equal((2L, first.Hash), (second.Id, second.PreviousHash));
        Assert.Matches("^[0-9a-f]{64}$", second.Hash);
    }

    [Fact]
    public void Same_fields_give_the_same_hash_and_any_changed_field_another()
    {
        Assert.Equal(AuditEntry.After(null, Record("A")).Hash, AuditEntry.After(null, Record("A")).Hash);
        Assert.NotEqual(AuditEntry.After(null, Record("A")).Hash, AuditEntry.After(null, Record("A") with { ClientAddress = "198.51.100.1" }).Hash);
        Assert.NotEqual(AuditEntry.After(null, Record("A")).Hash, AuditEntry.After(null, Record("A") with { UserId = null }).Hash);
    }

    [Fact]
    public void Chain_reports_an_entry_whose_predecessor_is_missing()
    {
        var first = AuditEntry.After(null, Record("A"));
        var second = AuditEntry.After(new AuditLink(first.Id, first.Hash), Record("B"));
        var third = AuditEntry.After(new AuditLink(second.Id, second.Hash), Record("C"));
        var chain = new AuditChain();

        Assert.Null(chain.Check(first));
        Assert.Equal(new AuditChainBreak(3, AuditChainBreakKind.MissingPredecessor), chain.Check(third));
    }

    [Fact]
    public void Chain_reports_an_entry_that_does_not_name_the_hash_of_the_one_before()
    {
        var first = AuditEntry.After(null, Record("A"));
        var forked = AuditEntry.After(new AuditLink(first.Id, AuditEntry.GenesisHash), Record("B"));
        var chain = new AuditChain();

        Assert.Null(chain.Check(first));
        Assert.Equal(new AuditChainBreak(2, AuditChainBreakKind.PredecessorMismatch), chain.Check(forked));
    }
}
