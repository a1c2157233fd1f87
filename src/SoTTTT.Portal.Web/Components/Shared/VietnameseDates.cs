using SoTTTT.Portal.Core.Common;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>The one place the UI formats dates: dd/MM/yyyy, times in Viet Nam.</summary>
public static class VietnameseDates
{
    public static string Day(DateOnly? date) => date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    public static string Time(DateTime? utc) => utc is { } value
        ? PortalTime.ToLocal(value).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)
        : "—";

    public static DateOnly? ToDateOnly(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;

    public static DateTime? ToDateTime(DateOnly? value) => value?.ToDateTime(TimeOnly.MinValue);
}
