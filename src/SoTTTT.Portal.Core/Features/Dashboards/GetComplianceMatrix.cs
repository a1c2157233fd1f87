using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Core.Features.Dashboards;

/// <summary>
/// A directive's compliance matrix: its tasks as columns, the units as rows, one cell per
/// assignment. The cells are one query; a status filter runs in SQL.
/// </summary>
[RequiresPermission(Permission.ReadTasks)]
public sealed record GetComplianceMatrixQuery(Guid DocumentId, OrgUnitKind? UnitKind = null, ComplianceStatus? Status = null)
    : IQuery<ComplianceMatrix>;

public sealed record ComplianceMatrix(
    Guid DocumentId,
    string NumberAndSymbol,
    DateOnly? IssuedOn,
    string Summary,
    IReadOnlyList<MatrixTask> Tasks,
    IReadOnlyList<MatrixUnit> Units,
    IReadOnlyList<MatrixCell> Cells)
{
    public MatrixCell? Cell(Guid unitId, Guid taskId) => Cells.FirstOrDefault(c => c.UnitId == unitId && c.TaskId == taskId);
}

public sealed record MatrixTask(Guid Id, int SectionNumber, string Title, DateOnly? DueDate);

public sealed record MatrixUnit(Guid Id, string Name, OrgUnitKind Kind);

public sealed record MatrixCell(
    Guid AssignmentId, Guid TaskId, Guid UnitId, AssignmentRole Role, ComplianceStatus Status, bool DueSoon, DateOnly? DueDate, DateOnly? LastReportOn);

public sealed class GetComplianceMatrixHandler(IPortalDbContext db, TimeProvider clock, IOptions<TaskOptions> options)
    : IQueryHandler<GetComplianceMatrixQuery, ComplianceMatrix>
{
    public async ValueTask<ComplianceMatrix> Handle(GetComplianceMatrixQuery query, CancellationToken cancellationToken)
    {
        var document = await db.OutgoingDocuments.AsNoTracking().Where(d => d.Id == query.DocumentId)
            .Select(d => new { d.Type, d.IssuerCode, d.DraftingUnitCode, d.Number, d.IssuedOn, d.Summary })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        var today = clock.Today();
        var calendar = await WorkingCalendars.LoadAsync(db, cancellationToken);

        var tasks = await db.DirectiveTasks.AsNoTracking().Where(t => t.DocumentId == query.DocumentId && t.IssuedOn != null)
            .OrderBy(t => t.SectionNumber).ThenBy(t => t.Title)
            .Select(t => new MatrixTask(t.Id, t.SectionNumber, t.Title, t.DueDate)).ToListAsync(cancellationToken);

        var assignments = db.Assignments.AsNoTracking().Where(a => a.DocumentId == query.DocumentId);
        if (query.Status is { } status)
            assignments = assignments.Where(StatusConditions.Of(status, today));
        var cells = await (from a in assignments
                           join u in db.OrgUnits on a.UnitId equals u.Id
                           where query.UnitKind == null || u.Kind == query.UnitKind
                           select new
                           {
                               a.Id, a.TaskId, a.UnitId, UnitName = u.ShortName, u.Kind, a.Role, a.DueDate, a.CompletedOn,
                               a.AssignedAtUtc, a.LastReportAtUtc,
                           }).ToListAsync(cancellationToken);

        var units = cells.Select(c => new MatrixUnit(c.UnitId, c.UnitName, c.Kind)).Distinct()
            .OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();
        return new ComplianceMatrix(
            query.DocumentId,
            OutgoingSymbol.WithNumber(document.Number, OutgoingSymbol.Of(document.Type, document.IssuerCode, document.DraftingUnitCode)),
            document.IssuedOn,
            document.Summary,
            tasks,
            units,
            [.. cells.Select(c =>
            {
                var standing = AssignmentStanding.Of(c.DueDate, c.CompletedOn, c.LastReportAtUtc ?? c.AssignedAtUtc, today, calendar, options.Value.DueSoonWorkingDays);
                var lastReport = c.LastReportAtUtc is { } at ? DateOnly.FromDateTime(PortalTime.ToLocal(at)) : (DateOnly?)null;
                return new MatrixCell(c.Id, c.TaskId, c.UnitId, c.Role, standing.Status, standing.DueSoon, c.DueDate, lastReport);
            })]);
    }
}
