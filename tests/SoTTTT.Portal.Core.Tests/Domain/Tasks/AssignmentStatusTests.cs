using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Core.Tests.Domain.Tasks;

/// <summary>DESIGN §4: the Government Office's four categories, judged on Viet Nam's date against the approved due date.</summary>
public sealed class AssignmentStatusTests
{
    private static readonly DateOnly IssuedOn = new(2022, 4, 20);
    /// <summary>Friday 29 April 2022: the day before the 30/4 holiday.</summary>
    private static readonly DateOnly Due = new(2022, 4, 29);
    private static readonly Guid Unit = Guid.CreateVersion7();

    /// <summary>Holidays of spring 2022: 30/4 (Saturday), 1/5 (Sunday), and the days off in lieu, 2 and 3 May.</summary>
    private static readonly WorkingCalendar Calendar = new(
    [
        new CalendarDay(new DateOnly(2022, 4, 30), "Ngày Giải phóng miền Nam", CalendarDayKind.Holiday),
        new CalendarDay(new DateOnly(2022, 5, 1), "Ngày Quốc tế Lao động", CalendarDayKind.Holiday),
        new CalendarDay(new DateOnly(2022, 5, 2), "Nghỉ bù ngày 30/4", CalendarDayKind.CompensatoryDayOff),
        new CalendarDay(new DateOnly(2022, 5, 3), "Nghỉ bù ngày 1/5", CalendarDayKind.CompensatoryDayOff),
    ]);

    private static Assignment AnAssignment(TaskDeadline? deadline = null)
    {
        var task = DirectiveTask.Plan(Guid.CreateVersion7(), "chuyenvien", new TaskPlan(1, "Nhắn tin cảnh báo", null, TaskPriority.Normal,
            deadline ?? new TaskDeadline(DeadlineKind.FixedDate, Due), [new IndicatorPlan(null, "Số tin nhắn đã gửi", "tin nhắn")],
            [new AssigneePlan(Unit, null, AssignmentRole.Lead)]));
        return Assert.Single(task.Issue(IssuedOn, Utc(IssuedOn, 9), Calendar, new Dictionary<Guid, IReadOnlyList<Guid>>()));
    }

