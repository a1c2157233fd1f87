using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;

namespace SoTTTT.Portal.Core.Features.Tasks;

/// <summary>"Nhiệm vụ của đơn vị": the reporter's own unit's assignments, open and overdue first.</summary>
[RequiresPermission(Permission.ReportProgress)]
public sealed record ListMyAssignmentsQuery(bool IncludeCompleted = false, int Page = 1, int PageSize = 20) : IQuery<PagedResult<AssignmentRow>>;

public sealed class ListMyAssignmentsHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock, IOptions<TaskOptions> options)
    : IQueryHandler<ListMyAssignmentsQuery, PagedResult<AssignmentRow>>
{
    public async ValueTask<PagedResult<AssignmentRow>> Handle(ListMyAssignmentsQuery query, CancellationToken cancellationToken)
    {
        var unitId = user.UnitId;
        var mine = db.Assignments.Where(a => a.UnitId == unitId);
        if (!query.IncludeCompleted)
            mine = mine.Where(a => a.CompletedOn == null);
        var day = await TaskDay.LoadAsync(db, clock, options.Value, cancellationToken);
        return await AssignmentListing.PageAsync(db, mine, query.Page, query.PageSize, day, cancellationToken);
    }
}

/// <summary>The department's view of assignments, by directive, task, unit or status.</summary>
[RequiresPermission(Permission.ReadTasks)]
public sealed record ListAssignmentsQuery(
    Guid? DocumentId = null,
    Guid? TaskId = null,
    Guid? UnitId = null,
    bool OpenOnly = false,
    bool OverdueOnly = false,
    int Page = 1,
    int PageSize = 50,
    OrgUnitKind? UnitKind = null,
    bool DueSoonOnly = false) : IQuery<PagedResult<AssignmentRow>>;

public sealed class ListAssignmentsHandler(IPortalDbContext db, TimeProvider clock, IOptions<TaskOptions> options)
    : IQueryHandler<ListAssignmentsQuery, PagedResult<AssignmentRow>>
{
    public async ValueTask<PagedResult<AssignmentRow>> Handle(ListAssignmentsQuery query, CancellationToken cancellationToken)
    {
        var day = await TaskDay.LoadAsync(db, clock, options.Value, cancellationToken);
        return await AssignmentListing.PageAsync(db, AssignmentFilters.Apply(db, db.Assignments, query, day), query.Page, query.PageSize, day, cancellationToken);
    }
}

internal static class AssignmentFilters
{
    /// <summary>The department list's filters, shared by its pages and its export.</summary>
    public static IQueryable<Assignment> Apply(IPortalDbContext db, IQueryable<Assignment> assignments, ListAssignmentsQuery list, TaskDay day)
    {
        if (list.DocumentId is { } documentId)
            assignments = assignments.Where(a => a.DocumentId == documentId);
        if (list.TaskId is { } taskId)
            assignments = assignments.Where(a => a.TaskId == taskId);
        if (list.UnitId is { } unitId)
            assignments = assignments.Where(a => a.UnitId == unitId);
        if (list.UnitKind is { } kind)
            assignments = assignments.Where(a => db.OrgUnits.Any(u => u.Id == a.UnitId && u.Kind == kind));
        if (list.OpenOnly || list.OverdueOnly || list.DueSoonOnly)
            assignments = assignments.Where(a => a.CompletedOn == null);
        var today = day.Today;
        if (list.OverdueOnly)
            assignments = assignments.Where(a => a.DueDate < today);
        if (list.DueSoonOnly)
        {
            var dueSoonBefore = day.DueSoonBefore;
            assignments = assignments.Where(a => a.DueDate >= today && a.DueDate < dueSoonBefore);
        }
        return assignments;
    }
}

internal static class AssignmentListing
{
    public static async Task<PagedResult<AssignmentRow>> PageAsync(
        IPortalDbContext db, IQueryable<Assignment> assignments, int page, int pageSize, TaskDay day, CancellationToken cancellationToken)
    {
        var columns = await AssignmentQueries.Joined(db, assignments)
            .PageAsync(AssignmentQueries.Urgent, page, pageSize, AssignmentQueries.Columns, cancellationToken);
        return columns.Map(c => c.ToRow(day.Today, day.Calendar, day.DueSoonWorkingDays));
    }

    /// <summary>Every row of the filter, in the same order as the pages, for an export (bounded by <paramref name="limit"/>).</summary>
    public static async Task<IReadOnlyList<AssignmentRow>> AllAsync(
        IPortalDbContext db, IQueryable<Assignment> assignments, int limit, TaskDay day, CancellationToken cancellationToken)
    {
        var columns = await AssignmentQueries.Urgent(AssignmentQueries.Joined(db, assignments.AsNoTracking()))
            .Take(limit).Select(AssignmentQueries.Columns).ToListAsync(cancellationToken);
        return [.. columns.Select(c => c.ToRow(day.Today, day.Calendar, day.DueSoonWorkingDays))];
    }
}

/// <summary>What judging assignments needs on a given day, read once per message: today, the calendar, the due-soon window.</summary>
internal sealed record TaskDay(DateOnly Today, WorkingCalendar Calendar, int DueSoonWorkingDays)
{
    public DateOnly DueSoonBefore => AssignmentStanding.DueSoonBefore(Today, Calendar, DueSoonWorkingDays);

    public static async Task<TaskDay> LoadAsync(IPortalDbContext db, TimeProvider clock, TaskOptions options, CancellationToken cancellationToken) =>
        new(clock.Today(), await WorkingCalendars.LoadAsync(db, cancellationToken), options.DueSoonWorkingDays);
}

/// <summary>The reporter's start page: how many of the unit's assignments are open, overdue and due soon, counted in SQL.</summary>
[RequiresPermission(Permission.ReportProgress)]
public sealed record CountMyAssignmentsQuery : IQuery<MyAssignmentCounts>;

public sealed record MyAssignmentCounts(int Open, int Overdue, int DueSoon);

public sealed class CountMyAssignmentsHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock, IOptions<TaskOptions> options)
    : IQueryHandler<CountMyAssignmentsQuery, MyAssignmentCounts>
{
    public async ValueTask<MyAssignmentCounts> Handle(CountMyAssignmentsQuery query, CancellationToken cancellationToken)
    {
        var unitId = user.UnitId;
        var today = clock.Today();
        var calendar = await WorkingCalendars.LoadAsync(db, cancellationToken);
        var dueSoonBefore = AssignmentStanding.DueSoonBefore(today, calendar, options.Value.DueSoonWorkingDays);
        var open = db.Assignments.Where(a => a.UnitId == unitId && a.CompletedOn == null);
        return new MyAssignmentCounts(
            await open.CountAsync(cancellationToken),
            await open.CountAsync(a => a.DueDate < today, cancellationToken),
            await open.CountAsync(a => a.DueDate >= today && a.DueDate < dueSoonBefore, cancellationToken));
    }
}
