using Microsoft.Extensions.DependencyInjection;
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
    public async Task Refused_command_signals_nobody()
    {
        var documentId = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, portal.Today().AddDays(30)));
        var vnpt = await portal.AssignmentOfAsync(documentId, "VNPTTV");
        var specialist = await portal.UserIdAsync(DemoUsers.Specialist);
        var signals = portal.Factory.Services.GetRequiredService<IInboxSignals>();
        var calls = 0;
        using var subscription = signals.Subscribe(specialist, () =>
        {
            Interlocked.Increment(ref calls);
            return Task.CompletedTask;
        });

        // The indicator belongs to no task: the handler refuses and the transaction rolls back.
        await Assert.ThrowsAnyAsync<Exception>(() => portal.SendAsync(new SubmitProgressReportCommand(vnpt.Id, portal.Today().AddDays(-3), portal.Today(),
            "Đã nhắn tin cảnh báo.", 50, [new Core.Domain.Tasks.IndicatorValueDraft(Guid.NewGuid(), 1)], null, false), DemoUsers.VnptReporter));
        // A later successful command of another user proves the pipeline ran and published only its own recipients.
        await portal.SendAsync(new AcknowledgeAssignmentCommand(vnpt.Id), DemoUsers.VnptReporter);

        Assert.Equal(0, Volatile.Read(ref calls));
    }
}
