using SoTTTT.Portal.Core.Domain.Calendar;

namespace SoTTTT.Portal.Core.Tests.Domain.Calendar;

public sealed class WorkingCalendarTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static readonly WorkingCalendar Calendar2023 = new(VietnameseHolidays.For(2023));

    [Fact]
    public void Three_working_days_from_a_Friday_end_on_Wednesday()
    {
        Assert.Equal(D(2025, 10, 15), WorkingCalendar.WeekendsOnly.AddWorkingDays(D(2025, 10, 10), 3));
    }

    [Fact]
    public void Working_days_skip_Tet_2023_and_its_days_in_lieu()
    {
        // Issued on Friday 20/1/2023; 21–25/1 is Tết, 26–27/1 the days in lieu of its weekend days.
        var issued = D(2023, 1, 20);

        Assert.Equal(D(2023, 1, 30), Calendar2023.AddWorkingDays(issued, 1));
        Assert.Equal(D(2023, 2, 3), Calendar2023.AddWorkingDays(issued, 5));
    }

    [Fact]
    public void A_deadline_over_30_April_2023_skips_five_days_off()
    {
        // Friday 28/4: 29/4–3/5 are holidays, a weekend and days in lieu.
        Assert.Equal(D(2023, 5, 4), Calendar2023.AddWorkingDays(D(2023, 4, 28), 1));
    }

    [Fact]
    public void Zero_working_days_is_the_start_itself()
    {
        Assert.Equal(D(2023, 1, 21), Calendar2023.AddWorkingDays(D(2023, 1, 21), 0));
    }

    [Fact]
    public void A_working_Saturday_counts_as_a_working_day()
    {
        var calendar = new WorkingCalendar([new CalendarDay(D(2025, 2, 8), "Làm bù cho ngày 27/01/2025", CalendarDayKind.WorkingWeekend)]);

        Assert.True(calendar.IsWorkingDay(D(2025, 2, 8)));
        Assert.False(calendar.IsWorkingDay(D(2025, 2, 9)));
        // Friday 7/2 + 1 working day is that Saturday, not Monday.
        Assert.Equal(D(2025, 2, 8), calendar.AddWorkingDays(D(2025, 2, 7), 1));
        Assert.Equal(D(2025, 2, 10), WorkingCalendar.WeekendsOnly.AddWorkingDays(D(2025, 2, 7), 1));
    }

    [Fact]
    public void A_compensatory_day_off_is_not_a_working_day()
    {
        var calendar = new WorkingCalendar([new CalendarDay(D(2025, 1, 27), "Nghỉ bù (hoán đổi với thứ Bảy 08/02/2025)", CalendarDayKind.CompensatoryDayOff)]);

        Assert.False(calendar.IsWorkingDay(D(2025, 1, 27)));
        Assert.True(calendar.IsWorkingDay(D(2025, 1, 24)));
    }

    [Fact]
    public void Working_days_between_count_after_the_first_date_up_to_the_second()
    {
        // Mon 16/1 to Mon 30/1/2023: 17, 18, 19, 20 and 30 (Tết and its days in lieu between).
        Assert.Equal(5, Calendar2023.WorkingDaysBetween(D(2023, 1, 16), D(2023, 1, 30)));
        Assert.Equal(5, WorkingCalendar.WeekendsOnly.WorkingDaysBetween(D(2025, 10, 10), D(2025, 10, 17)));
        Assert.Equal(0, Calendar2023.WorkingDaysBetween(D(2023, 1, 30), D(2023, 1, 30)));
        Assert.Equal(0, Calendar2023.WorkingDaysBetween(D(2023, 1, 30), D(2023, 1, 16)));
    }

    [Fact]
    public void Working_days_between_undoes_adding_them()
    {
        var start = D(2023, 4, 20);
        var end = Calendar2023.AddWorkingDays(start, 10);

        Assert.Equal(10, Calendar2023.WorkingDaysBetween(start, end));
    }

    [Fact]
    public void A_negative_number_of_working_days_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar2023.AddWorkingDays(D(2023, 1, 2), -1));
    }
}
