using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Core.Domain.Calendar;

public enum CalendarDayKind
{
    /// <summary>Ngày lễ, Tết: a public holiday; one on a weekend is listed too, its day off in lieu separately.</summary>
    Holiday = 0,
    /// <summary>Ngày nghỉ bù: a day off in place of a holiday that fell on a weekend, or a bridged day.</summary>
    CompensatoryDayOff = 1,
    /// <summary>Ngày làm bù: a Saturday (or Sunday) worked in exchange for a bridged day.</summary>
    WorkingWeekend = 2,
}

/// <summary>
/// A day that differs from the ordinary week: a holiday or day off on a weekday, or a weekend day
/// worked. The administrator keeps the calendar; the seed computes the lunar holidays.
/// </summary>
public sealed class CalendarDay : Entity
{
    public const int NameMaxLength = 200;

    private CalendarDay()
    {
    }

    public CalendarDay(DateOnly date, string name, CalendarDayKind kind)
    {
        Date = date;
        Change(name, kind);
    }

    public DateOnly Date { get; private set; }
    public string Name { get; private set; } = "";
    public CalendarDayKind Kind { get; private set; }

    public void Change(string name, CalendarDayKind kind)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainRuleException("Hãy ghi tên ngày nghỉ hoặc ngày làm bù.", nameof(Name));
        var isWeekend = Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == CalendarDayKind.WorkingWeekend && !isWeekend)
            throw new DomainRuleException("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.", nameof(Kind));
        Name = VietnameseText.Compose(name.Trim());
        Kind = kind;
    }
}
