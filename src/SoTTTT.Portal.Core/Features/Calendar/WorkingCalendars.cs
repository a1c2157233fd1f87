using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Calendar;

namespace SoTTTT.Portal.Core.Features.Calendar;

/// <summary>The working calendar as the administrator keeps it: a few dozen rows a year, read whole.</summary>
public static class WorkingCalendars
{
    public static async Task<WorkingCalendar> LoadAsync(IPortalDbContext db, CancellationToken cancellationToken) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>
    /// Adds the statutory holidays and days in lieu of <paramref name="year"/> whose dates are not in
    /// the calendar yet, leaving every day the administrator entered or corrected as it is. Returns
    /// how many were added; the caller saves.
    /// </summary>
    public static async Task<int> AddStatutoryHolidaysAsync(IPortalDbContext db, int year, CancellationToken cancellationToken)
    {
        var (first, last) = YearBounds(year);
        var taken = (await db.CalendarDays.Where(d => d.Date >= first && d.Date <= last).Select(d => d.Date).ToListAsync(cancellationToken))
            .ToHashSet();
        var missing = VietnameseHolidays.For(year).Where(d => !taken.Contains(d.Date)).ToList();
        db.CalendarDays.AddRange(missing);
        return missing.Count;
    }

    public static (DateOnly First, DateOnly Last) YearBounds(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}
