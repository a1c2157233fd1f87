using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Core.Features.Documents;

namespace SoTTTT.Portal.Core.Features.Tasks;

/// <summary>A directive's tasks by section, with what each was given and, once issued, how its units stand.</summary>
[RequiresPermission(Permission.ReadTasks)]
public sealed record ListDocumentTasksQuery(Guid DocumentId) : IQuery<IReadOnlyList<DirectiveTaskView>>;

public sealed record DirectiveTaskView(
    Guid Id,
    Guid Version,
    int SectionNumber,
    string Title,
    string? Content,
    TaskPriority Priority,
    DeadlineKind DeadlineKind,
    DateOnly? DueDate,
    int? WorkingDays,
    int? CutOffDay,
    bool IsIssued,
    IReadOnlyList<IndicatorView> Indicators,
    IReadOnlyList<AssigneeView> Assignees,
    TaskProgress Progress);

public sealed record AssigneeView(Guid? UnitId, Guid? GroupId, string Name, AssignmentRole Role);

/// <summary>How many of a task's assignments stand in each category.</summary>
public sealed record TaskProgress(int Total, int CompletedOnTime, int CompletedLate, int OpenOnTime, int OpenOverdue, int DueSoon, int Unreported)
{
    public static TaskProgress None { get; } = new(0, 0, 0, 0, 0, 0, 0);
}

public sealed class ListDocumentTasksHandler(IPortalDbContext db, TimeProvider clock, IOptions<TaskOptions> options)
    : IQueryHandler<ListDocumentTasksQuery, IReadOnlyList<DirectiveTaskView>>
{
    public async ValueTask<IReadOnlyList<DirectiveTaskView>> Handle(ListDocumentTasksQuery query, CancellationToken cancellationToken)
    {
        if (!await db.OutgoingDocuments.AnyAsync(d => d.Id == query.DocumentId, cancellationToken))
            throw new NotFoundException();
        return await DirectiveTaskViews.LoadAsync(db, query.DocumentId, null, clock.Today(), options.Value, cancellationToken);
    }
}

/// <summary>One task with its document, for the task's follow-up page.</summary>
[RequiresPermission(Permission.ReadTasks)]
public sealed record GetDirectiveTaskQuery(Guid TaskId) : IQuery<DirectiveTaskDetails>;

public sealed record DirectiveTaskDetails(DirectiveTaskView Task, Guid DocumentId, string DocumentNumberAndSymbol, DateOnly? DocumentIssuedOn);

public sealed class GetDirectiveTaskHandler(IPortalDbContext db, TimeProvider clock, IOptions<TaskOptions> options)
    : IQueryHandler<GetDirectiveTaskQuery, DirectiveTaskDetails>
{
    public async ValueTask<DirectiveTaskDetails> Handle(GetDirectiveTaskQuery query, CancellationToken cancellationToken)
    {
        var documentId = await db.DirectiveTasks.Where(t => t.Id == query.TaskId).Select(t => (Guid?)t.DocumentId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        var document = await db.OutgoingDocuments.Where(d => d.Id == documentId).Select(OutgoingRow.Select).SingleAsync(cancellationToken);
        var task = (await DirectiveTaskViews.LoadAsync(db, document.Id, query.TaskId, clock.Today(), options.Value, cancellationToken)).Single();
        return new DirectiveTaskDetails(task, document.Id, document.NumberAndSymbol, document.IssuedOn);
    }
}

internal static class DirectiveTaskViews
{
    public static async Task<IReadOnlyList<DirectiveTaskView>> LoadAsync(
        IPortalDbContext db, Guid documentId, Guid? taskId, DateOnly today, TaskOptions options, CancellationToken cancellationToken)
    {
        var query = db.DirectiveTasks.AsNoTracking().Include(t => t.Indicators).Include(t => t.Assignees).Where(t => t.DocumentId == documentId);
        if (taskId is { } onlyTask)
            query = query.Where(t => t.Id == onlyTask);
        var tasks = await query.OrderBy(t => t.SectionNumber).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var unitIds = tasks.SelectMany(t => t.Assignees).Where(a => a.UnitId is not null).Select(a => a.UnitId!.Value).Distinct().ToList();
        var groupIds = tasks.SelectMany(t => t.Assignees).Where(a => a.GroupId is not null).Select(a => a.GroupId!.Value).Distinct().ToList();
        var unitNames = await db.OrgUnits.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.ShortName, cancellationToken);
        var groupNames = await db.UnitGroups.Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);

        var assignments = await db.Assignments.AsNoTracking().Where(a => a.DocumentId == documentId && (taskId == null || a.TaskId == taskId))
            .Select(a => new { a.TaskId, a.DueDate, a.CompletedOn, a.AssignedAtUtc, a.LastReportAtUtc, a.ReportCount })
            .ToListAsync(cancellationToken);
        var calendar = await WorkingCalendars.LoadAsync(db, cancellationToken);

        return [.. tasks.Select(t =>
        {
            var standings = assignments.Where(a => a.TaskId == t.Id)
                .Select(a => (Standing: AssignmentStanding.Of(a.DueDate, a.CompletedOn, a.LastReportAtUtc ?? a.AssignedAtUtc, today, calendar,
                    options.DueSoonWorkingDays), OwesReport: t.Deadline.OwesReport(a.ReportCount, a.LastReportAtUtc, today)))
                .ToList();
            var progress = new TaskProgress(standings.Count,
                standings.Count(s => s.Standing.Status == ComplianceStatus.CompletedOnTime),
                standings.Count(s => s.Standing.Status == ComplianceStatus.CompletedLate),
                standings.Count(s => s.Standing.Status == ComplianceStatus.OpenOnTime),
                standings.Count(s => s.Standing.Status == ComplianceStatus.OpenOverdue),
                standings.Count(s => s.Standing.DueSoon),
                standings.Count(s => !s.Standing.IsCompleted && s.OwesReport));
            return new DirectiveTaskView(t.Id, t.Version, t.SectionNumber, t.Title, t.Content, t.Priority, t.DeadlineKind, t.DueDate, t.WorkingDays,
                t.CutOffDay, t.IsIssued,
                [.. t.Indicators.OrderBy(i => i.Position).Select(i => new IndicatorView(i.Id, i.Name, i.UnitOfMeasure, i.Target))],
                [.. t.Assignees.OrderBy(a => a.Position).Select(a => new AssigneeView(a.UnitId, a.GroupId,
                    a.UnitId is { } u ? unitNames.GetValueOrDefault(u, "") : groupNames.GetValueOrDefault(a.GroupId!.Value, ""), a.Role))],
                progress);
        })];
    }
}
