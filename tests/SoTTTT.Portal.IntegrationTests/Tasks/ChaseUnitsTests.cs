using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Tasks;

/// <summary>Issue: a specialist chases the units of a task that have not reported, or has a chasing dispatch drafted.</summary>
public sealed class ChaseUnitsTests(RemindersPortal portal) : IClassFixture<RemindersPortal>
{
    private const string ChaseTitle = "Đề nghị báo cáo tiến độ nhiệm vụ";

    /// <summary>VNPT has reported; Viettel and the Cầu Kè centre have not.</summary>
    private async Task<IssuedTask> TaskWithOneReportAsync()
    {
        var monday = portal.StartAFreshWeek();
        var task = await portal.IssueTaskAsync(new TaskDeadline(DeadlineKind.FixedDate, monday.AddDays(30)), "VNPTTV", "VIETTELTV", "TTVHCK");
        await portal.ReportAsync(task.Assignments["VNPTTV"], DemoUsers.VnptReporter, portal.Clock.GetUtcNow().UtcDateTime);
        return task;
    }

    [Fact]
    public async Task Chasing_asks_only_the_units_that_have_not_reported()
    {
        var task = await TaskWithOneReportAsync();

        var chased = await portal.SendAsync(new ChaseUnreportedUnitsCommand(task.TaskId), DemoUsers.Specialist);

        Assert.Equal(2, chased);
        var viettel = Assert.Single(await portal.NotificationsAsync(DocumentDemoUsers.ViettelReporter, AssignmentLinks.Of(task.Assignments["VIETTELTV"])));
        Assert.Equal(ChaseTitle, viettel.Title);
        Assert.StartsWith($"Đề nghị báo cáo tiến độ nhiệm vụ “{RemindersPortal.TaskTitle}”", viettel.Message, StringComparison.Ordinal);
        Assert.Contains("4/STTTT-BCVTCNTT", viettel.Message, StringComparison.Ordinal);
        Assert.Single(await portal.NotificationsAsync(DocumentDemoUsers.CauKeCentreReporter, AssignmentLinks.Of(task.Assignments["TTVHCK"])));
        Assert.Empty(await portal.NotificationsAsync(DemoUsers.VnptReporter, AssignmentLinks.Of(task.Assignments["VNPTTV"])));
    }

    [Fact]
    public async Task A_recurring_report_is_owed_again_once_the_last_cut_off_has_passed()
    {
        var monday = portal.StartAFreshWeek();
        // Weekly on Fridays: the last cut-off before this Monday was three days ago.
        var task = await portal.IssueTaskAsync(new TaskDeadline(DeadlineKind.Weekly, CutOffDay: 5), "VNPTTV", "VIETTELTV");
        var lastFriday = monday.AddDays(-3);
        await portal.ReportAsync(task.Assignments["VNPTTV"], DemoUsers.VnptReporter, At(lastFriday.AddDays(-1)));
        await portal.ReportAsync(task.Assignments["VIETTELTV"], DocumentDemoUsers.ViettelReporter, At(lastFriday.AddDays(1)));

        var chased = await portal.SendAsync(new ChaseUnreportedUnitsCommand(task.TaskId), DemoUsers.Specialist);

        Assert.Equal(1, chased);
        Assert.Single(await portal.NotificationsAsync(DemoUsers.VnptReporter, AssignmentLinks.Of(task.Assignments["VNPTTV"])));
        Assert.Empty(await portal.NotificationsAsync(DocumentDemoUsers.ViettelReporter, AssignmentLinks.Of(task.Assignments["VIETTELTV"])));
    }

