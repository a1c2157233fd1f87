using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Audit;
using SoTTTT.Portal.Core.Features.Audit;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.CreateOrgUnitCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Audit;

/// <summary>Every command that succeeds leaves one chained entry in the audit log; a refused one leaves none.</summary>
public sealed class AuditLogTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task Command_writes_exactly_one_entry_with_its_user_unit_action_entity_and_client_address()
    {
        var before = await portal.CountAuditEntriesAsync();
        var command = ANewUnit().Named("Trung tâm Chuyển đổi số tỉnh Trà Vinh", "TT CĐS").Build();

        var id = await portal.SendAsync(command, asUser: DemoUsers.Administrator);

        Assert.Equal(before + 1, await portal.CountAuditEntriesAsync());
        var entry = await portal.LastAuditEntryAsync();
        var administratorId = await portal.UserIdAsync(DemoUsers.Administrator);
        var administrator = await portal.ExecuteScopeAsync(services =>
            services.GetRequiredService<IUserDirectory>().FindAsync(administratorId, CancellationToken.None));
        Assert.Equal(administratorId, entry.UserId);
        Assert.Equal(DemoUsers.Administrator, entry.UserName);
        Assert.Equal(administrator!.UnitId, entry.UnitId);
        Assert.Equal(nameof(CreateOrgUnitCommand), entry.Action);
        Assert.Equal("OrgUnit", entry.EntityType);
        Assert.Equal(id.ToString(), entry.EntityId);
        Assert.Equal(SliceFixture.ClientAddress, entry.ClientAddress);
        using var summary = JsonDocument.Parse(entry.Summary);
        Assert.Equal(command.Code, summary.RootElement.GetProperty("input").GetProperty("Code").GetString());
        Assert.Equal(id.ToString(), summary.RootElement.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Entry_of_an_edit_names_each_changed_property_with_its_old_and_new_value()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit().Named("Trung tâm cũ", "TT cũ"));

        await portal.SendAsync(new UpdateOrgUnitCommand(unit.Id, unit.Version, unit.Code, "Trung tâm mới", "TT mới", unit.Kind, unit.IsInternal, unit.ParentId, unit.Address, unit.Phone, unit.Email, unit.ActiveFrom),
            asUser: DemoUsers.Administrator);

        var entry = await portal.LastAuditEntryAsync();
        Assert.Equal(nameof(UpdateOrgUnitCommand), entry.Action);
        using var summary = JsonDocument.Parse(entry.Summary);
        var change = Assert.Single(summary.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal("Modified", change.GetProperty("state").GetString());
        Assert.Equal("Trung tâm cũ → Trung tâm mới", change.GetProperty("values").GetProperty("FullName").GetString());
        Assert.False(change.GetProperty("values").TryGetProperty("Version", out _));
    }

    [Fact]
    public async Task Refused_commands_write_nothing_to_the_log()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit());
        await portal.SendAsync(new DeactivateOrgUnitCommand(unit.Id, unit.Version, new DateOnly(2025, 3, 1), null), asUser: DemoUsers.Administrator);
        var deactivated = await portal.SendAsync(new GetOrgUnitQuery(unit.Id), asUser: DemoUsers.Administrator);
        var before = await portal.CountAuditEntriesAsync();

        await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(ANewUnit().WithCode("").Build(), asUser: DemoUsers.Administrator));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(ANewUnit().Build(), asUser: DemoUsers.Clerk));
        await Assert.ThrowsAsync<DomainRuleException>(() =>
            portal.SendAsync(new DeactivateOrgUnitCommand(unit.Id, deactivated.Version, new DateOnly(2025, 4, 1), null), asUser: DemoUsers.Administrator));

        Assert.Equal(before, await portal.CountAuditEntriesAsync());
    }

    [Fact]
    public async Task Chain_of_a_busy_log_verifies()
    {
        await portal.CreateUnitAsync(ANewUnit());
        await portal.CreateUnitAsync(ANewUnit());

        var verification = await portal.SendAsync(new VerifyAuditChainQuery(), asUser: DemoUsers.Inspector);

        Assert.True(verification.IsIntact, $"Broken at {verification.FirstBreak}");
        Assert.Equal(await portal.CountAuditEntriesAsync(), verification.Checked);
    }

    [Fact]
    public async Task Commands_sent_at_once_do_not_fork_the_chain()
    {
        var before = await portal.CountAuditEntriesAsync();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => portal.SendAsync(ANewUnit().Build(), asUser: DemoUsers.Administrator)));

        Assert.Equal(before + 8, await portal.CountAuditEntriesAsync());
        var verification = await portal.SendAsync(new VerifyAuditChainQuery(), asUser: DemoUsers.Administrator);
        Assert.True(verification.IsIntact, $"Broken at {verification.FirstBreak}");
    }

    [Fact]
    public async Task DbContext_refuses_to_change_or_delete_an_entry()
    {
        await portal.CreateUnitAsync(ANewUnit());

        await portal.ExecuteDbContextAsync(async db =>
        {
            var entry = await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync();
            db.Entry(entry).Property(e => e.Summary).CurrentValue = "{}";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        });
        await portal.ExecuteDbContextAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        });
    }

    [Fact]
    public async Task Log_is_listed_newest_first_filtered_by_user_and_action()
    {
        var id = await portal.SendAsync(ANewUnit().Build(), asUser: DemoUsers.Administrator);

        var page = await portal.SendAsync(new ListAuditEntriesQuery(UserName: DemoUsers.Administrator, Action: nameof(CreateOrgUnitCommand)), asUser: DemoUsers.Inspector);

        Assert.Equal(id.ToString(), page.Items[0].EntityId);
        Assert.All(page.Items, row => Assert.Equal(nameof(CreateOrgUnitCommand), row.Action));
        Assert.Equal(page.Items.OrderByDescending(r => r.Id).Select(r => r.Id), page.Items.Select(r => r.Id));
        var details = await portal.SendAsync(new GetAuditEntryQuery(page.Items[0].Id), asUser: DemoUsers.Administrator);
        Assert.Equal(64, details.Hash.Length);
    }

    [Fact]
    public async Task Log_is_closed_to_roles_other_than_administrator_and_inspector()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ListAuditEntriesQuery(), asUser: DemoUsers.Leader));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new VerifyAuditChainQuery(), asUser: DemoUsers.Clerk));
    }
}

