using System.Globalization;

namespace SoTTTT.Portal.Core.Domain.Calendar;

/// <summary>
/// The public holidays of a year under the Labour Code 2019, Art. 112, and the days off in lieu of
/// those that fall on a weekend (Art. 111(3)). Lunar dates come from .NET's
/// <see cref="ChineseLunisolarCalendar"/>: Viet Nam's lunar calendar is computed for UTC+7 and can
/// differ from the Chinese one (UTC+8) by a day in rare years; the administrator corrects the
/// calendar then, as for the days the Government swaps each year.
/// </summary>
public static class VietnameseHolidays
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>The first and last years the lunisolar calendar covers whole.</summary>
    public const int MinYear = 1902;
    public const int MaxYear = 2100;

    public static IReadOnlyList<CalendarDay> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);

        var holidays = HolidaysOf(year).OrderBy(h => h.Date).ToList();
        var daysOff = new HashSet<DateOnly>();
        var days = new List<CalendarDay>();
        var inLieu = new List<Holiday>();
        foreach (var holiday in holidays)
        {
            // Two holidays on one date (Giỗ Tổ on 30/4 happens) are owed two days, as a weekend one is.
            if (!daysOff.Add(holiday.Date))
            {
                inLieu.Add(holiday);
                continue;
            }
            days.Add(new CalendarDay(holiday.Date, holiday.Name, CalendarDayKind.Holiday));
            if (IsWeekend(holiday.Date))
                inLieu.Add(holiday);
        }

        // Art. 111(3): a holiday on the weekly rest day is taken on the next working day; for a
        // run of holidays (Tết) that is the first working day after the run, then the next.
        foreach (var holiday in inLieu)
        {
            var date = holiday.Date.AddDays(1);
            while (IsWeekend(date) || daysOff.Contains(date))
                date = date.AddDays(1);
            daysOff.Add(date);
            days.Add(new CalendarDay(date, $"Nghỉ bù {holiday.Occasion}", CalendarDayKind.CompensatoryDayOff));
        }

        return [.. days.OrderBy(d => d.Date)];
    }

    /// <summary>Mùng 1 Tết: the first day of the lunar year that begins in <paramref name="year"/>.</summary>
    public static DateOnly LunarNewYear(int year) => FromLunar(year, 1, 1);

    /// <summary>10 tháng 3 âm lịch.</summary>
    public static DateOnly HungKingsCommemoration(int year) => FromLunar(year, 3, 10);

    /// <summary>
    /// The day joined to Quốc khánh 2/9 (Art. 112(1)(đ): "01 ngày liền kề trước hoặc sau"). It is a
    /// weekday, so that it is a day off indeed, and the day before unless that is a weekend day or
    /// 2/9 is a Thursday, so that the holiday joins a weekend when it can: Monday → 3/9, Tuesday →
    /// 1/9, Wednesday → 1/9, Thursday → 3/9, Friday → 1/9, Saturday → 1/9, Sunday → 3/9.
    /// </summary>
    public static DateOnly NationalDayAdjacent(int year)
    {
        var before = new DateOnly(year, 9, 1);
        var nationalDay = new DateOnly(year, 9, 2);
        return IsWeekend(before) || nationalDay.DayOfWeek == DayOfWeek.Thursday ? new DateOnly(year, 9, 3) : before;
    }

    private static IEnumerable<Holiday> HolidaysOf(int year)
    {
        yield return new Holiday(new DateOnly(year, 1, 1), "Tết Dương lịch", "Tết Dương lịch");

        // Tết Nguyên đán: the last day of the old lunar year and the first four of the new one.
        const string tet = "Tết Nguyên đán";
        var newYear = LunarNewYear(year);
        var eve = newYear.AddDays(-1);
        yield return new Holiday(eve, $"{tet} ({Lunar.GetDayOfMonth(eve.ToDateTime(TimeOnly.MinValue))} Tết)", tet);
        for (var day = 0; day < 4; day++)
            yield return new Holiday(newYear.AddDays(day), $"{tet} (mùng {day + 1})", tet);

        yield return new Holiday(HungKingsCommemoration(year), "Giỗ Tổ Hùng Vương", "Giỗ Tổ Hùng Vương");
        yield return new Holiday(new DateOnly(year, 4, 30), "Ngày Chiến thắng", "Ngày Chiến thắng");
        yield return new Holiday(new DateOnly(year, 5, 1), "Ngày Quốc tế lao động", "Ngày Quốc tế lao động");
        yield return new Holiday(new DateOnly(year, 9, 2), "Quốc khánh", "Quốc khánh");
        yield return new Holiday(NationalDayAdjacent(year), "Quốc khánh (ngày liền kề)", "Quốc khánh");
    }

    private static DateOnly FromLunar(int year, int month, int day)
    {
        // A leap month takes the index after the month it repeats: with a leap 2nd month, the 3rd month is index 4.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <param name="Occasion">What a day in lieu is named after: "Nghỉ bù Tết Nguyên đán".</param>
    private sealed record Holiday(DateOnly Date, string Name, string Occasion);
}
