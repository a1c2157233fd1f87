using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;

namespace SoTTTT.Portal.Core.Features.Tasks;

/// <summary>
/// One assignment with its task, reports, reviewers' answers and extension requests: for the unit
/// it belongs to and for the department's readers; anyone else gets "not found".
/// </summary>
public sealed record GetAssignmentQuery(Guid Id) : IQuery<AssignmentView>;

public sealed record AssignmentView(
    AssignmentRow Row,
    string? TaskContent,
    TaskPriority Priority,
    DeadlineKind DeadlineKind,
    int? WorkingDays,
    int? CutOffDay,
    IReadOnlyList<IndicatorView> Indicators,
    string? AcknowledgedBy,
    IReadOnlyList<ReportView> Reports,
    IReadOnlyList<ExtensionView> Extensions,
    bool CanReport,
    bool CanReview,
    bool CanDecideExtensions);

public sealed record IndicatorView(Guid Id, string Name, string UnitOfMeasure, decimal? Target);

public sealed record ReportView(
    Guid Id,
    int Sequence,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    string Narrative,
    int PercentDone,
    string? UnitReportNumber,
    bool ClaimsCompletion,
    string SubmittedBy,
    DateTime SubmittedAtUtc,
    ReportStatus Status,
    string? ReviewedBy,
    DateTime? ReviewedAtUtc,
    string? ReviewNote,
    IReadOnlyList<IndicatorValueView> Values);

public sealed record IndicatorValueView(Guid IndicatorId, string Name, string UnitOfMeasure, decimal Value);

public sealed record ExtensionView(
    Guid Id,
    DateOnly CurrentDueDate,
    DateOnly RequestedDueDate,
    string Reason,
    string RequestedBy,
    DateTime RequestedAtUtc,
    ExtensionStatus Status,
    string? DecidedBy,
    DateTime? DecidedAtUtc,
    string? DecisionNote);

public sealed class GetAssignmentHandler(
    IPortalDbContext db, IResourceAuthorizer authorizer, ICurrentUser user, IUserDirectory users, TimeProvider clock, IOptions<TaskOptions> options)
    : IQueryHandler<GetAssignmentQuery, AssignmentView>
{
    public async ValueTask<AssignmentView> Handle(GetAssignmentQuery query, CancellationToken cancellationToken)
    {
        var visible = db.Assignments.AsNoTracking().VisibleTo(authorizer, user).Where(a => a.Id == query.Id);
        var columns = await AssignmentQueries.Joined(db, visible).Select(AssignmentQueries.Columns).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        var task = await db.DirectiveTasks.AsNoTracking().Include(t => t.Indicators).SingleAsync(t => t.Id == columns.TaskId, cancellationToken);
        var assignment = await db.Assignments.AsNoTracking().Where(a => a.Id == query.Id)
            .Select(a => new { a.AcknowledgedById }).SingleAsync(cancellationToken);
        var reports = await db.ProgressReports.AsNoTracking().Include(r => r.Values)
            .Where(r => r.AssignmentId == query.Id).OrderByDescending(r => r.Sequence).ToListAsync(cancellationToken);
        var extensions = await db.ExtensionRequests.AsNoTracking()
            .Where(e => e.AssignmentId == query.Id).OrderByDescending(e => e.RequestedAtUtc).ToListAsync(cancellationToken);

        var names = await users.NamesAsync(
            reports.SelectMany(r => new[] { r.SubmittedById, r.ReviewedById })
                .Concat(extensions.SelectMany(e => new[] { e.RequestedById, e.DecidedById }))
                .Append(assignment.AcknowledgedById),
            cancellationToken);
        // Someone who has an id here but no account any more is shown without a name.
        string? NameOf(string? userId) => userId is null ? null : names.GetValueOrDefault(userId, "");

        var indicators = task.Indicators.OrderBy(i => i.Position).Select(i => new IndicatorView(i.Id, i.Name, i.UnitOfMeasure, i.Target)).ToList();
        var byId = indicators.ToDictionary(i => i.Id);
        var reportViews = reports.Select(r => new ReportView(r.Id, r.Sequence, r.PeriodFrom, r.PeriodTo, r.Narrative, r.PercentDone, r.UnitReportNumber,
                r.ClaimsCompletion, NameOf(r.SubmittedById) ?? "", r.SubmittedAtUtc, r.Status, NameOf(r.ReviewedById),
                r.ReviewedAtUtc, r.ReviewNote,
                [.. r.Values.Where(v => byId.ContainsKey(v.IndicatorId))
                    .OrderBy(v => indicators.FindIndex(i => i.Id == v.IndicatorId))
                    .Select(v => new IndicatorValueView(v.IndicatorId, byId[v.IndicatorId].Name, byId[v.IndicatorId].UnitOfMeasure, v.Value))])).ToList();
        var extensionViews = extensions.Select(e => new ExtensionView(e.Id, e.CurrentDueDate, e.RequestedDueDate, e.Reason, NameOf(e.RequestedById) ?? "",
                e.RequestedAtUtc, e.Status, NameOf(e.DecidedById), e.DecidedAtUtc, e.DecisionNote)).ToList();

        var calendar = await WorkingCalendars.LoadAsync(db, cancellationToken);
        var row = columns.ToRow(clock.Today(), calendar, options.Value.DueSoonWorkingDays);
        var ownUnit = user.UnitId == row.UnitId && authorizer.HasPermission(Permission.ReportProgress);
        return new AssignmentView(row, task.Content, task.Priority, task.DeadlineKind, task.WorkingDays, task.CutOffDay, indicators,
            NameOf(assignment.AcknowledgedById), reportViews, extensionViews,
            CanReport: ownUnit && row.CompletedOn is null,
            CanReview: authorizer.HasPermission(Permission.ReviewReports),
            CanDecideExtensions: authorizer.HasPermission(Permission.DecideExtensions));
    }
}
