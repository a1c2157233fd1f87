using SoTTTT.Portal.Core.Common.Text;
using MudBlazor;
using SoTTTT.Portal.Core.Domain.Calendar;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>The Vietnamese names of the calendar's kinds of day and of the weekdays, resource keys for the UI.</summary>
public static class CalendarNames
{
    public static string Of(CalendarDayKind kind) => VietnameseTerms.Of(kind);

    public static string Of(DayOfWeek day) => VietnameseTerms.Of(day);

    public static Color ColorOf(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => Color.Error,
        CalendarDayKind.CompensatoryDayOff => Color.Warning,
        _ => Color.Success,
    };
}
