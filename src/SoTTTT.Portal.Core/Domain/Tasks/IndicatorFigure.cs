namespace SoTTTT.Portal.Core.Domain.Tasks;

/// <summary>
/// An assignment's standing figure for one indicator: the value of its latest accepted report (the highest
/// sequence accepted, whatever the order of acceptance). Written when a report is accepted, so the dashboards sum
/// these rows instead of searching two million reports for each assignment's latest accepted one. The indicator's
/// name and unit of measure are copied: a task's indicators are fixed once it is issued.
/// </summary>
public sealed class IndicatorFigure
{
    private IndicatorFigure()
    {
    }

    private IndicatorFigure(ProgressReport report, DateOnly issuedOn, TaskIndicator indicator, decimal value)
    {
        AssignmentId = report.AssignmentId;
        IndicatorId = indicator.Id;
        ReportId = report.Id;
        DocumentId = report.DocumentId;
        IssuedOn = issuedOn;
        UnitId = report.UnitId;
        Name = indicator.Name;
        UnitOfMeasure = indicator.UnitOfMeasure;
        Value = value;
    }

    public Guid AssignmentId { get; private set; }
    public Guid IndicatorId { get; private set; }
    /// <summary>The accepted report the value comes from.</summary>
    public Guid ReportId { get; private set; }
    public Guid DocumentId { get; private set; }
    /// <summary>The directive's issue date (fixed once issued), so a period's figures of one unit are read as one range.</summary>
    public DateOnly IssuedOn { get; private set; }
    /// <summary>The reporting unit, as on the report.</summary>
    public Guid UnitId { get; private set; }
    public string Name { get; private set; } = "";
    public string UnitOfMeasure { get; private set; } = "";
    public decimal Value { get; private set; }

    /// <summary>
    /// The figures an accepted report gives: one per indicator of its task that it has a value for. <paramref name="issuedOn"/>
    /// is the issue date of the report's directive.
    /// </summary>
    public static IReadOnlyList<IndicatorFigure> Of(ProgressReport report, DateOnly issuedOn, IEnumerable<TaskIndicator> indicators)
    {
        if (report.Status != ReportStatus.Accepted)
            throw new InvalidOperationException("Only an accepted report gives figures.");
        var values = report.Values.ToDictionary(v => v.IndicatorId, v => v.Value);
        return [.. indicators.Where(i => values.ContainsKey(i.Id)).Select(i => new IndicatorFigure(report, issuedOn, i, values[i.Id]))];
    }
}
