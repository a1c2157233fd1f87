using SoTTTT.Portal.Core.Domain.Calendar;
using static SoTTTT.Portal.Core.Domain.Calendar.CalendarDayKind;

namespace SoTTTT.Portal.Core.Tests.Domain.Calendar;

/// <summary>Labour Code 2019, Art. 112 (the holidays) and Art. 111(3) (a holiday on a weekend is taken on the next working day).</summary>
public sealed class VietnameseHolidaysTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static (DateOnly, CalendarDayKind)[] DaysOf(int year) =>
        [.. VietnameseHolidays.For(year).Select(d => (d.Date, d.Kind))];

    private static string NameOn(DateOnly date) =>
        VietnameseHolidays.For(date.Year).Single(d => d.Date == date).Name;

    [Theory]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    public void Tet_is_the_last_day_of_the_lunar_year_and_the_first_four_of_the_new_one(int year, string lunarNewYear)
    {
        var newYear = DateOnly.Parse(lunarNewYear, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(newYear, VietnameseHolidays.LunarNewYear(year));
        var tet = VietnameseHolidays.For(year).Where(d => d.Kind == Holiday && d.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal)).ToList();
        Assert.Equal([newYear.AddDays(-1), newYear, newYear.AddDays(1), newYear.AddDays(2), newYear.AddDays(3)], tet.Select(d => d.Date));
        Assert.Equal("Tết Nguyên đán (mùng 1)", NameOn(newYear));
    }

    [Theory]
    [InlineData(2022, "2022-04-10")]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    public void Hung_Kings_commemoration_is_the_tenth_day_of_the_third_lunar_month(int year, string expected)
    {
        var date = DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(date, VietnameseHolidays.HungKingsCommemoration(year));
        Assert.Equal("Giỗ Tổ Hùng Vương", NameOn(date));
    }

    [Fact]
    public void Hung_Kings_day_2023_counts_the_leap_second_month()
    {
        // 2023 (Quý Mão) had a leap 2nd lunar month: without it Giỗ Tổ would fall a month early, on 31/3.
        Assert.Equal(D(2023, 4, 29), VietnameseHolidays.HungKingsCommemoration(2023));
    }

    [Fact]
    public void Year_2022_gives_days_off_in_lieu_for_New_Year_Hung_Kings_day_30_April_and_1_May()
    {
        Assert.Equal(
        [
            (D(2022, 1, 1), Holiday), (D(2022, 1, 3), CompensatoryDayOff),
            (D(2022, 1, 31), Holiday), (D(2022, 2, 1), Holiday), (D(2022, 2, 2), Holiday), (D(2022, 2, 3), Holiday), (D(2022, 2, 4), Holiday),
            (D(2022, 4, 10), Holiday), (D(2022, 4, 11), CompensatoryDayOff),
            (D(2022, 4, 30), Holiday), (D(2022, 5, 1), Holiday), (D(2022, 5, 2), CompensatoryDayOff), (D(2022, 5, 3), CompensatoryDayOff),
            (D(2022, 9, 1), Holiday), (D(2022, 9, 2), Holiday),
        ], DaysOf(2022));
        Assert.Equal("Nghỉ bù Tết Dương lịch", NameOn(D(2022, 1, 3)));
        Assert.Equal("Nghỉ bù Ngày Chiến thắng", NameOn(D(2022, 5, 2)));
        Assert.Equal("Nghỉ bù Ngày Quốc tế lao động", NameOn(D(2022, 5, 3)));
    }

    [Fact]
    public void Year_2023_Hung_Kings_day_on_Saturday_29_April_is_taken_after_the_two_holidays_that_follow()
    {
        Assert.Equal(
        [
            (D(2023, 1, 1), Holiday), (D(2023, 1, 2), CompensatoryDayOff),
            (D(2023, 1, 21), Holiday), (D(2023, 1, 22), Holiday), (D(2023, 1, 23), Holiday), (D(2023, 1, 24), Holiday), (D(2023, 1, 25), Holiday),
            (D(2023, 1, 26), CompensatoryDayOff), (D(2023, 1, 27), CompensatoryDayOff),
            (D(2023, 4, 29), Holiday), (D(2023, 4, 30), Holiday), (D(2023, 5, 1), Holiday),
            (D(2023, 5, 2), CompensatoryDayOff), (D(2023, 5, 3), CompensatoryDayOff),
            (D(2023, 9, 1), Holiday), (D(2023, 9, 2), Holiday), (D(2023, 9, 4), CompensatoryDayOff),
        ], DaysOf(2023));
        Assert.Equal("Nghỉ bù Giỗ Tổ Hùng Vương", NameOn(D(2023, 5, 2)));
        Assert.Equal("Nghỉ bù Ngày Chiến thắng", NameOn(D(2023, 5, 3)));
        Assert.Equal("Nghỉ bù Tết Nguyên đán", NameOn(D(2023, 1, 26)));
        Assert.Equal("Nghỉ bù Quốc khánh", NameOn(D(2023, 9, 4)));
    }

    [Fact]
    public void Year_2024_Tet_from_Friday_gives_two_days_in_lieu_and_National_Day_on_Monday_joins_Tuesday()
    {
        Assert.Equal(
        [
            (D(2024, 1, 1), Holiday),
            (D(2024, 2, 9), Holiday), (D(2024, 2, 10), Holiday), (D(2024, 2, 11), Holiday), (D(2024, 2, 12), Holiday), (D(2024, 2, 13), Holiday),
            (D(2024, 2, 14), CompensatoryDayOff), (D(2024, 2, 15), CompensatoryDayOff),
            (D(2024, 4, 18), Holiday), (D(2024, 4, 30), Holiday), (D(2024, 5, 1), Holiday),
            (D(2024, 9, 2), Holiday), (D(2024, 9, 3), Holiday),
        ], DaysOf(2024));
        Assert.Equal("Quốc khánh (ngày liền kề)", NameOn(D(2024, 9, 3)));
    }

    [Fact]
    public void Year_2025_the_fourth_day_of_Tet_on_Saturday_is_taken_on_Monday()
    {
        Assert.Equal(
        [
            (D(2025, 1, 1), Holiday),
            (D(2025, 1, 28), Holiday), (D(2025, 1, 29), Holiday), (D(2025, 1, 30), Holiday), (D(2025, 1, 31), Holiday), (D(2025, 2, 1), Holiday),
            (D(2025, 2, 3), CompensatoryDayOff),
            (D(2025, 4, 7), Holiday), (D(2025, 4, 30), Holiday), (D(2025, 5, 1), Holiday),
            (D(2025, 9, 1), Holiday), (D(2025, 9, 2), Holiday),
        ], DaysOf(2025));
    }

    [Fact]
    public void Year_2026_Hung_Kings_day_on_Sunday_is_taken_on_Monday()
    {
        Assert.Equal(
        [
            (D(2026, 1, 1), Holiday),
            (D(2026, 2, 16), Holiday), (D(2026, 2, 17), Holiday), (D(2026, 2, 18), Holiday), (D(2026, 2, 19), Holiday), (D(2026, 2, 20), Holiday),
            (D(2026, 4, 26), Holiday), (D(2026, 4, 27), CompensatoryDayOff),
            (D(2026, 4, 30), Holiday), (D(2026, 5, 1), Holiday),
            (D(2026, 9, 1), Holiday), (D(2026, 9, 2), Holiday),
        ], DaysOf(2026));
    }

    [Fact]
    public void Year_2027_Tet_over_a_weekend_and_1_May_on_Saturday_give_days_in_lieu()
    {
        Assert.Equal(
        [
            (D(2027, 1, 1), Holiday),
            (D(2027, 2, 5), Holiday), (D(2027, 2, 6), Holiday), (D(2027, 2, 7), Holiday), (D(2027, 2, 8), Holiday), (D(2027, 2, 9), Holiday),
            (D(2027, 2, 10), CompensatoryDayOff), (D(2027, 2, 11), CompensatoryDayOff),
            (D(2027, 4, 16), Holiday), (D(2027, 4, 30), Holiday), (D(2027, 5, 1), Holiday), (D(2027, 5, 3), CompensatoryDayOff),
            (D(2027, 9, 2), Holiday), (D(2027, 9, 3), Holiday),
        ], DaysOf(2027));
    }

    [Theory]
    [InlineData(2024, "2024-09-03")] // Monday: 1/9 is a Sunday
    [InlineData(2025, "2025-09-01")] // Tuesday: the Monday before joins the weekend
    [InlineData(2026, "2026-09-01")] // Wednesday: the day before
    [InlineData(2027, "2027-09-03")] // Thursday: the Friday after joins the weekend
    [InlineData(2022, "2022-09-01")] // Friday: 3/9 is a Saturday
    [InlineData(2023, "2023-09-01")] // Saturday: the Friday before
    [InlineData(2029, "2029-09-03")] // Sunday: 1/9 is a Saturday
    public void The_day_joined_to_National_Day_is_a_weekday_next_to_a_weekend_when_it_can_be(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), VietnameseHolidays.NationalDayAdjacent(year));

    [Fact]
    public void National_Day_on_Sunday_is_taken_after_the_Monday_joined_to_it()
    {
        // 2/9/2029 is a Sunday: 3/9 is the joined day, so the day in lieu is Tuesday 4/9.
        var september = VietnameseHolidays.For(2029).Where(d => d.Date.Month == 9).Select(d => (d.Date, d.Kind));

        Assert.Equal([(D(2029, 9, 2), Holiday), (D(2029, 9, 3), Holiday), (D(2029, 9, 4), CompensatoryDayOff)], september);
    }

    [Fact]
    public void Two_holidays_on_one_date_give_one_day_in_lieu()
    {
        // 10/3 âm lịch fell on 30/4 in 1947.
        var days = VietnameseHolidays.For(1947).Where(d => d.Date.Month is 4 or 5).Select(d => (d.Date, d.Kind, d.Name));

        Assert.Equal(
        [
            (D(1947, 4, 30), Holiday, "Giỗ Tổ Hùng Vương"),
            (D(1947, 5, 1), Holiday, "Ngày Quốc tế lao động"),
            (D(1947, 5, 2), CompensatoryDayOff, "Nghỉ bù Ngày Chiến thắng"),
        ], days);
    }

    [Fact]
    public void Every_year_the_portal_accepts_has_its_holidays_on_distinct_dates_within_the_year()
    {
        for (var year = 2000; year <= 2100; year++)
        {
            var days = VietnameseHolidays.For(year);
            Assert.Equal(days.Count, days.Select(d => d.Date).Distinct().Count());
            Assert.All(days, d => Assert.Equal(year, d.Date.Year));
            Assert.All(days.Where(d => d.Kind == CompensatoryDayOff), d => Assert.True(d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
            Assert.Equal(11, days.Count(d => d.Kind == Holiday));
        }
    }
}
