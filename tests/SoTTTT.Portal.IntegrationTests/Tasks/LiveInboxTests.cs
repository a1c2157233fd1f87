using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Behaviours;
using SoTTTT.Portal.Core.Features.Audit;
using SoTTTT.Portal.Core.Features.Notifications;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Tasks;

/// <summary>The bell and the review queue of an open page hear of a new report the moment its transaction commits.</summary>
public sealed class LiveInboxTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task Specialists_open_pages_are_signalled_when_a_unit_submits_a_report()
    {
        var documentId = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, portal.Today().AddDays(30)));
        var vnpt = await portal.AssignmentOfAsync(documentId, "VNPTTV");
        var specialist = await portal.UserIdAsync(DemoUsers.Specialist);
        var signals = portal.Factory.Services.GetRequiredService<IInboxSignals>();
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = signals.Subscribe(specialist, () =>
        {
            heard.TrySetResult();
            return Task.CompletedTask;
        });

        await portal.SendAsync(new SubmitProgressReportCommand(vnpt.Id, portal.Today().AddDays(-3), portal.Today(), "Đã nhắn tin cảnh báo.", 50,
            [], null, false), DemoUsers.VnptReporter);

        await heard.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.True(heard.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Command_that_fails_after_writing_to_an_inbox_signals_nobody()
    {
        var specialist = await portal.UserIdAsync(DemoUsers.Specialist);
        var signals = portal.Factory.Services.GetRequiredService<IInboxSignals>();
        var calls = 0;
        using var subscription = signals.Subscribe(specialist, () =>
        {
            Interlocked.Increment(ref calls);
            return Task.CompletedTask;
        });

        // The handler has told the specialist's inbox, then fails: the transaction rolls back, and so must the signal.
        await portal.ExecuteScopeAsync(async services =>
        {
            var db = services.GetRequiredService<IPortalDbContext>();
            var pending = services.GetRequiredService<PendingInboxSignals>();
            var behaviour = new TransactionBehaviour<AcknowledgeAssignmentCommand, Mediator.Unit>(db, pending, services.GetRequiredService<AuditLog>(), services.GetRequiredService<AuditChangeSet>(), services.GetRequiredService<IWriteGate>());
            await Assert.ThrowsAsync<InvalidOperationException>(async () => await behaviour.Handle(new AcknowledgeAssignmentCommand(Guid.Empty),
                (_, _) =>
                {
                    pending.Add(specialist);
                    throw new InvalidOperationException("refused after notifying");
                },
                TestContext.Current.CancellationToken));
        });

        Assert.Equal(0, Volatile.Read(ref calls));
    }
}
