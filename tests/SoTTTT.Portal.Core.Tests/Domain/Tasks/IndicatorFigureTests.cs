using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Core.Tests.Domain.Tasks;

/// <summary>An assignment's figures are its latest accepted report's values, whatever the order of acceptance.</summary>
public sealed class IndicatorFigureTests
{
    private static readonly DateOnly Today = new(2022, 5, 20);
    private readonly DirectiveTask _task = DirectiveTask.Plan(Guid.CreateVersion7(), "chuyenvien", new TaskPlan(1, "Nhắn tin cảnh báo", null, TaskPriority.Normal,
        new TaskDeadline(DeadlineKind.FixedDate, Today.AddDays(30)),
        [new IndicatorPlan(null, "Số tin nhắn đã gửi", "tin nhắn"), new IndicatorPlan(null, "Số cuộc gọi đã chặn", "cuộc gọi")],
        [new AssigneePlan(Guid.CreateVersion7(), null, AssignmentRole.Lead)]));

    private Assignment Issue() =>
        Assert.Single(_task.Issue(Today.AddDays(-10), DateTime.UtcNow, new WorkingCalendar([]), new Dictionary<Guid, IReadOnlyList<Guid>>()));

    private ProgressReport Submit(Assignment assignment, decimal messages) =>
        assignment.SubmitReport(new ReportDraft(Today.AddDays(-5), Today, "Đã nhắn tin cảnh báo.", 50,
            [new IndicatorValueDraft(_task.Indicators[0].Id, messages)], null, false), "vnpt", DateTime.UtcNow, Today);

    [Fact]
    public void Accepting_the_latest_report_makes_its_values_the_figures()
    {
        var assignment = Issue();
        var first = Submit(assignment, 500m);
        var second = Submit(assignment, 700m);

        Assert.True(assignment.AcceptReport(first, "chuyenvien", DateTime.UtcNow, null));
        Assert.True(assignment.AcceptReport(second, "chuyenvien", DateTime.UtcNow, null));

        Assert.Equal(2, assignment.LatestAcceptedSequence);
        var figure = Assert.Single(IndicatorFigure.Of(second, Today.AddDays(-10), _task.Indicators));
        Assert.Equal((assignment.Id, _task.Indicators[0].Id, "Số tin nhắn đã gửi", "tin nhắn", 700m, Today.AddDays(-10)),
            (figure.AssignmentId, figure.IndicatorId, figure.Name, figure.UnitOfMeasure, figure.Value, figure.IssuedOn));
    }

    [Fact]
    public void An_earlier_report_accepted_late_does_not_replace_the_figures()
    {
        var assignment = Issue();
        var first = Submit(assignment, 500m);
        var second = Submit(assignment, 700m);

        Assert.True(assignment.AcceptReport(second, "chuyenvien", DateTime.UtcNow, null));
        Assert.False(assignment.AcceptReport(first, "chuyenvien", DateTime.UtcNow, null));

        Assert.Equal(2, assignment.LatestAcceptedSequence);
    }

    [Fact]
    public void A_report_not_yet_accepted_gives_no_figures()
    {
        var assignment = Issue();

        Assert.Throws<InvalidOperationException>(() => IndicatorFigure.Of(Submit(assignment, 500m), Today.AddDays(-10), _task.Indicators));
    }
}
