using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Web.Components.Shared;

namespace SoTTTT.Portal.Web.Components.Pages.Tasks;

/// <summary>What the task dialog edits; only the fields of the chosen deadline kind are sent.</summary>
public sealed class DirectiveTaskForm
{
    public int SectionNumber { get; set; }
    public string Title { get; set; } = "";
    public string? Content { get; set; }
    public TaskPriority Priority { get; set; } = TaskPriority.Normal;
    public DeadlineKind DeadlineKind { get; set; } = DeadlineKind.FixedDate;
    public DateTime? DueDate { get; set; }
    public int? WorkingDays { get; set; }
    public int? CutOffDay { get; set; }
    public List<IndicatorRow> Indicators { get; } = [];
    public List<AssigneeRow> Assignees { get; } = [new()];

    public static DirectiveTaskForm For(int sectionNumber) => new() { SectionNumber = sectionNumber };

    public static DirectiveTaskForm From(DirectiveTaskView task)
    {
        var form = new DirectiveTaskForm
        {
            SectionNumber = task.SectionNumber,
            Title = task.Title,
            Content = task.Content,
            Priority = task.Priority,
            DeadlineKind = task.DeadlineKind,
            DueDate = VietnameseDates.ToDateTime(task.DueDate),
            WorkingDays = task.WorkingDays,
            CutOffDay = task.CutOffDay,
        };
        form.Indicators.AddRange(task.Indicators.Select(i => new IndicatorRow { Id = i.Id, Name = i.Name, UnitOfMeasure = i.UnitOfMeasure, Target = i.Target }));
        form.Assignees.Clear();
        form.Assignees.AddRange(task.Assignees.Select(a => new AssigneeRow
        {
            Choice = a.GroupId is { } group ? new AssigneeOption(group, true, a.Name, "") : new AssigneeOption(a.UnitId!.Value, false, a.Name, ""),
            Role = a.Role,
        }));
        return form;
    }

    public AddDirectiveTaskCommand ToAdd(Guid documentId) => new(
        documentId, SectionNumber, Title.Trim(), NullIfBlank(Content), Priority, DeadlineKind, DueDateSent, WorkingDaysSent, CutOffDaySent,
        IndicatorPlans(), AssigneePlans());

    public UpdateDirectiveTaskCommand ToUpdate(Guid id, Guid version) => new(
        id, version, SectionNumber, Title.Trim(), NullIfBlank(Content), Priority, DeadlineKind, DueDateSent, WorkingDaysSent, CutOffDaySent,
        IndicatorPlans(), AssigneePlans());

    private DateOnly? DueDateSent => DeadlineKind == DeadlineKind.FixedDate ? VietnameseDates.ToDateOnly(DueDate) : null;

    private int? WorkingDaysSent => DeadlineKind == DeadlineKind.WorkingDaysAfterIssue ? WorkingDays : null;

    private int? CutOffDaySent => DeadlineKind is DeadlineKind.Weekly or DeadlineKind.Monthly or DeadlineKind.Quarterly ? CutOffDay : null;

    private List<IndicatorPlan> IndicatorPlans() =>
        [.. Indicators.Select(i => new IndicatorPlan(i.Id, i.Name.Trim(), NullIfBlank(i.UnitOfMeasure), i.Target))];

    // A row left without a unit or group is still sent, so that the server names what is missing.
    private List<AssigneePlan> AssigneePlans() =>
        [.. Assignees.Select(a => new AssigneePlan(a.Choice is { IsGroup: false } u ? u.Id : null, a.Choice is { IsGroup: true } g ? g.Id : null, a.Role))];

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class IndicatorRow
{
    public Guid? Id { get; set; }
    public string Name { get; set; } = "";
    public string? UnitOfMeasure { get; set; }
    public decimal? Target { get; set; }
}

public sealed class AssigneeRow
{
    public AssigneeOption? Choice { get; set; }
    public AssignmentRole Role { get; set; } = AssignmentRole.Lead;
}

/// <summary>A unit or a group that a task can be given to; <see cref="SearchText"/> is folded for searching without diacritics.</summary>
public sealed record AssigneeOption(Guid Id, bool IsGroup, string Name, string SearchText);
