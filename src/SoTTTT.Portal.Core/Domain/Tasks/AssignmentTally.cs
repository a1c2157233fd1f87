using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Core.Domain.Tasks;

/// <summary>Where an assignment stands for the dashboards' counts, whatever the day: the open ones are judged by their due date when read.</summary>
public enum TallyState
{
    Open = 0,
    CompletedOnTime = 1,
    CompletedLate = 2,
}

/// <summary>
/// How many assignments of a directive (or, with no directive, of the whole province) a kind of unit holds in one
/// state, the open ones by due date. Kept by the persistence layer in the transaction that changes an assignment, so
/// the dashboards add up a few thousand rows instead of counting half a million assignments. A key may have more than
/// one row (two writers that both found it missing each add one); readers always sum.
/// </summary>
public sealed class AssignmentTally
{
    private AssignmentTally()
    {
    }

    public AssignmentTally(TallyKey key, DateOnly? issuedOn, int count)
    {
        DocumentId = key.DocumentId;
        IssuedOn = issuedOn;
        UnitKind = key.UnitKind;
        State = key.State;
        DueDate = key.DueDate;
        Count = count;
    }

    public long Id { get; private set; }
    /// <summary>The directive; none on the province-wide rows.</summary>
    public Guid? DocumentId { get; private set; }
    /// <summary>The directive's issue date (fixed once issued), so a period's rows are read as one range.</summary>
    public DateOnly? IssuedOn { get; private set; }
    /// <summary>The kind of the assignment's unit, as it is now.</summary>
    public OrgUnitKind UnitKind { get; private set; }
    public TallyState State { get; private set; }
    /// <summary>The due date of open assignments; none on completed ones (their state no longer changes with the day).</summary>
    public DateOnly? DueDate { get; private set; }
    public int Count { get; private set; }

    /// <summary>The state an assignment's dates give: completed on time when it had no due date or met it.</summary>
    public static TallyState StateOf(DateOnly? completedOn, DateOnly? dueDate) => completedOn switch
    {
        null => TallyState.Open,
        { } done when dueDate is null || done <= dueDate => TallyState.CompletedOnTime,
        _ => TallyState.CompletedLate,
    };

    /// <summary>The keys (the directive's and the province's) an assignment in that state is counted under.</summary>
    public static (TallyKey Directive, TallyKey Province) KeysOf(Guid documentId, OrgUnitKind unitKind, DateOnly? completedOn, DateOnly? dueDate)
    {
        var state = StateOf(completedOn, dueDate);
        var due = state == TallyState.Open ? dueDate : null;
        return (new TallyKey(documentId, unitKind, state, due), new TallyKey(null, unitKind, state, due));
    }
}

public readonly record struct TallyKey(Guid? DocumentId, OrgUnitKind UnitKind, TallyState State, DateOnly? DueDate);

/// <summary>
/// The province-wide indicator totals per reporting unit: the sum of its standing figures (<see cref="IndicatorFigure"/>)
/// for one indicator name and unit of measure, and how many figures. Kept with the figures, like
/// <see cref="AssignmentTally"/>.
/// </summary>
public sealed class IndicatorTally
{
    private IndicatorTally()
    {
    }

    public IndicatorTally(IndicatorTallyKey key, int figures, decimal total)
    {
        Name = key.Name;
        UnitOfMeasure = key.UnitOfMeasure;
        UnitId = key.UnitId;
        Figures = figures;
        Total = total;
    }

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public string UnitOfMeasure { get; private set; } = "";
    public Guid UnitId { get; private set; }
    public int Figures { get; private set; }
    public decimal Total { get; private set; }
}

public readonly record struct IndicatorTallyKey(string Name, string UnitOfMeasure, Guid UnitId);

/// <summary>
/// The progress reports on a directive (or, with no directive, in the whole province) submitted in one week (Monday
/// first, Viet Nam time), kept with the reports like <see cref="AssignmentTally"/>: the dashboard's weekly chart reads
/// a row per directive and week instead of every report of those weeks.
/// </summary>
public sealed class ReportTally
{
    private ReportTally()
    {
    }

    public ReportTally(Guid? documentId, DateOnly? issuedOn, DateOnly weekStart, int count)
    {
        DocumentId = documentId;
        IssuedOn = issuedOn;
        WeekStart = weekStart;
        Count = count;
    }

    public long Id { get; private set; }
    /// <summary>The directive; none on the province-wide rows.</summary>
    public Guid? DocumentId { get; private set; }
    /// <summary>The directive's issue date, as on <see cref="AssignmentTally.IssuedOn"/>.</summary>
    public DateOnly? IssuedOn { get; private set; }
    public DateOnly WeekStart { get; private set; }
    public int Count { get; private set; }

    /// <summary>The Monday of the week (Viet Nam time) a report submitted at <paramref name="submittedAtUtc"/> falls in.</summary>
    public static DateOnly WeekOf(DateTime submittedAtUtc) => WeekStartOf(DateOnly.FromDateTime(PortalTime.ToLocal(submittedAtUtc)));

    /// <summary>The Monday of <paramref name="day"/>'s ISO week.</summary>
    public static DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
