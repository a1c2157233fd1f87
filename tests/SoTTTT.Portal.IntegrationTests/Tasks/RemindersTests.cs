using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Tasks;

/// <summary>Issue: automatic reminders 7, 3 and 1 working days before the due date and once overdue, each exactly once.</summary>
public sealed class RemindersTests(RemindersPortal portal) : IClassFixture<RemindersPortal>
{
    private static TaskDeadline Due(DateOnly date) => new(DeadlineKind.FixedDate, date);

    [Fact]
    public async Task Each_reminder_comes_on_its_working_day_counting_past_the_weekend_and_a_holiday()
    {
        var monday = portal.StartAFreshWeek();
        // Due on the Wednesday of the third week; its Monday is a day off.
        var due = monday.AddDays(16);
        await portal.AddDayOffAsync(monday.AddDays(14), "Nghỉ bù Giỗ Tổ Hùng Vương");
        var task = await portal.IssueTaskAsync(Due(due), "VNPTTV");
        var assignment = task.Assignments["VNPTTV"];

        var sentOn = new List<(DateOnly Day, ReminderKind Kind)>();
        for (var day = monday.AddDays(1); day <= due.AddDays(1); day = day.AddDays(1))
        {
            portal.MoveTo(day);
            var before = await portal.RemindersOfAsync(assignment);
            await portal.SendDueRemindersAsync();
            foreach (var reminder in (await portal.RemindersOfAsync(assignment)).Skip(before.Count))
                sentOn.Add((day, reminder.Kind));
        }

        Assert.Equal(
            new (DateOnly, ReminderKind)[]
            {
                // Friday of the first week: 7 working days remain, the weekends and the day off not counted.
                (monday.AddDays(4), ReminderKind.SevenWorkingDaysBefore),
                (monday.AddDays(10), ReminderKind.ThreeWorkingDaysBefore),
                // Tuesday, not the Monday off.
                (monday.AddDays(15), ReminderKind.OneWorkingDayBefore),
                (monday.AddDays(17), ReminderKind.Overdue),
            },
            sentOn);
    }

    [Fact]
    public async Task The_units_users_are_told_how_many_working_days_remain_and_the_task_author_hears_of_the_overdue()
    {
        var monday = portal.StartAFreshWeek();
        var due = monday.AddDays(9);
        var task = await portal.IssueTaskAsync(Due(due), "VNPTTV");
        var link = AssignmentLinks.Of(task.Assignments["VNPTTV"]);

        portal.MoveTo(monday.AddDays(4));
        await portal.SendDueRemindersAsync();

        var told = Assert.Single(await portal.NotificationsAsync(DemoUsers.VnptReporter, link));
        Assert.Equal("Nhiệm vụ sắp đến hạn (còn 3 ngày làm việc)", told.Title);
        Assert.Contains(RemindersPortal.TaskTitle, told.Message, StringComparison.Ordinal);
        Assert.Contains("4/STTTT-BCVTCNTT", told.Message, StringComparison.Ordinal);
        Assert.Contains(due.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), told.Message, StringComparison.Ordinal);
        Assert.Empty(await portal.NotificationsAsync(DemoUsers.Specialist, link));

        portal.MoveTo(due.AddDays(1));
        await portal.SendDueRemindersAsync();

