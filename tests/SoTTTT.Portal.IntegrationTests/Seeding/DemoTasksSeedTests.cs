using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Infrastructure.Seeding;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Seeding;

/// <summary>
/// DESIGN §7, the demo's tasks: the four sections of dispatch 4/STTTT-BCVTCNTT become tasks with the
/// indicators of the issue, assigned to the telecom firms, the nine culture centres, the press office
/// and the inspectorate, with reports of spring 2022 in every state. The names are copied from the
/// issue, not from the seeder, so a slip in either shows.
/// </summary>
public sealed class DemoTasksSeedTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private sealed record Row(int Section, string UnitCode, Assignment Assignment);

    private sealed record RowCounts(int Tasks, int Assignments, int Reports, int Extensions);

    private async Task<List<DirectiveTask>> TasksAsync()
    {
        var dispatchId = await portal.AntiFraudDispatchIdAsync();
        return await portal.ExecuteDbContextAsync(db => db.DirectiveTasks.AsNoTracking()
            .Where(t => t.DocumentId == dispatchId).OrderBy(t => t.SectionNumber).ToListAsync());
    }

    private async Task<List<Row>> AssignmentsAsync()
    {
        var dispatchId = await portal.AntiFraudDispatchIdAsync();
        return await portal.ExecuteDbContextAsync(async db =>
        {
            var rows = await db.Assignments.AsNoTracking().Where(a => a.DocumentId == dispatchId)
                .Join(db.DirectiveTasks, a => a.TaskId, t => t.Id, (a, t) => new { t.SectionNumber, a })
                .Join(db.OrgUnits, x => x.a.UnitId, u => u.Id, (x, u) => new { x.SectionNumber, u.Code, x.a })
                .ToListAsync();
            return rows.Select(r => new Row(r.SectionNumber, r.Code, r.a)).ToList();
        });
    }

    private Task<RowCounts> CountRowsAsync() => portal.ExecuteDbContextAsync(async db => new RowCounts(
        await db.DirectiveTasks.CountAsync(),
        await db.Assignments.CountAsync(),
        await db.ProgressReports.CountAsync(),
        await db.ExtensionRequests.CountAsync()));

    [Fact]
    public async Task Each_of_the_four_sections_has_its_task_with_the_indicators_of_the_issue()
    {
        var tasks = await TasksAsync();

        Assert.Equal([1, 2, 3, 4], tasks.Select(t => t.SectionNumber));
        Assert.Equal(["Số thuê bao đã nhắn tin cảnh báo", "Số tin nhắn đã gửi"], tasks[0].Indicators.OrderBy(i => i.Position).Select(i => i.Name));
        Assert.Equal(["Số buổi tuyên truyền", "Số lượt người tham dự", "Số tin, bài phát thanh"], tasks[1].Indicators.OrderBy(i => i.Position).Select(i => i.Name));
        Assert.Equal(["Số tin, bài đã đăng"], tasks[2].Indicators.Select(i => i.Name));
        Assert.Equal(["Số vụ việc phát hiện", "Số vụ việc đã xử lý", "Số tiền xử phạt (đồng)"], tasks[3].Indicators.OrderBy(i => i.Position).Select(i => i.Name));
        Assert.All(tasks, t => Assert.All(t.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.UnitOfMeasure))));
    }

    [Fact]
    public async Task Tasks_are_issued_with_the_dispatch_and_carry_their_sections_text()
    {
        var dispatch = await portal.OutgoingAsync(await portal.AntiFraudDispatchIdAsync());
        var tasks = await TasksAsync();

        Assert.All(tasks, t => Assert.Equal(dispatch.IssuedOn, t.IssuedOn));
        Assert.Equal(dispatch.Sections.Select(s => s.Body), tasks.Select(t => t.Content ?? ""));
        Assert.Equal(
            [DeadlineKind.FixedDate, DeadlineKind.Monthly, DeadlineKind.FixedDate, DeadlineKind.None],
            tasks.Select(t => t.DeadlineKind));
        Assert.Equal(new DateOnly(2022, 5, 10), tasks[0].DueDate);
        Assert.Equal(25, tasks[1].CutOffDay);
        Assert.Equal(new DateOnly(2022, 5, 31), tasks[2].DueDate);
        Assert.Null(tasks[3].DueDate);
    }

    [Fact]
    public async Task Every_telecom_firm_leads_the_first_task_through_the_telecom_group()
    {
        var telecomGroupId = await portal.GroupIdAsync("DNVT");
        var rows = await AssignmentsAsync();

        var telecoms = rows.Where(r => r.Section == 1 && r.Assignment.ViaGroupId == telecomGroupId).ToList();
        Assert.Equal(["MOBIFONETV", "VIETTELTV", "VNMOBILETV", "VNPTTV"], telecoms.Select(r => r.UnitCode).Order(StringComparer.Ordinal));
        Assert.All(telecoms, r => Assert.Equal(AssignmentRole.Lead, r.Assignment.Role));
        var monitor = Assert.Single(rows, r => r.Section == 1 && r.UnitCode == "BCVTCNTT");
        Assert.Equal(AssignmentRole.Monitor, monitor.Assignment.Role);
    }

    [Fact]
    public async Task Each_culture_centre_of_the_group_has_one_assignment_on_the_propaganda_task()
    {
        var groupId = await portal.GroupIdAsync("TTVHTT");
        var members = await portal.ExecuteDbContextAsync(db => db.UnitGroupMembers.Where(m => m.GroupId == groupId)
            .Join(db.OrgUnits, m => m.UnitId, u => u.Id, (_, u) => u.Code).ToListAsync());
        var rows = await AssignmentsAsync();

        var centres = rows.Where(r => r.Section == 2).ToList();
        Assert.Equal(9, members.Count);
        Assert.Equal(members.Order(StringComparer.Ordinal), centres.Select(r => r.UnitCode).Order(StringComparer.Ordinal));
        Assert.All(centres, r =>
        {
            Assert.Equal(AssignmentRole.Lead, r.Assignment.Role);
            Assert.Equal(groupId, r.Assignment.ViaGroupId);
        });
    }

    [Fact]
    public async Task Press_office_leads_the_third_task_and_the_inspectorate_alone_the_fourth()
    {
        var rows = await AssignmentsAsync();

        var press = Assert.Single(rows, r => r.Section == 3);
        Assert.Equal(("TTBCXB", AssignmentRole.Lead), (press.UnitCode, press.Assignment.Role));
        // Công an tỉnh is an external agency in the directory: it coordinates outside the portal.
        var inspectorate = Assert.Single(rows, r => r.Section == 4);
        Assert.Equal(("TTRA", AssignmentRole.Lead), (inspectorate.UnitCode, inspectorate.Assignment.Role));
    }

    [Fact]
    public async Task All_four_compliance_statuses_appear_when_judged_on_todays_date()
    {
        var today = portal.Today();
        var calendar = await portal.ExecuteDbContextAsync(db => WorkingCalendars.LoadAsync(db, TestContext.Current.CancellationToken));
        var rows = await AssignmentsAsync();

        var statuses = rows.Select(r => r.Assignment.Evaluate(today, calendar, 3).Status).Distinct().ToList();

        Assert.Equal(
            [ComplianceStatus.CompletedOnTime, ComplianceStatus.CompletedLate, ComplianceStatus.OpenOnTime, ComplianceStatus.OpenOverdue],
            statuses.Order());
        var late = Assert.Single(rows, r => r.Assignment.Evaluate(today, calendar, 3).Status == ComplianceStatus.CompletedLate);
        Assert.Equal("VIETTELTV", late.UnitCode);
    }

    [Fact]
    public async Task Some_units_are_overdue_without_any_report()
    {
        var today = portal.Today();
        var rows = await AssignmentsAsync();

        var silent = rows.Where(r => r.Assignment.ReportCount == 0 && r.Assignment.DueDate < today).Select(r => r.UnitCode).ToList();

        Assert.Contains("VNMOBILETV", silent);
        Assert.Contains("TTVHCT", silent);
    }

    [Fact]
    public async Task A_report_returned_for_more_was_sent_again_and_accepted_and_another_still_waits_for_the_unit()
    {
        var reports = await portal.ExecuteDbContextAsync(db => db.ProgressReports.AsNoTracking().ToListAsync());

        var returned = reports.Where(r => r.Status == ReportStatus.MoreRequested).ToList();
        Assert.True(returned.Count >= 2);
        Assert.All(returned, r => Assert.False(string.IsNullOrWhiteSpace(r.ReviewNote)));
        Assert.Contains(returned, r => reports.Any(later =>
            later.AssignmentId == r.AssignmentId && later.Sequence > r.Sequence && later.Status == ReportStatus.Accepted && later.ClaimsCompletion));
        Assert.Contains(returned, r => !reports.Any(later => later.AssignmentId == r.AssignmentId && later.Sequence > r.Sequence));
        Assert.Contains(reports, r => r.Status == ReportStatus.AwaitingReview);
    }

    [Fact]
    public async Task Extensions_are_pending_approved_and_refused_and_the_approved_date_is_the_due_date()
    {
        var extensions = await portal.ExecuteDbContextAsync(db => db.ExtensionRequests.AsNoTracking().ToListAsync());
        var rows = await AssignmentsAsync();

        Assert.Equal([ExtensionStatus.Pending, ExtensionStatus.Approved, ExtensionStatus.Refused], extensions.Select(e => e.Status).Distinct().Order());
        var approved = extensions.Single(e => e.Status == ExtensionStatus.Approved);
        var extended = rows.Single(r => r.Assignment.Id == approved.AssignmentId).Assignment;
        Assert.Equal(approved.RequestedDueDate, extended.DueDate);
        Assert.Equal(new DateOnly(2022, 5, 10), extended.OriginalDueDate);
        var pending = extensions.Single(e => e.Status == ExtensionStatus.Pending);
        Assert.True(rows.Single(r => r.Assignment.Id == pending.AssignmentId).Assignment.ExtensionPending);
        Assert.All(extensions, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
    }

    [Fact]
    public async Task Vnpt_completed_with_report_215_of_412_350_subscribers_warned_sent_by_its_own_account()
    {
        var vnptUserId = await portal.UserIdAsync(DemoUsers.VnptReporter);
        var tasks = await TasksAsync();
        var vnpt = Assert.Single(await AssignmentsAsync(), r => r.Section == 1 && r.UnitCode == "VNPTTV").Assignment;

        var report = await portal.ExecuteDbContextAsync(db => db.ProgressReports.AsNoTracking().SingleAsync(r => r.Id == vnpt.CompletingReportId));

        Assert.Equal("215/BC-VNPTTV", report.UnitReportNumber);
        Assert.Equal(vnptUserId, report.SubmittedById);
        Assert.Equal(412_350m, report.Values.Single(v => v.IndicatorId == tasks[0].Indicators.Single(i => i.Name == "Số thuê bao đã nhắn tin cảnh báo").Id).Value);
        Assert.Contains("412.350", report.Narrative, StringComparison.Ordinal);
        Assert.Equal(vnptUserId, vnpt.AcknowledgedById);
    }

    [Fact]
    public async Task Every_report_and_request_is_dated_april_to_june_2022()
    {
        var reports = await portal.ExecuteDbContextAsync(db => db.ProgressReports.AsNoTracking().ToListAsync());
        var extensions = await portal.ExecuteDbContextAsync(db => db.ExtensionRequests.AsNoTracking().ToListAsync());

        Assert.NotEmpty(reports);
        Assert.All(reports.Select(r => r.SubmittedAtUtc).Concat(extensions.Select(e => e.RequestedAtUtc)),
            at => Assert.InRange(at, new DateTime(2022, 4, 1), new DateTime(2022, 7, 1)));
    }

    [Fact]
    public async Task Initialising_again_adds_no_tasks_assignments_reports_or_extensions()
    {
        var before = await CountRowsAsync();

        await portal.ExecuteScopeAsync(services => services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(TestContext.Current.CancellationToken));

        Assert.Equal(before, await CountRowsAsync());
        Assert.Equal(4, before.Tasks);
    }
}

/// <summary>DESIGN §7: nothing of the demo's tasks outside Development.</summary>
public sealed class ProductionStartTasksTests(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    [Fact]
    public async Task Production_start_has_no_tasks_assignments_or_reports()
    {
        var counts = await portal.ExecuteDbContextAsync(async db => (
            await db.DirectiveTasks.CountAsync(),
            await db.Assignments.CountAsync(),
            await db.ProgressReports.CountAsync(),
            await db.ExtensionRequests.CountAsync()));

        Assert.Equal((0, 0, 0, 0), counts);
    }
}
