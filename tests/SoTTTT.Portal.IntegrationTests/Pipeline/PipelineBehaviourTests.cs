using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SoTTTT.Portal.Core.Features.Audit;
using SoTTTT.Portal.Core.Features.Notifications;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Behaviours;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.CreateOrgUnitCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Pipeline;

/// <summary>DESIGN §6: logging, authorization, validation, transaction — outermost first — around every use case.</summary>
public sealed class PipelineBehaviourTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string LoggingCategory = "SoTTTT.Portal.Core.Common.Behaviours.LoggingBehaviour";

    private IEnumerable<LogEntry> BehaviourLog => portal.Factory.Logs.Entries.Where(e => e.Category.StartsWith(LoggingCategory, StringComparison.Ordinal));

    private Task<Type[]> PipelineOfAsync<TMessage, TResponse>()
        where TMessage : IMessage =>
        portal.ExecuteScopeAsync(services => Task.FromResult(services.GetServices<IPipelineBehavior<TMessage, TResponse>>()
            .Select(b => b.GetType().GetGenericTypeDefinition()).ToArray()));

    [Fact]
    public async Task Commands_run_through_every_behaviour_in_order()
    {
        var pipeline = await PipelineOfAsync<CreateOrgUnitCommand, Guid>();

        Assert.Equal([typeof(LoggingBehaviour<,>), typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(TransactionBehaviour<,>)], pipeline);
    }

    [Fact]
    public async Task Queries_run_without_a_transaction()
    {
        var pipeline = await PipelineOfAsync<ListOrgUnitsQuery, PagedResult<OrgUnitListItem>>();

        Assert.Equal([typeof(LoggingBehaviour<,>), typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>)], pipeline);
    }

    [Fact]
    public async Task Logging_names_the_message_and_its_sender()
    {
        await portal.SendAsync(new GetDirectorySummaryQuery(), asUser: DemoUsers.Leader);

        Assert.Contains(BehaviourLog, e => e.Level == LogLevel.Information
            && e.Message.StartsWith("GetDirectorySummaryQuery by lanhdao handled in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logging_is_outermost_so_a_refused_message_is_logged_with_its_error()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(ANewUnit().Build(), asUser: DemoUsers.VnptReporter));

        Assert.Contains(BehaviourLog, e => e.Level == LogLevel.Warning
            && e.Message.StartsWith("CreateOrgUnitCommand by vnpt failed with ForbiddenAccessException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Authorization_runs_before_validation_so_a_refused_sender_learns_nothing_about_the_data()
    {
        // Invalid and duplicate: validation would answer with field errors, but the sender may not ask.
        var invalid = ANewUnit().WithCode("VNPTTV").Named("").Build();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(invalid, asUser: DemoUsers.Leader));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(invalid, asUser: DemoUsers.Anonymous));
    }

    [Fact]
    public async Task Validation_runs_before_the_handler_so_invalid_input_saves_nothing()
    {
        var before = await portal.CountUnitsAsync();

        await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(ANewUnit().WithCode("MA CO DAU CACH").Build(), asUser: DemoUsers.Administrator));

        Assert.Equal(before, await portal.CountUnitsAsync());
    }

    [Fact]
    public async Task Transaction_rolls_back_what_the_handler_saved_when_it_then_fails()
    {
        var command = ANewUnit().WithCode("ROLLBACK1").Build();

        await portal.ExecuteScopeAsync(async services =>
        {
            var db = services.GetRequiredService<IPortalDbContext>();
            var behaviour = new TransactionBehaviour<CreateOrgUnitCommand, Guid>(db, services.GetRequiredService<PendingInboxSignals>(),
                services.GetRequiredService<AuditLog>(), services.GetRequiredService<AuditChangeSet>(), services.GetRequiredService<IWriteGate>());

            await Assert.ThrowsAsync<InvalidOperationException>(async () => await behaviour.Handle(command, async (message, ct) =>
            {
                db.OrgUnits.Add(OrgUnit.Create(message.ToDetails()));
                await db.SaveChangesAsync(ct);
                throw new InvalidOperationException("The handler failed after saving.");
            }, TestContext.Current.CancellationToken));
        });

        Assert.False(await portal.ExecuteDbContextAsync(db => db.OrgUnits.AnyAsync(u => u.Code == "ROLLBACK1")));
    }

    [Fact]
    public async Task Transaction_commits_what_a_successful_handler_saved()
    {
        var command = ANewUnit().WithCode("COMMIT1").Build();

        var id = await portal.ExecuteScopeAsync(async services =>
        {
            var db = services.GetRequiredService<IPortalDbContext>();
            var behaviour = new TransactionBehaviour<CreateOrgUnitCommand, Guid>(db, services.GetRequiredService<PendingInboxSignals>(),
                services.GetRequiredService<AuditLog>(), services.GetRequiredService<AuditChangeSet>(), services.GetRequiredService<IWriteGate>());
            return await behaviour.Handle(command, async (message, ct) =>
            {
                var unit = OrgUnit.Create(message.ToDetails());
                db.OrgUnits.Add(unit);
                await db.SaveChangesAsync(ct);
                return unit.Id;
            }, TestContext.Current.CancellationToken);
        });

        Assert.Equal("COMMIT1", (await portal.FindUnitAsync(id))?.Code);
    }

    [Fact]
    public async Task Transaction_turns_a_lost_concurrency_race_into_a_conflict_the_user_can_read()
    {
        await portal.ExecuteScopeAsync(async services =>
        {
            var db = services.GetRequiredService<IPortalDbContext>();
            var behaviour = new TransactionBehaviour<CreateOrgUnitCommand, Guid>(db, services.GetRequiredService<PendingInboxSignals>(),
                services.GetRequiredService<AuditLog>(), services.GetRequiredService<AuditChangeSet>(), services.GetRequiredService<IWriteGate>());

            var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await behaviour.Handle(ANewUnit().Build(),
                (_, _) => throw new DbUpdateConcurrencyException("Lost the race."), TestContext.Current.CancellationToken));

            Assert.Contains("đã được người khác thay đổi", conflict.Message, StringComparison.Ordinal);
        });
    }
}
