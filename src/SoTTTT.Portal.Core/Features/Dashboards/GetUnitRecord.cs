using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Core.Features.Dashboards;

/// <summary>
/// A unit's record across directives: counts by status, on-time rate, average days late of its late
/// completions, and its open items. The department's readers may ask for any unit; a unit reporter
/// only for their own (any other id is "not found").
/// </summary>
public sealed record GetUnitRecordQuery(Guid UnitId) : IQuery<UnitRecord>;

public sealed record UnitRecord(
    Guid UnitId,
    string UnitName,
    int Total,
    int CompletedOnTime,
    int CompletedLate,
    int OpenOnTime,
    int OpenOverdue,
    int DueSoon,
    decimal? OnTimeShare,
    decimal? AverageDaysLate,
    IReadOnlyList<AssignmentRow> OpenItems);

public sealed class GetUnitRecordHandler(
    IPortalDbContext db, IResourceAuthorizer authorizer, ICurrentUser user, TimeProvider clock, IOptions<TaskOptions> options)
    : IQueryHandler<GetUnitRecordQuery, UnitRecord>
{
    public const int MaxOpenItems = 50;

    public async ValueTask<UnitRecord> Handle(GetUnitRecordQuery query, CancellationToken cancellationToken)
    {
        var mayRead = authorizer.HasPermission(Permission.ReadTasks)
            || (authorizer.HasPermission(Permission.ReportProgress) && user.UnitId == query.UnitId);
        var unitName = mayRead
            ? await db.OrgUnits.Where(u => u.Id == query.UnitId).Select(u => u.ShortName).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (unitName is null)
            throw new NotFoundException();

        var today = clock.Today();
        var calendar = await WorkingCalendars.LoadAsync(db, cancellationToken);
        var dueSoonBefore = AssignmentStanding.DueSoonBefore(today, calendar, options.Value.DueSoonWorkingDays);
        var assignments = db.Assignments.AsNoTracking().Where(a => a.UnitId == query.UnitId);

        var counts = await assignments.GroupBy(a => a.UnitId).Select(g => new
        {
            Total = g.Count(),
            OnTime = g.Count(a => a.CompletedOn != null && (a.DueDate == null || a.CompletedOn <= a.DueDate)),
            Late = g.Count(a => a.CompletedOn != null && a.DueDate != null && a.CompletedOn > a.DueDate),
            Open = g.Count(a => a.CompletedOn == null && (a.DueDate == null || a.DueDate >= today)),
            Overdue = g.Count(a => a.CompletedOn == null && a.DueDate != null && a.DueDate < today),
            DueSoon = g.Count(a => a.CompletedOn == null && a.DueDate != null && a.DueDate >= today && a.DueDate < dueSoonBefore),
        }).SingleOrDefaultAsync(cancellationToken);

        // Days late: DateOnly.DayNumber is translated by both providers, so the difference is summed in SQL.
        var late = assignments.Where(a => a.CompletedOn != null && a.DueDate != null && a.CompletedOn > a.DueDate);
        var daysLate = await late.Select(a => (double?)(a.CompletedOn!.Value.DayNumber - a.DueDate!.Value.DayNumber)).AverageAsync(cancellationToken);

        var columns = await AssignmentQueries.Urgent(AssignmentQueries.Joined(db, assignments.Where(a => a.CompletedOn == null)))
            .Take(MaxOpenItems).Select(AssignmentQueries.Columns).ToListAsync(cancellationToken);

        var onTime = counts?.OnTime ?? 0;
        var lateCount = counts?.Late ?? 0;
        return new UnitRecord(
            query.UnitId, unitName, counts?.Total ?? 0, onTime, lateCount, counts?.Open ?? 0, counts?.Overdue ?? 0, counts?.DueSoon ?? 0,
            GetDashboardHandler.Share(onTime, onTime + lateCount),
            daysLate is { } d ? Math.Round((decimal)d, 1, MidpointRounding.AwayFromZero) : null,
            [.. columns.Select(c => c.ToRow(today, calendar, options.Value.DueSoonWorkingDays))]);
    }
}
