using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Tasks;

/// <summary>
/// DESIGN §4: issuing a directive creates its assignments; the unit acknowledges and reports; the
/// specialist asks for more or accepts; an accepted report that claims completion completes the
/// assignment on time; a leader decides extensions.
/// </summary>
public sealed class AssignmentFlowTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string Viettel = "viettel";

    private DateOnly Today => portal.Today();

    private Task<Guid> IssueSmsTaskAsync(int dueInDays = 30) =>
        portal.IssueWithTaskAsync(documentId => portal.SmsTaskAsync(documentId, Today.AddDays(dueInDays)));

    private async Task<SubmitProgressReportCommand> AReportAsync(Assignment assignment, decimal sent = 412_350m, bool claimsCompletion = false) =>
        new(assignment.Id, Today.AddDays(-7), Today, "Đã nhắn tin cảnh báo đến toàn bộ thuê bao trả trước và trả sau trên địa bàn tỉnh.",
            claimsCompletion ? 100 : 60, [new IndicatorValueDraft(await portal.IndicatorIdAsync(assignment.TaskId, TaskFixtureExtensions.SmsIndicator), sent)],
            "215/BC-VNPTTV", claimsCompletion);

    [Fact]
    public async Task Issuing_fans_the_group_out_to_one_assignment_per_member_unit_with_the_tasks_due_date()
    {
        var documentId = await IssueSmsTaskAsync(dueInDays: 20);

        var assigned = await portal.ExecuteDbContextAsync(db =>
            db.Assignments.Where(a => a.DocumentId == documentId)
                .Join(db.OrgUnits, a => a.UnitId, u => u.Id, (a, u) => new { u.Code, a.Role, a.DueDate, a.OriginalDueDate })
                .ToListAsync());

        Assert.Equal(["MOBIFONETV", "VIETTELTV", "VNMOBILETV", "VNPTTV"], assigned.Select(a => a.Code).Order());
        Assert.All(assigned, a =>
        {
            Assert.Equal(AssignmentRole.Lead, a.Role);
            Assert.Equal(Today.AddDays(20), a.DueDate);
            Assert.Equal(a.DueDate, a.OriginalDueDate);
        });
        // The units given the task receive the document, and are told.
        var visible = await portal.SendAsync(new Core.Features.Documents.GetOutgoingDocumentQuery(documentId), DemoUsers.VnptReporter);
        Assert.Equal(documentId, visible.Id);
    }

    [Fact]
    public async Task Later_changes_of_the_group_do_not_alter_issued_assignments()
    {
        var documentId = await IssueSmsTaskAsync();
        var groupId = await portal.GroupIdAsync("DNVT");
        var police = await portal.UnitIdAsync("PC02");
        await portal.ExecuteDbContextAsync(async db =>
        {
            db.UnitGroupMembers.Add(new UnitGroupMember(groupId, police, 99));
            await db.SaveChangesAsync();
        });
        try
        {
            var units = await portal.ExecuteDbContextAsync(db => db.Assignments.Where(a => a.DocumentId == documentId).Select(a => a.UnitId).ToListAsync());

            Assert.Equal(4, units.Count);
            Assert.DoesNotContain(police, units);
        }
        finally
        {
            await portal.ExecuteDbContextAsync(db => db.UnitGroupMembers.Where(m => m.GroupId == groupId && m.UnitId == police).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task Report_returned_for_more_then_resubmitted_and_accepted_completes_the_assignment_on_time()
    {
        var documentId = await IssueSmsTaskAsync();
        var assignment = await portal.AssignmentOfAsync(documentId, "VNPTTV");

        await portal.SendAsync(new AcknowledgeAssignmentCommand(assignment.Id), DemoUsers.VnptReporter);
        var first = await portal.SendAsync(await AReportAsync(assignment), DemoUsers.VnptReporter);
        var queue = await portal.SendAsync(new ListReportsAwaitingReviewQuery(PageSize: 200), DemoUsers.Specialist);
        Assert.Contains(queue.Items, i => i.ReportId == first && i.UnitName == "VNPT Trà Vinh");

        await portal.SendAsync(new RequestMoreInformationCommand(first, "Bổ sung danh sách đầu số đã nhắn tin và ảnh chụp nội dung tin nhắn."), DemoUsers.Specialist);
        var returned = await portal.SendAsync(new GetAssignmentQuery(assignment.Id), DemoUsers.VnptReporter);
        Assert.Equal(ReportStatus.MoreRequested, Assert.Single(returned.Reports).Status);
        Assert.Contains("ảnh chụp", Assert.Single(returned.Reports).ReviewNote, StringComparison.Ordinal);
        Assert.Contains(await portal.NotificationsAsync(DemoUsers.VnptReporter, AssignmentLinks.Of(assignment.Id)), n => n.Title == "Báo cáo cần bổ sung");

        var second = await portal.SendAsync(await AReportAsync(assignment, claimsCompletion: true), DemoUsers.VnptReporter);
        await portal.SendAsync(new AcceptProgressReportCommand(second), DemoUsers.Specialist);

        var done = await portal.SendAsync(new GetAssignmentQuery(assignment.Id), DemoUsers.VnptReporter);
        Assert.Equal(ComplianceStatus.CompletedOnTime, done.Row.Standing.Status);
        Assert.Equal(Today, done.Row.CompletedOn);
        Assert.Equal(100, done.Row.PercentDone);
        Assert.Equal([2, 1], done.Reports.Select(r => r.Sequence));
        Assert.Equal(412_350m, done.Reports[0].Values.Single().Value);
        Assert.NotNull(done.AcknowledgedBy);
        Assert.False(done.CanReport);
    }

    [Fact]
    public async Task Accepted_report_that_does_not_claim_completion_leaves_the_assignment_open()
    {
        var documentId = await IssueSmsTaskAsync();
        var assignment = await portal.AssignmentOfAsync(documentId, "VIETTELTV");

        var report = await portal.SendAsync(await AReportAsync(assignment), Viettel);
        await portal.SendAsync(new AcceptProgressReportCommand(report, "Đề nghị tiếp tục nhắn tin định kỳ."), DemoUsers.Specialist);

        var view = await portal.SendAsync(new GetAssignmentQuery(assignment.Id), Viettel);
        Assert.Equal(ComplianceStatus.OpenOnTime, view.Row.Standing.Status);
        Assert.Null(view.Row.CompletedOn);
        Assert.Equal(ReportStatus.Accepted, view.Reports.Single().Status);
    }

    [Fact]
    public async Task Viettel_reporter_acting_on_VNPTs_assignment_is_refused_and_nothing_is_written()
    {
        var documentId = await IssueSmsTaskAsync();
        var vnpt = await portal.AssignmentOfAsync(documentId, "VNPTTV");
        var reports = await portal.CountAsync<ProgressReport>();
        var extensions = await portal.CountAsync<ExtensionRequest>();

        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new AcknowledgeAssignmentCommand(vnpt.Id), Viettel));
        await Assert.ThrowsAsync<NotFoundException>(async () => await portal.SendAsync(await AReportAsync(vnpt), Viettel));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            portal.SendAsync(new RequestExtensionCommand(vnpt.Id, Today.AddDays(60), "Cần thêm thời gian."), Viettel));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetAssignmentQuery(vnpt.Id), Viettel));

        var after = await portal.AssignmentOfAsync(documentId, "VNPTTV");
        Assert.Null(after.AcknowledgedAtUtc);
        Assert.Equal(reports, await portal.CountAsync<ProgressReport>());
        Assert.Equal(extensions, await portal.CountAsync<ExtensionRequest>());
        var list = await portal.SendAsync(new ListMyAssignmentsQuery(IncludeCompleted: true, PageSize: 200), Viettel);
        Assert.DoesNotContain(list.Items, r => r.Id == vnpt.Id);
    }

    [Theory]
    [InlineData(DemoUsers.Specialist)]
    [InlineData(DemoUsers.Leader)]
    [InlineData(DemoUsers.Inspector)]
    public async Task Department_staff_cannot_report_on_a_units_behalf(string userName)
    {
        var documentId = await IssueSmsTaskAsync();
        var vnpt = await portal.AssignmentOfAsync(documentId, "VNPTTV");

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await portal.SendAsync(await AReportAsync(vnpt), userName));
    }

    [Fact]
    public async Task Reporter_cannot_review_reports_or_decide_extensions()
    {
        var documentId = await IssueSmsTaskAsync();
        var vnpt = await portal.AssignmentOfAsync(documentId, "VNPTTV");
        var report = await portal.SendAsync(await AReportAsync(vnpt), DemoUsers.VnptReporter);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new AcceptProgressReportCommand(report), DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new AcceptProgressReportCommand(report), DemoUsers.Inspector));
        Assert.Equal(ReportStatus.AwaitingReview, await portal.ExecuteDbContextAsync(db => db.ProgressReports.Where(r => r.Id == report).Select(r => r.Status).SingleAsync()));
    }

    public static TheoryData<string, Func<SubmitProgressReportCommand, DateOnly, SubmitProgressReportCommand>> BadReports => new()
    {
        { "Values[0].Value", (c, _) => c with { Values = [c.Values[0] with { Value = -1 }] } },
        { "PercentDone", (c, _) => c with { PercentDone = 101 } },
        { "PeriodTo", (c, today) => c with { PeriodTo = today.AddDays(1) } },
        { "Narrative", (c, _) => c with { Narrative = " " } },
        { "PeriodFrom", (c, _) => c with { PeriodFrom = null } },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public async Task Bad_report_gets_a_field_error_and_writes_nothing(string field, Func<SubmitProgressReportCommand, DateOnly, SubmitProgressReportCommand> spoil)
    {
        var documentId = await IssueSmsTaskAsync();
        var vnpt = await portal.AssignmentOfAsync(documentId, "VNPTTV");
        var reports = await portal.CountAsync<ProgressReport>();

        var refused = await Assert.ThrowsAsync<InputValidationException>(async () =>
            await portal.SendAsync(spoil(await AReportAsync(vnpt), Today), DemoUsers.VnptReporter));

        Assert.Contains(field, refused.Errors.Keys);
        Assert.Equal(reports, await portal.CountAsync<ProgressReport>());
        Assert.Equal(0, (await portal.AssignmentOfAsync(documentId, "VNPTTV")).ReportCount);
    }

    [Fact]
    public async Task Value_for_an_indicator_of_another_task_is_refused()
    {
        var documentId = await IssueSmsTaskAsync();
        var vnpt = await portal.AssignmentOfAsync(documentId, "VNPTTV");

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () =>
            await portal.SendAsync(await AReportAsync(vnpt) with { Values = [new IndicatorValueDraft(Guid.NewGuid(), 5)] }, DemoUsers.VnptReporter));

        Assert.Equal("Values", refused.Field);
    }

    [Fact]
    public async Task Asking_for_more_without_a_reason_is_refused()
    {
        var documentId = await IssueSmsTaskAsync();
        var vnpt = await portal.AssignmentOfAsync(documentId, "VNPTTV");
        var report = await portal.SendAsync(await AReportAsync(vnpt), DemoUsers.VnptReporter);

        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new RequestMoreInformationCommand(report, "  "), DemoUsers.Specialist));

        Assert.Contains("Reason", refused.Errors.Keys);
    }

    [Fact]
    public async Task Approved_extension_moves_the_due_date_and_keeps_the_original()
    {
        var documentId = await IssueSmsTaskAsync(dueInDays: 5);
        var vnpt = await portal.AssignmentOfAsync(documentId, "VNPTTV");

        var requestId = await portal.SendAsync(new RequestExtensionCommand(vnpt.Id, Today.AddDays(40), "Chờ tổng đài xác nhận số liệu nhắn tin."), DemoUsers.VnptReporter);
        var pending = await portal.SendAsync(new ListExtensionRequestsQuery(PageSize: 200), DemoUsers.Leader);
        Assert.Contains(pending.Items, e => e.RequestId == requestId && e.RequestedDueDate == Today.AddDays(40));
        await Assert.ThrowsAsync<DomainRuleException>(() =>
            portal.SendAsync(new RequestExtensionCommand(vnpt.Id, Today.AddDays(50), "Lần nữa."), DemoUsers.VnptReporter));

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ApproveExtensionCommand(requestId), DemoUsers.Specialist));
        await portal.SendAsync(new ApproveExtensionCommand(requestId, "Đồng ý."), DemoUsers.Leader);

        var after = await portal.AssignmentOfAsync(documentId, "VNPTTV");
        Assert.Equal(Today.AddDays(40), after.DueDate);
        Assert.Equal(Today.AddDays(5), after.OriginalDueDate);
        Assert.False(after.ExtensionPending);
        Assert.Contains(await portal.NotificationsAsync(DemoUsers.VnptReporter, AssignmentLinks.Of(vnpt.Id)), n => n.Title == "Đề nghị gia hạn được đồng ý");
    }

    [Fact]
    public async Task Refused_extension_needs_a_reason_and_keeps_the_due_date()
    {
        var documentId = await IssueSmsTaskAsync(dueInDays: 5);
        var vnpt = await portal.AssignmentOfAsync(documentId, "VNPTTV");
        var requestId = await portal.SendAsync(new RequestExtensionCommand(vnpt.Id, Today.AddDays(40), "Chờ số liệu."), DemoUsers.VnptReporter);

        await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(new RefuseExtensionCommand(requestId, ""), DemoUsers.Leader));
        await portal.SendAsync(new RefuseExtensionCommand(requestId, "Nhiệm vụ cấp bách, không gia hạn."), DemoUsers.Leader);

        var after = await portal.AssignmentOfAsync(documentId, "VNPTTV");
        Assert.Equal(Today.AddDays(5), after.DueDate);
        Assert.False(after.ExtensionPending);
    }

    [Fact]
    public async Task Extension_request_with_a_date_not_in_the_future_or_no_reason_gets_field_errors()
    {
        var documentId = await IssueSmsTaskAsync(dueInDays: 5);
        var vnpt = await portal.AssignmentOfAsync(documentId, "VNPTTV");

        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new RequestExtensionCommand(vnpt.Id, Today, ""), DemoUsers.VnptReporter));

        Assert.Contains("NewDueDate", refused.Errors.Keys);
        Assert.Contains("Reason", refused.Errors.Keys);
        Assert.False((await portal.AssignmentOfAsync(documentId, "VNPTTV")).ExtensionPending);
    }

    [Fact]
    public async Task Unit_list_puts_overdue_assignments_first()
    {
        var later = await IssueSmsTaskAsync(dueInDays: 60);
        var sooner = await IssueSmsTaskAsync(dueInDays: 2);

        var list = await portal.SendAsync(new ListMyAssignmentsQuery(PageSize: 200), Viettel);

        var ids = list.Items.Select(i => i.DocumentId).ToList();
        Assert.True(ids.IndexOf(sooner) < ids.IndexOf(later));
        Assert.All(list.Items, i => Assert.Equal("Viettel Trà Vinh", i.UnitName));
        Assert.Equal(list.Items.OrderBy(i => i.DueDate is null).ThenBy(i => i.DueDate).Select(i => i.Id), list.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Tasks_of_an_issued_document_cannot_be_changed()
    {
        var documentId = await IssueSmsTaskAsync();
        var task = Assert.Single(await portal.SendAsync(new ListDocumentTasksQuery(documentId), DemoUsers.Specialist));

        await Assert.ThrowsAsync<DomainRuleException>(() => portal.SendAsync(new RemoveDirectiveTaskCommand(task.Id, task.Version), DemoUsers.Specialist));
        Assert.True(task.IsIssued);
        Assert.Equal(4, task.Progress.Total);
        Assert.Equal(4, task.Progress.Unreported);
    }

    [Fact]
    public async Task Task_follow_up_reads_the_task_with_its_document()
    {
        var documentId = await IssueSmsTaskAsync();
        var listed = Assert.Single(await portal.SendAsync(new ListDocumentTasksQuery(documentId), DemoUsers.Leader));

        var details = await portal.SendAsync(new GetDirectiveTaskQuery(listed.Id), DemoUsers.Inspector);

        Assert.Equal(documentId, details.DocumentId);
        Assert.Matches(@"^\d+/STTTT-BCVTCNTT$", details.DocumentNumberAndSymbol);
        Assert.Equal((listed.Id, listed.Title, listed.Progress), (details.Task.Id, details.Task.Title, details.Task.Progress));
        Assert.Equal(listed.Indicators, details.Task.Indicators);
        Assert.Equal(listed.Assignees, details.Task.Assignees);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new GetDirectiveTaskQuery(listed.Id), Viettel));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetDirectiveTaskQuery(Guid.CreateVersion7()), DemoUsers.Leader));
    }

    [Fact]
    public async Task Reporters_start_page_counts_its_own_units_open_overdue_and_due_soon_assignments()
    {
        var before = await portal.SendAsync(new CountMyAssignmentsQuery(), Viettel);
        await IssueSmsTaskAsync(dueInDays: -2);
        await IssueSmsTaskAsync(dueInDays: 1);
        await IssueSmsTaskAsync(dueInDays: 60);

        var after = await portal.SendAsync(new CountMyAssignmentsQuery(), Viettel);

        Assert.Equal(before with { Open = before.Open + 3, Overdue = before.Overdue + 1, DueSoon = before.DueSoon + 1 }, after);
    }
}
