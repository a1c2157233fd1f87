using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Core.Features.Tasks;

/// <summary>The specialists' queue: reports awaiting review, oldest first.</summary>
[RequiresPermission(Permission.ReviewReports)]
public sealed record ListReportsAwaitingReviewQuery(int Page = 1, int PageSize = 20) : IQuery<PagedResult<ReportQueueItem>>;

public sealed record ReportQueueItem(
    Guid ReportId,
    Guid AssignmentId,
    string UnitName,
    string TaskTitle,
    string DocumentNumberAndSymbol,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    int PercentDone,
    bool ClaimsCompletion,
    DateTime SubmittedAtUtc);

public sealed class ListReportsAwaitingReviewHandler(IPortalDbContext db) : IQueryHandler<ListReportsAwaitingReviewQuery, PagedResult<ReportQueueItem>>
{
    public async ValueTask<PagedResult<ReportQueueItem>> Handle(ListReportsAwaitingReviewQuery query, CancellationToken cancellationToken)
    {
        var awaiting = db.ProgressReports.AsNoTracking().Where(r => r.Status == ReportStatus.AwaitingReview);
        var waiting =
            from r in awaiting
            join t in db.DirectiveTasks on r.TaskId equals t.Id
            join d in db.OutgoingDocuments on r.DocumentId equals d.Id
            join u in db.OrgUnits on r.UnitId equals u.Id
            select new QueueJoin { Report = r, TaskTitle = t.Title, Document = d, UnitName = u.ShortName };
        // A report always has its task, directive and unit: counted without the joins, on the (Status, SubmittedAtUtc) index.
        var page = await waiting.PageAsync(awaiting, q => q.OrderBy(x => x.Report.SubmittedAtUtc).ThenBy(x => x.Report.Id), query.Page, query.PageSize,
            x => new
            {
                x.Report.Id, x.Report.AssignmentId, x.UnitName, x.TaskTitle, x.Document.Type, x.Document.IssuerCode, x.Document.DraftingUnitCode,
                x.Document.Number, x.Report.PeriodFrom, x.Report.PeriodTo, x.Report.PercentDone, x.Report.ClaimsCompletion, x.Report.SubmittedAtUtc,
            }, cancellationToken);
        return page.Map(x => new ReportQueueItem(x.Id, x.AssignmentId, x.UnitName, x.TaskTitle,
            OutgoingSymbol.WithNumber(x.Number, OutgoingSymbol.Of(x.Type, x.IssuerCode, x.DraftingUnitCode)),
            x.PeriodFrom, x.PeriodTo, x.PercentDone, x.ClaimsCompletion, x.SubmittedAtUtc));
    }

    private sealed class QueueJoin
    {
        public required ProgressReport Report { get; init; }
        public required string TaskTitle { get; init; }
        public required OutgoingDocument Document { get; init; }
        public required string UnitName { get; init; }
    }
}

/// <summary>The leaders' list of extension requests: pending first, then the decided ones, newest first.</summary>
[RequiresPermission(Permission.ReadTasks)]
public sealed record ListExtensionRequestsQuery(bool PendingOnly = true, int Page = 1, int PageSize = 20) : IQuery<PagedResult<ExtensionQueueItem>>;

public sealed record ExtensionQueueItem(
    Guid RequestId,
    Guid AssignmentId,
    string UnitName,
    string TaskTitle,
    DateOnly CurrentDueDate,
    DateOnly RequestedDueDate,
    string Reason,
    DateTime RequestedAtUtc,
    ExtensionStatus Status,
    string? DecisionNote);

public sealed class ListExtensionRequestsHandler(IPortalDbContext db) : IQueryHandler<ListExtensionRequestsQuery, PagedResult<ExtensionQueueItem>>
{
    public async ValueTask<PagedResult<ExtensionQueueItem>> Handle(ListExtensionRequestsQuery query, CancellationToken cancellationToken)
    {
        var requests = db.ExtensionRequests.AsNoTracking();
        if (query.PendingOnly)
            requests = requests.Where(e => e.Status == ExtensionStatus.Pending);
        return await requests.PageAsync(
            q => q.OrderBy(e => e.Status != ExtensionStatus.Pending).ThenByDescending(e => e.RequestedAtUtc).ThenBy(e => e.Id),
            query.Page, query.PageSize,
            e => new ExtensionQueueItem(e.Id, e.AssignmentId,
                db.OrgUnits.Where(u => u.Id == e.UnitId).Select(u => u.ShortName).First(),
                db.DirectiveTasks.Where(t => t.Id == e.TaskId).Select(t => t.Title).First(),
                e.CurrentDueDate, e.RequestedDueDate, e.Reason, e.RequestedAtUtc, e.Status, e.DecisionNote),
            cancellationToken);
    }
}