    [Fact]
    public async Task A_unit_reporter_cannot_chase_and_nothing_is_written()
    {
        var task = await TaskWithOneReportAsync();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ChaseUnreportedUnitsCommand(task.TaskId), DemoUsers.VnptReporter));

        Assert.Empty(await portal.NotificationsAsync(DocumentDemoUsers.ViettelReporter, AssignmentLinks.Of(task.Assignments["VIETTELTV"])));
    }

    [Fact]
    public async Task A_task_whose_directive_is_not_issued_cannot_be_chased()
    {
        portal.StartAFreshWeek();
        var taskId = await portal.PlanTaskAsync("VNPTTV");

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => portal.SendAsync(new ChaseUnreportedUnitsCommand(taskId), DemoUsers.Specialist));

        Assert.Equal("Văn bản giao nhiệm vụ chưa phát hành nên chưa có đơn vị nào để đôn đốc.", refused.Message);
    }

    [Fact]
    public async Task When_every_unit_has_reported_there_is_nobody_to_chase_and_no_dispatch_to_draft()
    {
        var monday = portal.StartAFreshWeek();
        var task = await portal.IssueTaskAsync(new TaskDeadline(DeadlineKind.FixedDate, monday.AddDays(30)), "VNPTTV", "VIETTELTV");
        await portal.ReportAsync(task.Assignments["VNPTTV"], DemoUsers.VnptReporter, portal.Clock.GetUtcNow().UtcDateTime, completes: true);
        await portal.ReportAsync(task.Assignments["VIETTELTV"], DocumentDemoUsers.ViettelReporter, portal.Clock.GetUtcNow().UtcDateTime);
        var drafts = await portal.OutgoingIdsInStatusAsync(OutgoingStatus.Draft);

        var chase = await Assert.ThrowsAsync<DomainRuleException>(() => portal.SendAsync(new ChaseUnreportedUnitsCommand(task.TaskId), DemoUsers.Specialist));
        var draft = await Assert.ThrowsAsync<DomainRuleException>(() => portal.SendAsync(new DraftChasingDispatchCommand(task.TaskId), DemoUsers.Specialist));

        Assert.Equal("Tất cả đơn vị đã báo cáo.", chase.Message);
        Assert.Equal("Tất cả đơn vị đã báo cáo.", draft.Message);
        Assert.Equal(drafts.Count, (await portal.OutgoingIdsInStatusAsync(OutgoingStatus.Draft)).Count);
    }

    [Fact]
    public async Task The_chasing_dispatch_is_a_draft_addressed_to_exactly_the_units_that_have_not_reported()
    {
        var task = await TaskWithOneReportAsync();
        var original = await portal.OutgoingAsync(await portal.AntiFraudDispatchIdAsync());

        var id = await portal.SendAsync(new DraftChasingDispatchCommand(task.TaskId), DemoUsers.Specialist);

        var draft = await portal.OutgoingAsync(id, DemoUsers.Specialist);
        Assert.Equal(OutgoingStatus.Draft, draft.Status);
        Assert.Equal(DocumentType.CongVan, draft.Type);
        Assert.Equal(
            new HashSet<Guid?> { await portal.UnitIdAsync("VIETTELTV"), await portal.UnitIdAsync("TTVHCK") },
            draft.Addressees.Select(a => a.UnitId).ToHashSet());
        Assert.All(draft.Addressees, a => Assert.False(string.IsNullOrWhiteSpace(a.Text)));
        Assert.StartsWith("V/v đôn đốc thực hiện", draft.Summary, StringComparison.Ordinal);
        Assert.Contains(RemindersPortal.TaskTitle, draft.Summary, StringComparison.Ordinal);
        var issuedOn = original.IssuedOn!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"theo Công văn số 4/STTTT-BCVTCNTT ngày {issuedOn}", draft.Summary, StringComparison.Ordinal);
        Assert.Contains("Công văn số 4/STTTT-BCVTCNTT", draft.Preamble!, StringComparison.Ordinal);
        var calendar = await portal.ExecuteDbContextAsync(db => WorkingCalendars.LoadAsync(db, TestContext.Current.CancellationToken));
        var reportBy = calendar.AddWorkingDays(portal.Today, 5).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"trước ngày {reportBy}", Assert.Single(draft.Sections).Body, StringComparison.Ordinal);
        Assert.Collection(draft.Distribution,
            line => Assert.Equal("Như trên", line.DistributionText),
            line => Assert.Equal("Lưu: VT, BCVTCNTT", line.DistributionText));
        Assert.Equal(original.DraftingUnitId, draft.DraftingUnitId);
        Assert.Equal((original.SignerName, original.Authority, original.HeadTitle, original.SignerTitle),
            (draft.SignerName, draft.Authority, draft.HeadTitle, draft.SignerTitle));
        Assert.Equal(original.Cited.Select(c => c.Id), draft.Cited.Select(c => c.Id));
        Assert.Empty(draft.FormatIssues);
        Assert.Contains(await portal.HistoryAsync(id), e => e.Action == DocumentAction.Drafted);
    }

    [Fact]
    public async Task Only_a_drafter_may_have_a_chasing_dispatch_drafted()
    {
        var task = await TaskWithOneReportAsync();
        var drafts = await portal.ExecuteDbContextAsync(db => db.OutgoingDocuments.CountAsync());

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new DraftChasingDispatchCommand(task.TaskId), DemoUsers.Leader));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new DraftChasingDispatchCommand(task.TaskId), DemoUsers.VnptReporter));

        Assert.Equal(drafts, await portal.ExecuteDbContextAsync(db => db.OutgoingDocuments.CountAsync()));
    }

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
}
