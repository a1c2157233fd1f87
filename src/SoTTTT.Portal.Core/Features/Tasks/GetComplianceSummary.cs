using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;

namespace SoTTTT.Portal.Core.Features.Tasks;

public enum ComplianceGrouping
{
    Document = 0,
    Task = 1,
    Unit = 2,
    UnitKind = 3,
}

/// <summary>
/// The four statuses counted per directive, task, unit or unit kind, optionally within one
/// directive: one grouped query in the database, the same rule as <see cref="AssignmentStanding.Of"/>
/// written as SQL conditions.
/// </summary>
[RequiresPermission(Permission.ReadTasks)]
public sealed record GetComplianceSummaryQuery(ComplianceGrouping By, Guid? DocumentId = null) : IQuery<IReadOnlyList<ComplianceSummaryRow>>;

/// <summary>One group's counts: <see cref="Id"/> is the document, task or unit; <see cref="Kind"/> the unit kind.</summary>
public sealed record ComplianceSummaryRow(
    Guid? Id, OrgUnitKind? Kind, int Total, int CompletedOnTime, int CompletedLate, int OpenOnTime, int OpenOverdue, int DueSoon, int Stale)
{
    public int Completed => CompletedOnTime + CompletedLate;
}

public sealed class GetComplianceSummaryHandler(IPortalDbContext db, TimeProvider clock, IOptions<TaskOptions> options)
    : IQueryHandler<GetComplianceSummaryQuery, IReadOnlyList<ComplianceSummaryRow>>
{
    public async ValueTask<IReadOnlyList<ComplianceSummaryRow>> Handle(GetComplianceSummaryQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var calendar = await WorkingCalendars.LoadAsync(db, cancellationToken);
        var dueSoonBefore = AssignmentStanding.DueSoonBefore(today, calendar, options.Value.DueSoonWorkingDays);
        // Stale: open-ended and silent since before this instant (Viet Nam's midnight, 90 days ago).
        var staleBefore = PortalTime.StartOfDayUtc(today.AddDays(-Assignment.StaleAfterDays));

        var assignments = db.Assignments.AsNoTracking();
        if (query.DocumentId is { } documentId)
            assignments = assignments.Where(a => a.DocumentId == documentId);

        var rows = from a in assignments
                   join u in db.OrgUnits on a.UnitId equals u.Id
                   select new SummaryInput
                   {
                       DocumentId = a.DocumentId,
                       TaskId = a.TaskId,
                       UnitId = a.UnitId,
                       Kind = u.Kind,
                       CompletedOn = a.CompletedOn,
                       DueDate = a.DueDate,
                       LastActivity = a.LastReportAtUtc ?? a.AssignedAtUtc,
                   };

        List<ComplianceSummaryRow> grouped = query.By switch
        {
            ComplianceGrouping.Document => await CountAsync(rows, r => r.DocumentId, k => (k, null)),
            ComplianceGrouping.Task => await CountAsync(rows, r => r.TaskId, k => (k, null)),
            ComplianceGrouping.Unit => await CountAsync(rows, r => r.UnitId, k => (k, null)),
            _ => await CountAsync(rows, r => r.Kind, k => (null, k)),
        };

        async Task<List<ComplianceSummaryRow>> CountAsync<TKey>(
            IQueryable<SummaryInput> input, System.Linq.Expressions.Expression<Func<SummaryInput, TKey>> key, Func<TKey, (Guid?, OrgUnitKind?)> label)
        {
            var counts = await input.GroupBy(key).Select(g => new
            {
                g.Key,
                Total = g.Count(),
                OnTime = g.Count(r => r.CompletedOn != null && (r.DueDate == null || r.CompletedOn <= r.DueDate)),
                Late = g.Count(r => r.CompletedOn != null && r.DueDate != null && r.CompletedOn > r.DueDate),
                Open = g.Count(r => r.CompletedOn == null && (r.DueDate == null || r.DueDate >= today)),
                Overdue = g.Count(r => r.CompletedOn == null && r.DueDate != null && r.DueDate < today),
                DueSoon = g.Count(r => r.CompletedOn == null && r.DueDate != null && r.DueDate >= today && r.DueDate < dueSoonBefore),
                Stale = g.Count(r => r.CompletedOn == null && r.DueDate == null && r.LastActivity < staleBefore),
            }).ToListAsync(cancellationToken);
            return [.. counts.Select(c =>
            {
                var (id, kind) = label(c.Key);
                return new ComplianceSummaryRow(id, kind, c.Total, c.OnTime, c.Late, c.Open, c.Overdue, c.DueSoon, c.Stale);
            })];
        }

        return [.. grouped.OrderBy(r => r.Kind).ThenBy(r => r.Id)];
    }
}

internal sealed class SummaryInput
{
    public Guid DocumentId { get; init; }
    public Guid TaskId { get; init; }
    public Guid UnitId { get; init; }
    public OrgUnitKind Kind { get; init; }
    public DateOnly? CompletedOn { get; init; }
    public DateOnly? DueDate { get; init; }
    public DateTime LastActivity { get; init; }
}
