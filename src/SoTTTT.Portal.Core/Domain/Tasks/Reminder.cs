using SoTTTT.Portal.Core.Domain.Calendar;

namespace SoTTTT.Portal.Core.Domain.Tasks;

public enum ReminderKind
{
    /// <summary>7 ngày làm việc trước hạn.</summary>
    SevenWorkingDaysBefore = 7,
    /// <summary>3 ngày làm việc trước hạn.</summary>
    ThreeWorkingDaysBefore = 3,
    /// <summary>1 ngày làm việc trước hạn.</summary>
    OneWorkingDayBefore = 1,
    /// <summary>Đã quá hạn.</summary>
    Overdue = 0,
}

/// <summary>
/// An automatic reminder sent for an assignment. The key (assignment, kind, due date) is unique in
/// the database, so two instances of the portal, or a restart, never send the same one twice; an
/// approved extension gives a new due date and so a new round of reminders.
/// </summary>
public sealed class Reminder : Entity
{
    private Reminder()
    {
    }

    public Reminder(Guid assignmentId, ReminderKind kind, DateOnly dueDate, DateTime sentAtUtc)
    {
        AssignmentId = assignmentId;
        Kind = kind;
        DueDate = dueDate;
        SentAtUtc = sentAtUtc;
    }

    public Guid AssignmentId { get; private set; }
    public ReminderKind Kind { get; private set; }
    public DateOnly DueDate { get; private set; }
    public DateTime SentAtUtc { get; private set; }

    /// <summary>
    /// The one reminder an open assignment due on <paramref name="dueDate"/> calls for on
    /// <paramref name="today"/>: the most urgent whose moment has come, so a portal that was down
    /// on the seventh working day sends the three-day reminder, never a stale one; none while more
    /// than seven working days remain.
    /// </summary>
    public static ReminderKind? KindDueOn(DateOnly today, DateOnly dueDate, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (today > dueDate)
            return ReminderKind.Overdue;
        return calendar.WorkingDaysBetween(today, dueDate) switch
        {
            <= 1 => ReminderKind.OneWorkingDayBefore,
            <= 3 => ReminderKind.ThreeWorkingDaysBefore,
            <= 7 => ReminderKind.SevenWorkingDaysBefore,
            _ => null,
        };
    }
}
