namespace SoTTTT.Portal.Core.Domain.Calendar;

/// <summary>
/// Working days: Monday to Friday, less holidays and days off, plus the weekend days worked in
/// exchange. Deadlines "n ngày làm việc" and the "due soon" window count in these days.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _daysOff;
    private readonly HashSet<DateOnly> _workedWeekendDays;

    public WorkingCalendar(IEnumerable<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var list = days.ToList();
        _daysOff = [.. list.Where(d => d.Kind != CalendarDayKind.WorkingWeekend).Select(d => d.Date)];
        _workedWeekendDays = [.. list.Where(d => d.Kind == CalendarDayKind.WorkingWeekend).Select(d => d.Date)];
    }

    /// <summary>Weekends only, no holidays: for tests and for a portal whose calendar is empty.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([]);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
            ? _workedWeekendDays.Contains(date)
            : !_daysOff.Contains(date);

    /// <summary>
    /// The day on which a period of <paramref name="days"/> working days that starts after
    /// <paramref name="start"/> ends: issued on a Friday, "3 ngày làm việc" ends on Wednesday.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
                days--;
        }
        return date;
    }

    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when <paramref name="to"/> is not later.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
                count++;
        }
        return count;
    }
}
