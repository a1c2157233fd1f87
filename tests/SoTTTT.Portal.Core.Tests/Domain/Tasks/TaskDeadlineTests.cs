using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Core.Tests.Domain.Tasks;

public sealed class TaskDeadlineTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static readonly WorkingCalendar Calendar2023 = new(VietnameseHolidays.For(2023));

    [Fact]
    public void A_fixed_date_is_due_on_that_date()
    {
        var deadline = new TaskDeadline(DeadlineKind.FixedDate, Date: D(2022, 4, 30));

        Assert.Equal(D(2022, 4, 30), deadline.FirstDue(D(2022, 4, 19), Calendar2023));
    }

    [Fact]
    public void Working_days_after_issue_skip_the_holidays_of_the_calendar()
    {
        var deadline = new TaskDeadline(DeadlineKind.WorkingDaysAfterIssue, WorkingDays: 5);

        // Issued Friday 20/1/2023, before Tết: the five working days are 30/1 to 3/2.
        Assert.Equal(D(2023, 2, 3), deadline.FirstDue(D(2023, 1, 20), Calendar2023));
        Assert.Equal(D(2023, 1, 27), deadline.FirstDue(D(2023, 1, 20), WorkingCalendar.WeekendsOnly));
    }

    [Fact]
    public void An_open_ended_task_has_no_due_date()
    {
        Assert.Null(TaskDeadline.None.FirstDue(D(2022, 4, 19), Calendar2023));
    }

    [Fact]
    public void A_weekly_report_is_first_due_on_the_next_cut_off_weekday()
    {
        var friday = new TaskDeadline(DeadlineKind.Weekly, CutOffDay: 5);

        // Issued Tuesday 19/4/2022.
        Assert.Equal(D(2022, 4, 22), friday.FirstDue(D(2022, 4, 19), Calendar2023));
    }

    [Fact]
    public void A_monthly_report_is_first_due_on_the_cut_off_day_of_the_month()
    {
        var on25th = new TaskDeadline(DeadlineKind.Monthly, CutOffDay: 25);

        Assert.Equal(D(2022, 4, 25), on25th.FirstDue(D(2022, 4, 19), Calendar2023));
    }

    [Fact]
    public void A_quarterly_report_is_first_due_in_the_last_month_of_the_quarter()
    {
        var on20th = new TaskDeadline(DeadlineKind.Quarterly, CutOffDay: 20);

        Assert.Equal(D(2022, 6, 20), on20th.FirstDue(D(2022, 4, 19), Calendar2023));
    }

    [Theory]
    [InlineData(1, "2025-10-13")] // Monday
    [InlineData(5, "2025-10-17")] // Friday: a cut-off on the day itself is the next week's
    [InlineData(6, "2025-10-11")] // Saturday
    [InlineData(7, "2025-10-12")] // Sunday
    public void Weekly_cut_off_is_the_next_such_weekday_strictly_after_the_date(int weekday, string expected)
    {
        var deadline = new TaskDeadline(DeadlineKind.Weekly, CutOffDay: weekday);

        // Friday 10/10/2025.
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), deadline.NextCutOffAfter(D(2025, 10, 10)));
    }

    [Theory]
    [InlineData("2024-01-15", "2024-01-31")]
    [InlineData("2024-01-31", "2024-02-29")] // a leap February ends on the 29th
    [InlineData("2025-02-10", "2025-02-28")]
    [InlineData("2025-04-30", "2025-05-31")]
    [InlineData("2025-12-31", "2026-01-31")]
    public void Monthly_cut_off_on_the_31st_is_the_last_day_of_a_shorter_month(string after, string expected)
    {
        var deadline = new TaskDeadline(DeadlineKind.Monthly, CutOffDay: 31);

        Assert.Equal(Parse(expected), deadline.NextCutOffAfter(Parse(after)));
    }

    [Theory]
    [InlineData("2025-01-05", "2025-03-15")]
    [InlineData("2025-03-15", "2025-06-15")] // the cut-off day itself moves on a quarter
    [InlineData("2025-03-16", "2025-06-15")]
    [InlineData("2025-06-01", "2025-06-15")]
    [InlineData("2025-11-20", "2025-12-15")]
    [InlineData("2025-12-20", "2026-03-15")]
    public void Quarterly_cut_off_falls_in_March_June_September_or_December(string after, string expected)
    {
        var deadline = new TaskDeadline(DeadlineKind.Quarterly, CutOffDay: 15);

        Assert.Equal(Parse(expected), deadline.NextCutOffAfter(Parse(after)));
    }

    [Fact]
    public void Quarterly_cut_off_on_the_31st_is_30_June_and_30_September()
    {
        var deadline = new TaskDeadline(DeadlineKind.Quarterly, CutOffDay: 31);

        Assert.Equal(D(2025, 6, 30), deadline.NextCutOffAfter(D(2025, 3, 31)));
        Assert.Equal(D(2025, 9, 30), deadline.NextCutOffAfter(D(2025, 6, 30)));
        Assert.Equal(D(2025, 12, 31), deadline.NextCutOffAfter(D(2025, 9, 30)));
    }

    [Fact]
    public void Only_a_recurring_deadline_has_cut_offs()
    {
        Assert.Throws<InvalidOperationException>(() => new TaskDeadline(DeadlineKind.FixedDate, Date: D(2025, 1, 1)).NextCutOffAfter(D(2025, 1, 1)));
    }

    private static DateOnly Parse(string value) => DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
