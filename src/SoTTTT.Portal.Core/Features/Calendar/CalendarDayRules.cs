using FluentValidation;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Domain.Calendar;

namespace SoTTTT.Portal.Core.Features.Calendar;

/// <summary>The rules shared by the calendar's messages.</summary>
public static class CalendarDayRules
{
    /// <summary>The years the calendar keeps.</summary>
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public static IRuleBuilderOptions<T, string> ValidDayName<T>(this IRuleBuilderInitial<T, string> rule, IStringLocalizer<CoreResource> l) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(l["Hãy ghi tên ngày nghỉ hoặc ngày làm bù."])
            .MaximumLength(CalendarDay.NameMaxLength).WithMessage(l["Tên ngày dài tối đa {0} ký tự.", CalendarDay.NameMaxLength]);

    public static IRuleBuilderOptions<T, CalendarDayKind> ValidDayKind<T>(this IRuleBuilder<T, CalendarDayKind> rule, IStringLocalizer<CoreResource> l) =>
        rule.IsInEnum().WithMessage(l["Loại ngày không hợp lệ."]);

    public static IRuleBuilderOptions<T, int> ValidCalendarYear<T>(this IRuleBuilder<T, int> rule, IStringLocalizer<CoreResource> l) =>
        rule.InclusiveBetween(FirstYear, LastYear).WithMessage(l["Năm phải từ {0} đến {1}.", FirstYear, LastYear]);
}
