using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Dashboards;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Dashboards;

/// <summary>The dashboard, matrix, timeline and unit record agree with figures computed by hand and from the database.</summary>
public sealed class DashboardQueryTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string Viettel = "viettel";

    private DateOnly Today => portal.Today();

    private async Task<Guid> ReportAsync(Guid documentId, string unitCode, string user, decimal value, bool completes)
    {
        var assignment = await portal.AssignmentOfAsync(documentId, unitCode);
        var indicator = await portal.IndicatorIdAsync(assignment.TaskId, TaskFixtureExtensions.SmsIndicator);
        var report = await portal.SendAsync(new SubmitProgressReportCommand(
            assignment.Id, Today.AddDays(-1), Today, "Đã nhắn tin cảnh báo.", completes ? 100 : 50, [new IndicatorValueDraft(indicator, value)], null, completes), user);
        await portal.SendAsync(new AcceptProgressReportCommand(report), DemoUsers.Specialist);
        return assignment.Id;
    }

    [Fact]
    public async Task One_directive_s_figures_match_the_hand_computed_case()
    {
        // Due yesterday: VNPT completes today (late, 1 000 messages); Viettel reports 500 then 700 (latest counts); two stay silent.
        var document = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(-1)));
        await ReportAsync(document, "VNPTTV", DemoUsers.VnptReporter, 1_000m, completes: true);
        await ReportAsync(document, "VIETTELTV", Viettel, 500m, completes: false);
        await ReportAsync(document, "VIETTELTV", Viettel, 700m, completes: false);

        var dashboard = await portal.SendAsync(new GetDashboardQuery(DocumentId: document), DemoUsers.Leader);

        Assert.Equal((1, 4, 1, 0, 3, 0), (dashboard.OpenDirectives, dashboard.TotalAssignments, dashboard.Completed, dashboard.CompletedOnTime, dashboard.Overdue, dashboard.DueSoon));
        Assert.Equal(0.0m, dashboard.OnTimeShare);
        var telecoms = Assert.Single(dashboard.ByUnitKind);
        Assert.Equal((OrgUnitKind.TelecomEnterprise, 0, 1, 0, 3), (telecoms.Kind, telecoms.CompletedOnTime, telecoms.CompletedLate, telecoms.OpenOnTime, telecoms.OpenOverdue));
        Assert.Equal(3, dashboard.ReportsPerWeek.Sum(w => w.Count));
        Assert.Equal(3, dashboard.ReportsPerWeek.Single(w => w.WeekStart == GetDashboardHandler.WeekStart(Today)).Count);
        Assert.Equal(3, dashboard.TopOverdue.Count);
        Assert.All(dashboard.TopOverdue, r => Assert.Equal(ComplianceStatus.OpenOverdue, r.Standing.Status));
        Assert.Empty(dashboard.TopDueSoon);
        var total = Assert.Single(dashboard.IndicatorTotals);
        Assert.Equal((TaskFixtureExtensions.SmsIndicator, "tin nhắn", 1_700m, 2), (total.Name, total.UnitOfMeasure, total.Total, total.Units));
        var directive = Assert.Single(dashboard.Directives);
        Assert.Equal((document, 4, 3, 3), (directive.DocumentId, directive.Total, directive.Open, directive.Overdue));
    }

    [Fact]
    public async Task The_dashboard_lists_the_latest_directives_only_and_counts_every_open_one()
    {
        for (var i = 0; i <= GetDashboardHandler.TopRows; i++)
            await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(10)));

        var dashboard = await portal.SendAsync(new GetDashboardQuery(), DemoUsers.Leader);

        var open = await portal.ExecuteDbContextAsync(db =>
            db.Assignments.Where(a => a.CompletedOn == null).Select(a => a.DocumentId).Distinct().CountAsync());
        Assert.True(open > GetDashboardHandler.TopRows);
        Assert.Equal(open, dashboard.OpenDirectives);
        Assert.Equal(GetDashboardHandler.TopRows, dashboard.Directives.Count);
        var latest = await portal.ExecuteDbContextAsync(db => db.OutgoingDocuments
            .Where(d => db.Assignments.Any(a => a.DocumentId == d.Id))
            .OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Number)
            .Select(d => d.Id).Take(GetDashboardHandler.TopRows).ToListAsync());
        Assert.Equal(latest, dashboard.Directives.Select(d => d.DocumentId));
    }

    [Fact]
    public async Task A_holiday_inside_the_window_brings_a_due_date_into_due_soon_on_the_dashboard()
    {
        // Due on the first day beyond the due-soon window (3 working days): not due soon…
        var calendar = await portal.ExecuteDbContextAsync(db => Core.Features.Calendar.WorkingCalendars.LoadAsync(db, default));
        var due = AssignmentStanding.DueSoonBefore(Today, calendar, 3);
        var document = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, due));
        var before = await portal.SendAsync(new GetDashboardQuery(DocumentId: document), DemoUsers.Leader);

        // …until a working day before it becomes a holiday: the window then reaches one day further.
        var holidayDate = Enumerable.Range(1, 10).Select(Today.AddDays).First(calendar.IsWorkingDay);
        var holiday = await portal.SendAsync(new Core.Features.Calendar.AddCalendarDayCommand(holidayDate, "Nghỉ lễ thử nghiệm", Core.Domain.Calendar.CalendarDayKind.Holiday), DemoUsers.Administrator);
        try
        {
            var after = await portal.SendAsync(new GetDashboardQuery(DocumentId: document), DemoUsers.Leader);

            Assert.Equal((4, 0, 0), (before.TotalAssignments, before.Overdue, before.DueSoon));
            Assert.Equal((4, 0, 4), (after.TotalAssignments, after.Overdue, after.DueSoon));
            Assert.Equal(4, after.TopDueSoon.Count);
        }
        finally
        {
            await portal.SendAsync(new Core.Features.Calendar.DeleteCalendarDayCommand(holiday), DemoUsers.Administrator);
        }
    }

    [Fact]
    public async Task An_approved_extension_takes_the_unit_out_of_due_soon_in_the_dashboard_matrix_and_timeline()
    {
        var document = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(1)));
        var vnpt = await portal.AssignmentOfAsync(document, "VNPTTV");
        var request = await portal.SendAsync(new RequestExtensionCommand(vnpt.Id, Today.AddDays(30), "Chờ số liệu tổng đài."), DemoUsers.VnptReporter);
        await portal.SendAsync(new ApproveExtensionCommand(request), DemoUsers.Leader);

        var dashboard = await portal.SendAsync(new GetDashboardQuery(DocumentId: document), DemoUsers.Leader);
        Assert.Equal((4, 0, 3), (dashboard.TotalAssignments, dashboard.Overdue, dashboard.DueSoon));
        Assert.Null(dashboard.OnTimeShare);
        Assert.Equal(3, dashboard.TopDueSoon.Count);
        Assert.DoesNotContain(dashboard.TopDueSoon, r => r.Id == vnpt.Id);

        var matrix = await portal.SendAsync(new GetComplianceMatrixQuery(document), DemoUsers.Inspector);
        var task = Assert.Single(matrix.Tasks);
        Assert.Equal(4, matrix.Units.Count);
        Assert.Equal(4, matrix.Cells.Count);
        var cell = matrix.Cell(vnpt.UnitId, task.Id)!;
        Assert.Equal((vnpt.Id, ComplianceStatus.OpenOnTime, false, Today.AddDays(30), AssignmentRole.Lead), (cell.AssignmentId, cell.Status, cell.DueSoon, cell.DueDate, cell.Role));
        Assert.Equal(3, matrix.Cells.Count(c => c.DueSoon));
        Assert.Empty((await portal.SendAsync(new GetComplianceMatrixQuery(document, Status: ComplianceStatus.OpenOverdue), DemoUsers.Leader)).Cells);
        Assert.Equal(4, (await portal.SendAsync(new GetComplianceMatrixQuery(document, OrgUnitKind.TelecomEnterprise, ComplianceStatus.OpenOnTime), DemoUsers.Leader)).Cells.Count);
        Assert.Empty((await portal.SendAsync(new GetComplianceMatrixQuery(document, OrgUnitKind.Division), DemoUsers.Leader)).Units);

        var timeline = await portal.SendAsync(new GetDirectiveTimelineQuery(document), DemoUsers.Leader);
        Assert.Equal(timeline.OrderBy(e => e.AtUtc), timeline);
        var kinds = timeline.Select(e => e.Kind).ToList();
        Assert.True(kinds.IndexOf(TimelineEventKind.DirectiveDrafted) < kinds.IndexOf(TimelineEventKind.DirectiveIssued));
        Assert.True(kinds.IndexOf(TimelineEventKind.DirectiveIssued) < kinds.IndexOf(TimelineEventKind.ExtensionRequested));
        Assert.True(kinds.IndexOf(TimelineEventKind.ExtensionRequested) < kinds.IndexOf(TimelineEventKind.ExtensionApproved));
        var approved = timeline.Single(e => e.Kind == TimelineEventKind.ExtensionApproved);
        Assert.Equal(AssignmentLinks.Of(vnpt.Id), approved.Link);
        Assert.NotEmpty(approved.Subject);
    }

    [Fact]
    public async Task Counts_by_unit_kind_over_the_whole_database_match_each_assignments_status()
    {
        await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(-3)));
        var dashboard = await portal.SendAsync(new GetDashboardQuery(), DemoUsers.Clerk);
        var all = await portal.SendAsync(new ListAssignmentsQuery(PageSize: 500), DemoUsers.Leader);
        Assert.True(all.TotalCount <= 500, "the fixture holds one page of assignments");
        var kinds = await portal.ExecuteDbContextAsync(db => db.OrgUnits.ToDictionaryAsync(u => u.Id, u => u.Kind));
        Assert.Equal(all.TotalCount, dashboard.TotalAssignments);
        Assert.Equal(all.Items.Count(r => r.Standing.Status == ComplianceStatus.OpenOverdue), dashboard.Overdue);
        Assert.Equal(all.Items.Count(r => r.Standing.DueSoon), dashboard.DueSoon);
        Assert.Equal(all.Items.Where(r => !r.Standing.IsCompleted).Select(r => r.DocumentId).Distinct().Count(), dashboard.OpenDirectives);
        foreach (var group in all.Items.GroupBy(r => kinds[r.UnitId]))
        {
            var row = dashboard.ByUnitKind.Single(k => k.Kind == group.Key);
            Assert.Equal(
                (group.Count(r => r.Standing.Status == ComplianceStatus.CompletedOnTime), group.Count(r => r.Standing.Status == ComplianceStatus.CompletedLate),
                 group.Count(r => r.Standing.Status == ComplianceStatus.OpenOnTime), group.Count(r => r.Standing.Status == ComplianceStatus.OpenOverdue)),
                (row.CompletedOnTime, row.CompletedLate, row.OpenOnTime, row.OpenOverdue));
        }

        var overdue = await portal.SendAsync(new ListAssignmentsQuery(OverdueOnly: true, PageSize: 500), DemoUsers.Leader);
        Assert.Equal(dashboard.Overdue, overdue.TotalCount);
        var dueSoon = await portal.SendAsync(new ListAssignmentsQuery(DueSoonOnly: true, PageSize: 500), DemoUsers.Leader);
        Assert.Equal(dashboard.DueSoon, dueSoon.TotalCount);
        var telecoms = await portal.SendAsync(new ListAssignmentsQuery(UnitKind: OrgUnitKind.TelecomEnterprise, PageSize: 500), DemoUsers.Leader);
        Assert.Equal(dashboard.ByUnitKind.Single(k => k.Kind == OrgUnitKind.TelecomEnterprise).Total, telecoms.TotalCount);
    }

    [Fact]
    public async Task A_unit_s_record_counts_its_assignments_and_days_late()
    {
        var document = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(-2)));
        await ReportAsync(document, "VNPTTV", DemoUsers.VnptReporter, 10m, completes: true);
        var vnpt = await portal.UnitIdAsync("VNPTTV");

        var record = await portal.SendAsync(new GetUnitRecordQuery(vnpt), DemoUsers.VnptReporter);

        var rows = await portal.SendAsync(new ListAssignmentsQuery(UnitId: vnpt, PageSize: 500), DemoUsers.Leader);
        Assert.Equal(rows.TotalCount, record.Total);
        Assert.Equal(rows.Items.Count(r => r.Standing.Status == ComplianceStatus.CompletedLate), record.CompletedLate);
        Assert.Equal(rows.Items.Count(r => r.Standing.Status == ComplianceStatus.CompletedOnTime), record.CompletedOnTime);
        Assert.Equal(rows.Items.Count(r => r.Standing.Status == ComplianceStatus.OpenOverdue), record.OpenOverdue);
        Assert.Equal(rows.Items.Count(r => !r.Standing.IsCompleted), record.OpenItems.Count);
        var late = rows.Items.Where(r => r.Standing.Status == ComplianceStatus.CompletedLate).Select(r => r.CompletedOn!.Value.DayNumber - r.DueDate!.Value.DayNumber).ToList();
        Assert.Contains(2, late);
        Assert.Equal(Math.Round((decimal)late.Average(), 1), record.AverageDaysLate);
        var completed = record.CompletedOnTime + record.CompletedLate;
        Assert.Equal(Math.Round(100m * record.CompletedOnTime / completed, 1), record.OnTimeShare);
        Assert.Equal(record.Total, (await portal.SendAsync(new GetUnitRecordQuery(vnpt), DemoUsers.Leader)).Total);
    }

    [Fact]
    public async Task A_reporter_reads_only_their_own_unit_s_record()
    {
        var viettel = await portal.UnitIdAsync("VIETTELTV");
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetUnitRecordQuery(viettel), DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetUnitRecordQuery(Guid.NewGuid()), DemoUsers.Leader));
    }

    [Fact]
    public async Task A_reporter_cannot_read_the_dashboard_the_matrix_or_the_timeline()
    {
        var document = await portal.AntiFraudDispatchIdAsync();
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new GetDashboardQuery(), DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new GetComplianceMatrixQuery(document), DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new GetDirectiveTimelineQuery(document), DemoUsers.VnptReporter));
    }

    [Fact]
    public async Task The_founding_case_s_timeline_starts_with_the_incoming_document_and_shows_its_direction()
    {
        var document = await portal.AntiFraudDispatchIdAsync();
        var timeline = await portal.SendAsync(new GetDirectiveTimelineQuery(document), DemoUsers.Leader);
        Assert.Equal(TimelineEventKind.IncomingRegistered, timeline[0].Kind);
        Assert.Contains(timeline, e => e.Kind == TimelineEventKind.IncomingDirected && !string.IsNullOrEmpty(e.Note));
        Assert.Contains(timeline, e => e.Kind == TimelineEventKind.DirectiveIssued);
    }

    [Fact]
    public async Task The_dashboard_opened_again_with_nothing_written_is_the_view_already_read()
    {
        var first = await portal.SendAsync(new GetDashboardQuery(), DemoUsers.Leader);
        var again = await portal.SendAsync(new GetDashboardQuery(), DemoUsers.Specialist);
        var telecoms = await portal.SendAsync(new GetDashboardQuery(UnitKind: OrgUnitKind.TelecomEnterprise), DemoUsers.Leader);

        Assert.Same(first, again);
        Assert.NotSame(first, telecoms);
    }

    [Fact]
    public async Task A_report_submitted_after_the_dashboard_was_opened_shows_when_it_is_opened_again()
    {
        var document = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(5)));
        var before = await portal.SendAsync(new GetDashboardQuery(), DemoUsers.Leader);

        await ReportAsync(document, "VNPTTV", DemoUsers.VnptReporter, 300m, completes: true);
        var after = await portal.SendAsync(new GetDashboardQuery(), DemoUsers.Leader);

        // This week's count: the chart's window ends at the latest week with a report, so the first report of this week
        // can move the window on from the demo's weeks.
        var thisWeek = GetDashboardHandler.WeekStart(Today);
        static int CountIn(DashboardView view, DateOnly week) => view.ReportsPerWeek.SingleOrDefault(w => w.WeekStart == week)?.Count ?? 0;
        Assert.Equal(before.Completed + 1, after.Completed);
        Assert.Equal(CountIn(before, thisWeek) + 1, CountIn(after, thisWeek));
    }

    [Fact]
    public async Task A_change_written_by_a_bulk_statement_shows_when_the_dashboard_is_opened_again()
    {
        var document = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(5)));
        var before = await portal.SendAsync(new GetDashboardQuery(), DemoUsers.Leader);
        Assert.Contains(before.Directives, d => d.DocumentId == document);

        await portal.ExecuteDbContextAsync(db => db.OutgoingDocuments.Where(d => d.Id == document)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Summary, "V/v trích yếu đã sửa")));
        var after = await portal.SendAsync(new GetDashboardQuery(), DemoUsers.Leader);

        Assert.Equal("V/v trích yếu đã sửa", after.Directives.Single(d => d.DocumentId == document).Summary);
    }

    [Fact]
    public async Task The_timeline_and_the_assignment_name_who_reported_reviewed_asked_for_more_time_and_decided()
    {
        var document = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(5)));
        var assignment = await ReportAsync(document, "VNPTTV", DemoUsers.VnptReporter, 100m, completes: false);
        var request = await portal.SendAsync(new RequestExtensionCommand(assignment, Today.AddDays(30), "Chờ số liệu tổng đài."), DemoUsers.VnptReporter);
        await portal.SendAsync(new ApproveExtensionCommand(request, "Đồng ý."), DemoUsers.Leader);
        var names = await portal.ExecuteDbContextAsync(db => db.Users
            .Where(u => u.UserName == DemoUsers.VnptReporter || u.UserName == DemoUsers.Specialist || u.UserName == DemoUsers.Leader)
            .ToDictionaryAsync(u => u.UserName!, u => u.FullName));

        var timeline = await portal.SendAsync(new GetDirectiveTimelineQuery(document), DemoUsers.Leader);
        var view = await portal.SendAsync(new GetAssignmentQuery(assignment), DemoUsers.Leader);

        Assert.Equal(names[DemoUsers.VnptReporter], timeline.Single(e => e.Kind == TimelineEventKind.ReportSubmitted).Actor);
        Assert.Equal(names[DemoUsers.Specialist], timeline.Single(e => e.Kind == TimelineEventKind.ReportAccepted).Actor);
        Assert.Equal(names[DemoUsers.VnptReporter], timeline.Single(e => e.Kind == TimelineEventKind.ExtensionRequested).Actor);
        Assert.Equal(names[DemoUsers.Leader], timeline.Single(e => e.Kind == TimelineEventKind.ExtensionApproved).Actor);
        var report = Assert.Single(view.Reports);
        Assert.Equal((names[DemoUsers.VnptReporter], names[DemoUsers.Specialist]), (report.SubmittedBy, report.ReviewedBy));
        var extension = Assert.Single(view.Extensions);
        Assert.Equal((names[DemoUsers.VnptReporter], names[DemoUsers.Leader]), (extension.RequestedBy, extension.DecidedBy));
        Assert.All(names.Values, name => Assert.False(string.IsNullOrWhiteSpace(name)));
    }
}
