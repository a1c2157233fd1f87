using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Calendar;

namespace SoTTTT.Portal.Core.Features.Calendar;

/// <summary>The working calendar as the administrator keeps it: a few dozen rows a year, read whole.</summary>
public static class WorkingCalendars
{
    public static async Task<WorkingCalendar> LoadAsync(IPortalDbContext db, CancellationToken cancellationToken) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken));
}
