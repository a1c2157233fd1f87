using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>The UI's dates: dd/MM/yyyy as printed reports write them (<see cref="VietnameseNumbers"/>), times in Viet Nam.</summary>
public static class VietnameseDates
{
    public static string Day(DateOnly? date) => VietnameseNumbers.Date(date);

    public static string Time(DateTime? utc) => utc is { } value
        ? PortalTime.ToLocal(value).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)
        : "—";

    public static DateOnly? ToDateOnly(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;

    public static DateTime? ToDateTime(DateOnly? value) => value?.ToDateTime(TimeOnly.MinValue);
}
