using SoTTTT.Portal.Core.Common;

namespace SoTTTT.Portal.Infrastructure.Seeding;

/// <summary>The demo's events happen at whole hours of Viet Nam's working day.</summary>
internal static class DemoClock
{
    /// <summary>The UTC instant of <paramref name="hour"/> o'clock in Viet Nam on <paramref name="day"/>.</summary>
    public static DateTime At(DateOnly day, int hour) => PortalTime.StartOfDayUtc(day).AddHours(hour);
}
