using MudBlazor;
using SoTTTT.Portal.Core.Domain.Calendar;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>The Vietnamese names of the calendar's kinds of day and of the weekdays, resource keys for the UI.</summary>
public static class CalendarNames
{
    public static string Of(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => "Ngày lễ",
        CalendarDayKind.CompensatoryDayOff => "Nghỉ bù",
        CalendarDayKind.WorkingWeekend => "Làm bù",
        _ => kind.ToString(),
    };

    public static string Of(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };

    public static Color ColorOf(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => Color.Error,
        CalendarDayKind.CompensatoryDayOff => Color.Warning,
        _ => Color.Success,
    };
}