    /// <summary>A moment given in Viet Nam's time (UTC+7), as UTC.</summary>
    private static DateTime Utc(DateOnly day, int hour, int minute = 0) =>
        day.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Utc).AddHours(-7);

    private static ReportDraft AReport(DateOnly to, bool complete = true) =>
        new(to.AddDays(-5), to, "Đã nhắn tin đến 412.350 thuê bao.", complete ? 100 : 50, [], "215/BC-VNPTTV", complete);

    private static void Complete(Assignment assignment, DateTime submittedAtUtc)
    {
        var localDay = DateOnly.FromDateTime(submittedAtUtc.AddHours(7));
        var report = assignment.SubmitReport(AReport(localDay), "vnpt", submittedAtUtc, localDay);
        assignment.AcceptReport(report, "chuyenvien", submittedAtUtc.AddDays(1), null);
    }

    private static ComplianceStatus StatusOn(Assignment assignment, DateOnly today) => assignment.Evaluate(today, Calendar, 3).Status;

    [Fact]
    public void Open_on_its_due_date_is_still_on_time()
    {
        Assert.Equal(ComplianceStatus.OpenOnTime, StatusOn(AnAssignment(), Due));
    }

    [Fact]
    public void Open_the_day_after_its_due_date_is_overdue_even_when_that_day_is_a_holiday()
    {
        Assert.Equal(ComplianceStatus.OpenOverdue, StatusOn(AnAssignment(), new DateOnly(2022, 4, 30)));
    }

    [Fact]
    public void Report_accepted_one_minute_before_midnight_Viet_Nam_time_on_the_due_date_is_on_time()
    {
        var assignment = AnAssignment();

        // 23:59 on 29/4 in Trà Vinh is 16:59 UTC the same day.
        Complete(assignment, Utc(Due, 23, 59));

        Assert.Equal(Due, assignment.CompletedOn);
        Assert.Equal(ComplianceStatus.CompletedOnTime, StatusOn(assignment, new DateOnly(2022, 6, 1)));
    }

    [Fact]
    public void Report_submitted_just_after_midnight_Viet_Nam_time_is_late_though_UTC_is_still_on_the_due_date()
    {
        var assignment = AnAssignment();

        // 00:01 on 30/4 in Trà Vinh is 17:01 UTC on 29/4.
        var submitted = Utc(Due.AddDays(1), 0, 1);
        Assert.Equal(Due, DateOnly.FromDateTime(submitted));
        Complete(assignment, submitted);

        Assert.Equal(ComplianceStatus.CompletedLate, StatusOn(assignment, new DateOnly(2022, 6, 1)));
    }

    [Fact]
    public void Report_that_is_not_yet_accepted_does_not_complete_the_assignment()
    {
        var assignment = AnAssignment();

        assignment.SubmitReport(AReport(Due), "vnpt", Utc(Due, 10), Due);

        Assert.False(assignment.IsCompleted);
        Assert.Equal(ComplianceStatus.OpenOverdue, StatusOn(assignment, Due.AddDays(1)));
    }

    [Fact]
    public void Report_returned_for_more_does_not_complete_the_assignment()
    {
        var assignment = AnAssignment();
        var report = assignment.SubmitReport(AReport(Due), "vnpt", Utc(Due, 10), Due);

        assignment.RequestMore(report, "chuyenvien", Utc(Due, 15), "Bổ sung số liệu.");

        Assert.False(assignment.IsCompleted);
        Assert.Equal(ReportStatus.MoreRequested, report.Status);
        Assert.Equal(0, assignment.ReportsAwaitingReview);
    }

    [Fact]
    public void Approved_extension_judges_lateness_against_the_new_date_and_keeps_the_original()
    {
        var assignment = AnAssignment();
        var request = assignment.RequestExtension(new DateOnly(2022, 5, 31), "Chờ số liệu của tổng đài.", "vnpt", Utc(Due, 8), Due.AddDays(-2));
        assignment.ApproveExtension(request, "lanhdao", Utc(Due, 9), null);

        Complete(assignment, Utc(new DateOnly(2022, 5, 20), 10));

        Assert.Equal(Due, assignment.OriginalDueDate);
        Assert.Equal(new DateOnly(2022, 5, 31), assignment.DueDate);
        Assert.Equal(ComplianceStatus.CompletedOnTime, StatusOn(assignment, new DateOnly(2022, 6, 1)));
    }

    [Fact]
    public void Refused_extension_leaves_the_original_date_in_force()
    {
        var assignment = AnAssignment();
        var request = assignment.RequestExtension(new DateOnly(2022, 5, 31), "Chờ số liệu.", "vnpt", Utc(Due, 8), Due.AddDays(-2));
        assignment.RefuseExtension(request, "lanhdao", Utc(Due, 9), "Nhiệm vụ cấp bách.");

        Complete(assignment, Utc(new DateOnly(2022, 5, 20), 10));

        Assert.Equal(Due, assignment.DueDate);
        Assert.Equal(ComplianceStatus.CompletedLate, StatusOn(assignment, new DateOnly(2022, 6, 1)));
    }

    [Fact]
    public void Refusing_an_extension_needs_a_reason()
    {
        var assignment = AnAssignment();
        var request = assignment.RequestExtension(new DateOnly(2022, 5, 31), "Chờ số liệu.", "vnpt", Utc(Due, 8), Due.AddDays(-2));

        Assert.Throws<DomainRuleException>(() => assignment.RefuseExtension(request, "lanhdao", Utc(Due, 9), " "));
        Assert.True(assignment.ExtensionPending);
    }

    [Theory]
    [InlineData(2022, 4, 26, true)]   // Tuesday: 3 working days to Friday 29/4
    [InlineData(2022, 4, 25, false)]  // Monday: 4 working days
    [InlineData(2022, 4, 29, true)]   // the due date itself
    public void Due_soon_counts_working_days(int year, int month, int day, bool dueSoon)
    {
        Assert.Equal(dueSoon, AnAssignment().Evaluate(new DateOnly(year, month, day), Calendar, 3).DueSoon);
    }

    [Fact]
    public void Due_soon_window_skips_the_weekend_and_the_holidays()
    {
        // Due Wednesday 4 May: from Friday 29 April only 4/5 is a working day (30/4 to 3/5 are off).
        var assignment = AnAssignment(new TaskDeadline(DeadlineKind.FixedDate, new DateOnly(2022, 5, 4)));

        var standing = assignment.Evaluate(new DateOnly(2022, 4, 27), Calendar, 3);

        Assert.True(standing.DueSoon);
        Assert.Equal(3, Calendar.WorkingDaysBetween(new DateOnly(2022, 4, 27), new DateOnly(2022, 5, 4)));
    }

    [Fact]
    public void Working_days_deadline_counts_from_the_issue_date_across_the_holidays()
    {
        // Issued Wednesday 20/4; 7 working days: 21, 22, 25, 26, 27, 28, 29 April.
        var assignment = AnAssignment(new TaskDeadline(DeadlineKind.WorkingDaysAfterIssue, WorkingDays: 7));
        Assert.Equal(new DateOnly(2022, 4, 29), assignment.DueDate);

        // 8 working days skip 30/4 to 3/5 and end on Wednesday 4 May.
        Assert.Equal(new DateOnly(2022, 5, 4), AnAssignment(new TaskDeadline(DeadlineKind.WorkingDaysAfterIssue, WorkingDays: 8)).DueDate);
    }

    [Fact]
    public void Open_ended_assignment_without_a_report_for_90_days_is_flagged()
    {
        var assignment = AnAssignment(TaskDeadline.None);

        Assert.False(assignment.Evaluate(IssuedOn.AddDays(90), Calendar, 3).Stale);
        Assert.True(assignment.Evaluate(IssuedOn.AddDays(91), Calendar, 3).Stale);
        Assert.Equal(ComplianceStatus.OpenOnTime, StatusOn(assignment, IssuedOn.AddDays(400)));
    }

    [Fact]
    public void A_report_resets_the_90_days()
    {
        var assignment = AnAssignment(TaskDeadline.None);
        var reportedOn = IssuedOn.AddDays(80);
        assignment.SubmitReport(AReport(reportedOn, complete: false), "vnpt", Utc(reportedOn, 9), reportedOn);

        Assert.False(assignment.Evaluate(IssuedOn.AddDays(120), Calendar, 3).Stale);
    }

    [Theory]
    [InlineData(-1, 50, "Values")]
    [InlineData(10, 101, "PercentDone")]
    [InlineData(10, -1, "PercentDone")]
    public void Bad_figures_are_refused(decimal value, int percent, string field)
    {
        var assignment = AnAssignment();
        var draft = AReport(Due) with { PercentDone = percent, Values = [new IndicatorValueDraft(Guid.NewGuid(), value)] };

        var refused = Assert.Throws<DomainRuleException>(() => assignment.SubmitReport(draft, "vnpt", Utc(Due, 9), Due));

        Assert.Equal(field, refused.Field);
        Assert.Equal(0, assignment.ReportCount);
    }

    [Fact]
    public void Report_for_a_period_in_the_future_is_refused()
    {
        var assignment = AnAssignment();

        var refused = Assert.Throws<DomainRuleException>(() => assignment.SubmitReport(AReport(Due.AddDays(1)), "vnpt", Utc(Due, 9), Due));

        Assert.Equal("PeriodTo", refused.Field);
    }

    [Fact]
    public void Completed_assignment_takes_no_more_reports_or_extensions()
    {
        var assignment = AnAssignment();
        Complete(assignment, Utc(Due, 9));

        Assert.Throws<DomainRuleException>(() => assignment.SubmitReport(AReport(Due), "vnpt", Utc(Due, 10), Due));
        Assert.Throws<DomainRuleException>(() => assignment.RequestExtension(Due.AddDays(10), "Lý do", "vnpt", Utc(Due, 10), Due));
    }

    [Fact]
    public void Group_is_fanned_out_and_a_unit_named_twice_keeps_its_strongest_role()
    {
        var group = Guid.CreateVersion7();
        var vnpt = Guid.CreateVersion7();
        var viettel = Guid.CreateVersion7();
        var task = DirectiveTask.Plan(Guid.CreateVersion7(), "chuyenvien", new TaskPlan(1, "Nhắn tin cảnh báo", null, TaskPriority.Normal,
            TaskDeadline.None, [], [new AssigneePlan(vnpt, null, AssignmentRole.Monitor), new AssigneePlan(null, group, AssignmentRole.Lead)]));

        var assignments = task.Issue(IssuedOn, Utc(IssuedOn, 9), Calendar, new Dictionary<Guid, IReadOnlyList<Guid>> { [group] = [vnpt, viettel] });

        Assert.Equal(2, assignments.Count);
        Assert.All(assignments, a => Assert.Equal(AssignmentRole.Lead, a.Role));
        Assert.Throws<DomainRuleException>(() => task.Edit(new TaskPlan(1, "Khác", null, TaskPriority.Normal, TaskDeadline.None, [], [new AssigneePlan(vnpt, null, AssignmentRole.Lead)])));
    }

    [Fact]
    public void Weekly_report_moves_its_due_date_to_the_next_cut_off_once_a_report_is_in()
    {
        // Weekly on Friday; issued Wednesday 20/4 → first due Friday 22/4.
        var assignment = AnAssignment(new TaskDeadline(DeadlineKind.Weekly, CutOffDay: 5));
        Assert.Equal(new DateOnly(2022, 4, 22), assignment.DueDate);

        var thursday = new DateOnly(2022, 4, 21);
        assignment.SubmitReport(AReport(thursday, complete: false), "vnpt", Utc(thursday, 9), thursday);
        Assert.Equal(new DateOnly(2022, 4, 29), assignment.DueDate);

        // A second report in the same week does not skip another week.
        assignment.SubmitReport(AReport(thursday, complete: false), "vnpt", Utc(thursday, 15), thursday);
        Assert.Equal(new DateOnly(2022, 4, 29), assignment.DueDate);
    }

    [Fact]
    public void Resubmitting_a_monthly_report_for_a_period_already_reported_does_not_move_the_due_date_again()
    {
        // Monthly on the 25th; issued 20/4 → due 25/4.
        var assignment = AnAssignment(new TaskDeadline(DeadlineKind.Monthly, CutOffDay: 25));
        var late = new DateOnly(2022, 5, 3);
        var april = new ReportDraft(new DateOnly(2022, 4, 1), new DateOnly(2022, 4, 25), "Tháng 4: 12 buổi tuyên truyền.", 40, [], null, false);

        var first = assignment.SubmitReport(april, "ttvh", Utc(late, 9), late);
        Assert.Equal(new DateOnly(2022, 5, 25), assignment.DueDate);
        assignment.RequestMore(first, "chuyenvien", Utc(late, 10), "Bổ sung số lượt người tham dự.");
        assignment.SubmitReport(april with { Narrative = "Tháng 4: 12 buổi, 1.450 lượt người tham dự." }, "ttvh", Utc(late, 15), late);

        Assert.Equal(new DateOnly(2022, 5, 25), assignment.DueDate);
    }
}
