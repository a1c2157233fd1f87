using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Calendar;

namespace SoTTTT.Portal.Core.Domain.Tasks;

/// <summary>
/// A duty (nhiệm vụ) a directive gives, attached to one of its numbered sections while the document
/// is drafted. Issuing the document fixes its due date and creates one <see cref="Assignment"/> per
/// unit; from then on it is frozen like the document.
/// </summary>
public sealed class DirectiveTask : Entity, IVersioned
{
    public const int TitleMaxLength = 500;
    public const int ContentMaxLength = 10_000;
    public const int IndicatorNameMaxLength = 300;
    public const int UnitOfMeasureMaxLength = 50;
    public const int MaxIndicators = 20;
    public const int MaxAssignees = 100;

    private readonly List<TaskIndicator> _indicators = [];
    private readonly List<PlannedAssignee> _assignees = [];

    private DirectiveTask()
    {
    }

    public Guid DocumentId { get; private set; }
    /// <summary>The number of the document's section the task belongs to (1, 2, …).</summary>
    public int SectionNumber { get; private set; }
    public string Title { get; private set; } = "";
    public string? Content { get; private set; }
    public TaskPriority Priority { get; private set; }
    public DeadlineKind DeadlineKind { get; private set; }
    /// <summary>The date of a fixed deadline; once issued, the first due date of any deadline kind.</summary>
    public DateOnly? DueDate { get; private set; }
    public int? WorkingDays { get; private set; }
    public int? CutOffDay { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public string CreatedById { get; private set; } = "";
    public Guid Version { get; set; } = Guid.NewGuid();

    public IReadOnlyList<TaskIndicator> Indicators => _indicators;
    /// <summary>The units and groups named while drafting; issuing turns them into assignments.</summary>
    public IReadOnlyList<PlannedAssignee> Assignees => _assignees;

    public bool IsIssued => IssuedOn is not null;

    public TaskDeadline Deadline => new(DeadlineKind, DeadlineKind == DeadlineKind.FixedDate ? DueDate : null, WorkingDays, CutOffDay);

    public static DirectiveTask Plan(Guid documentId, string createdById, TaskPlan plan)
    {
        var task = new DirectiveTask { DocumentId = documentId, CreatedById = createdById };
        task.Apply(plan);
        return task;
    }

    public void Edit(TaskPlan plan)
    {
        EnsureNotIssued();
        Apply(plan);
    }

    public void EnsureNotIssued()
    {
        if (IsIssued)
            throw new DomainRuleException("Nhiệm vụ của văn bản đã phát hành không được sửa.");
    }

    /// <summary>
    /// Fixes the due date and fans the planned assignees out to units: a group gives each of its
    /// members at issuance; a unit named twice keeps its strongest role (chủ trì before phối hợp
    /// before theo dõi).
    /// </summary>
    public IReadOnlyList<Assignment> Issue(
        DateOnly issuedOn, DateTime atUtc, WorkingCalendar calendar, IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> groupMembers)
    {
        EnsureNotIssued();
        IssuedOn = issuedOn;
        DueDate = Deadline.FirstDue(issuedOn, calendar);

        var roles = new Dictionary<Guid, (AssignmentRole Role, Guid? GroupId)>();
        foreach (var assignee in _assignees.OrderBy(a => a.Position))
        {
            var units = assignee.UnitId is { } unitId
                ? [unitId]
                : groupMembers.GetValueOrDefault(assignee.GroupId!.Value) ?? [];
            foreach (var unit in units)
            {
                if (!roles.TryGetValue(unit, out var existing) || assignee.Role < existing.Role)
                    roles[unit] = (assignee.Role, assignee.GroupId);
            }
        }
        return [.. roles.Select(r => new Assignment(this, r.Key, r.Value.Role, r.Value.GroupId, atUtc))];
    }

    private void Apply(TaskPlan plan)
    {
        if (plan.SectionNumber < 1)
            throw new DomainRuleException("Hãy chọn mục của văn bản mà nhiệm vụ thuộc về.", nameof(SectionNumber));
        if (string.IsNullOrWhiteSpace(plan.Title))
            throw new DomainRuleException("Hãy ghi tên nhiệm vụ.", nameof(Title));
        plan.Deadline.EnsureValid();
        if (plan.Assignees.Count == 0)
            throw new DomainRuleException("Nhiệm vụ phải giao cho ít nhất một đơn vị hoặc nhóm đơn vị.", nameof(Assignees));
        if (plan.Assignees.Any(a => (a.UnitId is null) == (a.GroupId is null)))
            throw new DomainRuleException("Mỗi dòng giao việc là một đơn vị hoặc một nhóm đơn vị.", nameof(Assignees));
        if (plan.Indicators.Any(i => i.Target is < 0))
            throw new DomainRuleException("Chỉ tiêu không được âm.", nameof(Indicators));

        SectionNumber = plan.SectionNumber;
        Title = VietnameseText.Compose(plan.Title.Trim());
        Content = VietnameseText.Clean(plan.Content);
        Priority = plan.Priority;
        DeadlineKind = plan.Deadline.Kind;
        DueDate = plan.Deadline.Kind == DeadlineKind.FixedDate ? plan.Deadline.Date : null;
        WorkingDays = plan.Deadline.Kind == DeadlineKind.WorkingDaysAfterIssue ? plan.Deadline.WorkingDays : null;
        CutOffDay = plan.Deadline.IsRecurring ? plan.Deadline.CutOffDay : null;

        // Indicators keep their ids across edits, so nothing that refers to them is orphaned.
        var kept = _indicators.ToDictionary(i => i.Id);
        _indicators.Clear();
        _indicators.AddRange(plan.Indicators
            .Where(i => !string.IsNullOrWhiteSpace(i.Name))
            .Select((i, index) =>
            {
                var indicator = i.Id is { } id && kept.TryGetValue(id, out var existing) ? existing : new TaskIndicator();
                indicator.Set(index + 1, i.Name, i.UnitOfMeasure, i.Target);
                return indicator;
            }));

        _assignees.Clear();
        _assignees.AddRange(plan.Assignees
            .DistinctBy(a => (a.UnitId, a.GroupId))
            .Select((a, index) => new PlannedAssignee(index + 1, a.UnitId, a.GroupId, a.Role)));
    }
}

/// <summary>Chỉ tiêu: a figure every assigned unit reports, e.g. "Số tin nhắn đã gửi" (tin nhắn).</summary>
public sealed class TaskIndicator
{
    internal TaskIndicator()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public int Position { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>Đơn vị tính: "thuê bao", "buổi", "đồng".</summary>
    public string UnitOfMeasure { get; private set; } = "";
    public decimal? Target { get; private set; }

    internal void Set(int position, string name, string? unitOfMeasure, decimal? target)
    {
        Position = position;
        Name = VietnameseText.Compose(name.Trim());
        UnitOfMeasure = VietnameseText.Compose(unitOfMeasure?.Trim() ?? "");
        Target = target;
    }
}

/// <summary>A unit or a group named on a task, with its role; a group is expanded only at issuance.</summary>
public sealed class PlannedAssignee
{
    private PlannedAssignee()
    {
    }

    public PlannedAssignee(int position, Guid? unitId, Guid? groupId, AssignmentRole role)
    {
        Position = position;
        UnitId = unitId;
        GroupId = groupId;
        Role = role;
    }

    public int Position { get; private set; }
    public Guid? UnitId { get; private set; }
    public Guid? GroupId { get; private set; }
    public AssignmentRole Role { get; private set; }
}

public sealed record TaskPlan(
    int SectionNumber,
    string Title,
    string? Content,
    TaskPriority Priority,
    TaskDeadline Deadline,
    IReadOnlyList<IndicatorPlan> Indicators,
    IReadOnlyList<AssigneePlan> Assignees);

public sealed record IndicatorPlan(Guid? Id, string Name, string? UnitOfMeasure, decimal? Target = null);

public sealed record AssigneePlan(Guid? UnitId, Guid? GroupId, AssignmentRole Role);
