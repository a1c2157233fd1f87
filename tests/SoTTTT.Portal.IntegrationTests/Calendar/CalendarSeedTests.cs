using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Infrastructure.Seeding;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Calendar;

/// <summary>The holidays are reference data: every installation starts with those of 2022–2027.</summary>
public abstract class CalendarSeedTests(SliceFixture portal)
{
    /// <summary>Someone who may read the calendar in this installation.</summary>
    protected abstract string Reader { get; }

    private static readonly int[] SeededYears = [2022, 2023, 2024, 2025, 2026, 2027];

    [Fact]
    public async Task The_holidays_of_2022_to_2027_are_in_the_calendar_after_start()
    {
        foreach (var year in SeededYears)
        {
            var days = await portal.SendAsync(new ListCalendarDaysQuery(year), asUser: Reader);

            Assert.Equal(VietnameseHolidays.For(year).Select(d => (d.Date, d.Name, d.Kind)), days.Select(d => (d.Date, d.Name, d.Kind)));
        }
        Assert.Empty(await portal.SendAsync(new ListCalendarDaysQuery(2028), asUser: Reader));
    }

    [Fact]
    public async Task Restarting_seeds_nothing_twice_nor_brings_back_a_deleted_holiday()
    {
        var count = await portal.ExecuteDbContextAsync(db => db.CalendarDays.CountAsync());
        var joinedDay = VietnameseHolidays.NationalDayAdjacent(2026);
        // The administrator removes the day joined to Quốc khánh 2026, as if the Government chose another.
        await portal.ExecuteDbContextAsync(db => db.CalendarDays.Where(d => d.Date == joinedDay).ExecuteDeleteAsync());
        try
        {
            await portal.ExecuteScopeAsync(services => services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(TestContext.Current.CancellationToken));

            Assert.Equal(count - 1, await portal.ExecuteDbContextAsync(db => db.CalendarDays.CountAsync()));
        }
        finally
        {
            // Put back for the other tests of this class.
            await portal.ExecuteDbContextAsync(db =>
            {
                db.CalendarDays.Add(VietnameseHolidays.For(2026).Single(d => d.Date == joinedDay));
                return db.SaveChangesAsync();
            });
        }
    }
}

public sealed class DemoCalendarSeedTests(DemoPortal portal) : CalendarSeedTests(portal), IClassFixture<DemoPortal>
{
    protected override string Reader => DemoUsers.VnptReporter;
}

public sealed class ProductionCalendarSeedTests(ProductionPortal portal) : CalendarSeedTests(portal), IClassFixture<ProductionPortal>
{
    protected override string Reader => "quantri";
}