/// <summary>An entry edited behind the portal's back is found, at that entry.</summary>
public sealed class AuditLogEditedEntryTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task Summary_edited_in_SQL_breaks_the_chain_at_that_entry()
    {
        await portal.CreateUnitAsync(ANewUnit());
        var edited = await portal.LastAuditEntryAsync();
        await portal.CreateUnitAsync(ANewUnit());

        await portal.ExecuteDbContextAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Summary = {0} WHERE Id = {1}", "{\"input\":{}}", edited.Id));

        var verification = await portal.SendAsync(new VerifyAuditChainQuery(), asUser: DemoUsers.Inspector);
        Assert.Equal(new AuditChainBreak(edited.Id, AuditChainBreakKind.HashMismatch), verification.FirstBreak);
    }
}

/// <summary>An entry removed behind the portal's back is found, at the entry after it.</summary>
public sealed class AuditLogDeletedEntryTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task Deleting_a_middle_entry_in_SQL_breaks_the_chain_after_it()
    {
        await portal.CreateUnitAsync(ANewUnit());
        var removed = await portal.LastAuditEntryAsync();
        await portal.CreateUnitAsync(ANewUnit());

        await portal.ExecuteDbContextAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries WHERE Id = {0}", removed.Id));

        var verification = await portal.SendAsync(new VerifyAuditChainQuery(), asUser: DemoUsers.Administrator);
        Assert.Equal(new AuditChainBreak(removed.Id + 1, AuditChainBreakKind.MissingPredecessor), verification.FirstBreak);
    }
}

internal static class AuditFixtureExtensions
{
    public static Task<int> CountAuditEntriesAsync(this SliceFixture fixture) =>
        fixture.ExecuteDbContextAsync(db => db.AuditEntries.CountAsync());

    public static Task<AuditEntry> LastAuditEntryAsync(this SliceFixture fixture) =>
        fixture.ExecuteDbContextAsync(db => db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).FirstAsync());
}