        Assert.Contains(await portal.NotificationsAsync(DemoUsers.VnptReporter, link), n => n.Title == "Nhiệm vụ đã quá hạn");
        var author = Assert.Single(await portal.NotificationsAsync(DemoUsers.Specialist, link));
        Assert.Equal("Nhiệm vụ đã quá hạn", author.Title);
        Assert.Empty(await portal.NotificationsAsync(DocumentDemoUsers.ViettelReporter, link));
    }

    [Fact]
    public async Task A_portal_that_was_down_on_the_seventh_working_day_sends_only_the_most_urgent_reminder()
    {
        var monday = portal.StartAFreshWeek();
        var due = monday.AddDays(11);
        var task = await portal.IssueTaskAsync(Due(due), "VNPTTV");

        // Wednesday of the second week: two working days remain, and nothing ran before.
        portal.MoveTo(monday.AddDays(9));
        await portal.SendDueRemindersAsync();

        Assert.Equal(new[] { (ReminderKind.ThreeWorkingDaysBefore, due) }, await portal.RemindersOfAsync(task.Assignments["VNPTTV"]));
        Assert.Single(await portal.NotificationsAsync(DemoUsers.VnptReporter, AssignmentLinks.Of(task.Assignments["VNPTTV"])));
    }

    [Fact]
    public async Task Running_twice_on_the_same_day_sends_each_reminder_once()
    {
        var monday = portal.StartAFreshWeek();
        var task = await portal.IssueTaskAsync(Due(monday.AddDays(3)), "VNPTTV");

        await portal.SendDueRemindersAsync();
        var second = await portal.SendDueRemindersAsync();

        Assert.Equal(0, second);
        Assert.Single(await portal.RemindersOfAsync(task.Assignments["VNPTTV"]));
        Assert.Single(await portal.NotificationsAsync(DemoUsers.VnptReporter, AssignmentLinks.Of(task.Assignments["VNPTTV"])));
    }

    [Fact]
    public async Task Four_instances_running_at_once_on_one_database_send_each_reminder_exactly_once()
    {
        var monday = portal.StartAFreshWeek();
        var units = new[] { "VNPTTV", "VIETTELTV", "MOBIFONETV", "VNMOBILETV", "TTVHCK" };
        var tasks = new List<IssuedTask>();
        for (var i = 0; i < 4; i++)
            tasks.Add(await portal.IssueTaskAsync(Due(monday.AddDays(2 + i)), units));
        var rowsBefore = await portal.CountRemindersAsync();

        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => portal.SendDueRemindersAsync(), TestContext.Current.CancellationToken)));

        Assert.Equal(await portal.CountRemindersAsync() - rowsBefore, sent.Sum());
        foreach (var assignment in tasks.SelectMany(t => t.Assignments.Values))
            Assert.Single(await portal.RemindersOfAsync(assignment));
        foreach (var (reporter, code) in new[] { (DemoUsers.VnptReporter, "VNPTTV"), (DocumentDemoUsers.ViettelReporter, "VIETTELTV"), (DocumentDemoUsers.CauKeCentreReporter, "TTVHCK") })
        {
            foreach (var task in tasks)
                Assert.Single(await portal.NotificationsAsync(reporter, AssignmentLinks.Of(task.Assignments[code])));
        }
    }

    [Fact]
    public async Task An_approved_extension_starts_a_new_round_of_reminders_for_the_new_due_date()
    {
        var monday = portal.StartAFreshWeek();
        var due = monday.AddDays(1);
        var task = await portal.IssueTaskAsync(Due(due), "VNPTTV");
        var assignment = task.Assignments["VNPTTV"];
        portal.MoveTo(monday.AddDays(3));
        await portal.SendDueRemindersAsync();

        var newDue = monday.AddDays(9);
        await portal.ExtendAsync(assignment, newDue);
        await portal.SendDueRemindersAsync();

        Assert.Equal(new[] { (ReminderKind.Overdue, due), (ReminderKind.SevenWorkingDaysBefore, newDue) }, await portal.RemindersOfAsync(assignment));
    }

    [Fact]
    public async Task A_completed_assignment_is_not_reminded()
    {
        var monday = portal.StartAFreshWeek();
        var due = monday.AddDays(4);
        var task = await portal.IssueTaskAsync(Due(due), "VNPTTV", "VIETTELTV");
        await portal.ReportAsync(task.Assignments["VNPTTV"], DemoUsers.VnptReporter, portal.Clock.GetUtcNow().UtcDateTime, completes: true);

        await portal.SendDueRemindersAsync();
        portal.MoveTo(due.AddDays(3));
        await portal.SendDueRemindersAsync();

        Assert.Empty(await portal.RemindersOfAsync(task.Assignments["VNPTTV"]));
        Assert.Empty(await portal.NotificationsAsync(DemoUsers.VnptReporter, AssignmentLinks.Of(task.Assignments["VNPTTV"])));
        Assert.Equal(2, (await portal.RemindersOfAsync(task.Assignments["VIETTELTV"])).Count);
    }

    [Fact]
    public async Task An_assignment_without_a_due_date_is_never_reminded()
    {
        portal.StartAFreshWeek();
        var task = await portal.IssueTaskAsync(TaskDeadline.None, "VNPTTV");

        await portal.SendDueRemindersAsync();

        Assert.Empty(await portal.RemindersOfAsync(task.Assignments["VNPTTV"]));
        Assert.False(await portal.ExecuteDbContextAsync(db => db.Assignments.AnyAsync(a => a.Id == task.Assignments["VNPTTV"] && a.DueDate != null)));
    }
}
