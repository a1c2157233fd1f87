namespace SoTTTT.Portal.Core.Domain.Tasks;

/// <summary>
/// A task's deadline as the directive states it. <see cref="CutOffDay"/> is the weekday (1 = Monday)
/// of a weekly report, or the day of the month of a monthly or quarterly one (past the month's end
/// it means the month's last day).
/// </summary>
public sealed record TaskDeadline(DeadlineKind Kind, DateOnly? Date = null, int? WorkingDays = null, int? CutOffDay = null)
{
    public const int MaxWorkingDays = 365;

    public static TaskDeadline None { get; } = new(DeadlineKind.None);

    public bool IsRecurring => Kind is DeadlineKind.Weekly or DeadlineKind.Monthly or DeadlineKind.Quarterly;

    /// <summary>Refuses a deadline that lacks what its kind needs.</summary>
    public void EnsureValid()
    {
        switch (Kind)
        {
            case DeadlineKind.FixedDate when Date is null:
                throw new DomainRuleException("Hãy chọn hạn hoàn thành.", "DueDate");
            case DeadlineKind.WorkingDaysAfterIssue when WorkingDays is not (>= 1 and <= MaxWorkingDays):
                throw new DomainRuleException("Số ngày làm việc phải từ 1 đến 365.", nameof(WorkingDays));
            case DeadlineKind.Weekly when CutOffDay is not (>= 1 and <= 7):
                throw new DomainRuleException("Hãy chọn ngày trong tuần phải báo cáo.", nameof(CutOffDay));
            case DeadlineKind.Monthly or DeadlineKind.Quarterly when CutOffDay is not (>= 1 and <= 31):
                throw new DomainRuleException("Ngày chốt báo cáo phải từ 1 đến 31.", nameof(CutOffDay));
        }
    }

    /// <summary>The first due date once the directive is issued on <paramref name="issuedOn"/>; none for an open-ended task.</summary>
    public DateOnly? FirstDue(DateOnly issuedOn, Calendar.WorkingCalendar calendar) => Kind switch
    {
        DeadlineKind.FixedDate => Date,
        DeadlineKind.WorkingDaysAfterIssue => calendar.AddWorkingDays(issuedOn, WorkingDays!.Value),
        _ when IsRecurring => NextCutOffAfter(issuedOn),
        _ => null,
    };

    /// <summary>The first report cut-off strictly after <paramref name="date"/>.</summary>
    public DateOnly NextCutOffAfter(DateOnly date)
    {
        var day = CutOffDay ?? 1;
        switch (Kind)
        {
            case DeadlineKind.Weekly:
                var target = (DayOfWeek)(day % 7);
                var next = date.AddDays(1);
                while (next.DayOfWeek != target)
                    next = next.AddDays(1);
                return next;
            case DeadlineKind.Monthly:
            case DeadlineKind.Quarterly:
                var step = Kind == DeadlineKind.Monthly ? 1 : 3;
                // The period ends in this month (monthly) or the quarter's last month.
                var month = new DateOnly(date.Year, date.Month, 1);
                if (Kind == DeadlineKind.Quarterly)
                    month = month.AddMonths((3 - (date.Month % 3)) % 3);
                while (true)
                {
                    var cutOff = new DateOnly(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
                    if (cutOff > date)
                        return cutOff;
                    month = month.AddMonths(step);
                }
            default:
                throw new InvalidOperationException("Only a recurring deadline has cut-offs.");
        }
    }

    /// <summary>
    /// Whether an open assignment still owes a report on <paramref name="today"/>: it has none yet, or,
    /// for a recurring report, none since the last cut-off (a report after it is this period's).
    /// </summary>
    public bool OwesReport(int reportCount, DateTime? lastReportAtUtc, DateOnly today) =>
        IsRecurring
            ? lastReportAtUtc is not { } last || DateOnly.FromDateTime(Common.PortalTime.ToLocal(last)) <= LastCutOffBefore(today)
            : reportCount == 0;

    /// <summary>
    /// The last report cut-off strictly before <paramref name="date"/>: the start of the period that
    /// holds it, so a report submitted after it is the report of that period.
    /// </summary>
    public DateOnly LastCutOffBefore(DateOnly date)
    {
        // Two periods back always lies before the last cut-off; walk forward from there.
        var cutOff = NextCutOffAfter(Kind switch
        {
            DeadlineKind.Weekly => date.AddDays(-15),
            DeadlineKind.Monthly => date.AddMonths(-2),
            _ => date.AddMonths(-6),
        });
        for (var next = NextCutOffAfter(cutOff); next < date; next = NextCutOffAfter(next))
            cutOff = next;
        return cutOff;
    }
}
