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
/// Indicator totals, kept with the standing figures (<see cref="IndicatorFigure"/>) like <see cref="AssignmentTally"/>:
/// the sum of the figures for one indicator name and unit of measure, and how many figures, either of one reporting unit
/// across the province (<see cref="UnitId"/> set: the province's totals and the units that gave them), or of all the
/// directives issued on one day (<see cref="IssuedOn"/> set: a period's totals are a range of days), from every kind of
/// reporting unit (no <see cref="UnitKind"/>) or from one.
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
        IssuedOn = key.IssuedOn;
        UnitKind = key.UnitKind;
        Figures = figures;
        Total = total;
    }

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public string UnitOfMeasure { get; private set; } = "";
    /// <summary>The reporting unit, on the province's rows; none on an issue day's rows.</summary>
    public Guid? UnitId { get; private set; }
    /// <summary>The issue date of the directives counted, on an issue day's rows; none on the province's rows.</summary>
    public DateOnly? IssuedOn { get; private set; }
    /// <summary>The reporting units' kind, on an issue day's rows of one kind; none on the others.</summary>
    public OrgUnitKind? UnitKind { get; private set; }
    public int Figures { get; private set; }
    public decimal Total { get; private set; }

    /// <summary>The three rows a figure counts in: its unit's across the province, and its directive's issue day's, of every kind and of its unit's kind.</summary>
    public static IndicatorTallyKey[] KeysOf(string name, string unitOfMeasure, Guid unitId, OrgUnitKind unitKind, DateOnly issuedOn) =>
    [
        new(name, unitOfMeasure, unitId, null, null),
        new(name, unitOfMeasure, null, issuedOn, null),
        new(name, unitOfMeasure, null, issuedOn, unitKind),
    ];
}

public readonly record struct IndicatorTallyKey(string Name, string UnitOfMeasure, Guid? UnitId, DateOnly? IssuedOn, OrgUnitKind? UnitKind);

/// <summary>
/// The progress reports submitted in one week (Monday first, Viet Nam time) by one kind of unit on one directive or in
/// the whole province (no directive, no issue date), or by every kind of unit on all the directives issued on one day
/// (no directive, an issue date, no kind), kept with the reports like
/// <see cref="AssignmentTally"/>: the dashboard's weekly chart reads a row per week of the province, of each issue day
/// of a period, or of a directive, instead of every report of those weeks.
/// </summary>
public sealed class ReportTally
{
    private ReportTally()
    {
    }

    public ReportTally(ReportTallyKey key, int count)
    {
        DocumentId = key.DocumentId;
        IssuedOn = key.IssuedOn;
        UnitKind = key.UnitKind;
        WeekStart = key.WeekStart;
        Count = count;
    }

    public long Id { get; private set; }
    /// <summary>The directive; none on the province-wide rows.</summary>
    public Guid? DocumentId { get; private set; }
    /// <summary>The directive's issue date, as on <see cref="AssignmentTally.IssuedOn"/>; on an issue day's rows, that day.</summary>
    public DateOnly? IssuedOn { get; private set; }
    /// <summary>The kind of the unit that reported (the report's own unit, which a merger does not change); none on an issue day's rows.</summary>
    public OrgUnitKind? UnitKind { get; private set; }
    public DateOnly WeekStart { get; private set; }
    public int Count { get; private set; }

    /// <summary>The three rows a report counts in: its directive's and the province's, by its unit's kind, and its directive's issue day's.</summary>
    public static ReportTallyKey[] KeysOf(Guid documentId, DateOnly issuedOn, OrgUnitKind unitKind, DateTime submittedAtUtc)
    {
        var week = WeekOf(submittedAtUtc);
        return [new(documentId, issuedOn, unitKind, week), new(null, issuedOn, null, week), new(null, null, unitKind, week)];
    }

    /// <summary>The Monday of the week (Viet Nam time) a report submitted at <paramref name="submittedAtUtc"/> falls in.</summary>
    public static DateOnly WeekOf(DateTime submittedAtUtc) => WeekStartOf(DateOnly.FromDateTime(PortalTime.ToLocal(submittedAtUtc)));

    /// <summary>The Monday of <paramref name="day"/>'s ISO week.</summary>
    public static DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

public readonly record struct ReportTallyKey(Guid? DocumentId, DateOnly? IssuedOn, OrgUnitKind? UnitKind, DateOnly WeekStart);
