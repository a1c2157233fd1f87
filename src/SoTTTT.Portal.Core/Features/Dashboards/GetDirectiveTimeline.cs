using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Core.Features.Dashboards;

/// <summary>
/// A directive's case, in time order: the incoming documents it answers (registered, directed),
/// its own drafting and issuing, the units' reports and their review, extensions, chasing, and the
/// later documents that cite the same incoming documents (chasing dispatches, summary reports).
/// </summary>
[RequiresPermission(Permission.ReadTasks)]
public sealed record GetDirectiveTimelineQuery(Guid DocumentId) : IQuery<IReadOnlyList<TimelineEvent>>;

public enum TimelineEventKind
{
    IncomingRegistered = 0,
    IncomingDirected = 1,
    DirectiveDrafted = 10,
    DirectiveSubmitted = 11,
    DirectiveReturned = 12,
    DirectiveApproved = 13,
    DirectiveIssued = 14,
    ReportSubmitted = 20,
    ReportAccepted = 21,
    ReportReturned = 22,
    ExtensionRequested = 30,
    ExtensionApproved = 31,
    ExtensionRefused = 32,
    UnitChased = 40,
    ChasingDispatch = 41,
    SummaryReport = 50,
}

/// <summary>One event: when, what, who, about what (<see cref="Subject"/>, a unit or a document), a note, and where to read more.</summary>
public sealed record TimelineEvent(DateTime AtUtc, TimelineEventKind Kind, string Actor, string Subject, string? Note, string? Link);

public sealed class GetDirectiveTimelineHandler(IPortalDbContext db, IUserDirectory users)
    : IQueryHandler<GetDirectiveTimelineQuery, IReadOnlyList<TimelineEvent>>
{
    public async ValueTask<IReadOnlyList<TimelineEvent>> Handle(GetDirectiveTimelineQuery query, CancellationToken cancellationToken)
    {
        var documentId = query.DocumentId;
        if (!await db.OutgoingDocuments.AnyAsync(d => d.Id == documentId, cancellationToken))
            throw new NotFoundException();
        var events = new List<TimelineEvent>();

        var citedIds = await db.OutgoingDocuments.Where(d => d.Id == documentId)
            .SelectMany(d => d.Citations).Select(c => c.IncomingDocumentId).ToListAsync(cancellationToken);
        var incoming = await db.IncomingDocuments.AsNoTracking().Where(i => citedIds.Contains(i.Id))
            .Select(i => new { i.Id, i.NumberSymbol, i.IssuingAgency, i.Direction }).ToDictionaryAsync(i => i.Id, cancellationToken);
        var incomingEvents = await db.DocumentEvents.AsNoTracking()
            .Where(e => citedIds.Contains(e.DocumentId) && (e.Action == DocumentAction.Registered || e.Action == DocumentAction.Directed))
            .Select(e => new { e.DocumentId, e.AtUtc, e.UserName, e.Action, e.Note }).ToListAsync(cancellationToken);
        foreach (var e in incomingEvents)
        {
            var document = incoming[e.DocumentId];
            events.Add(new TimelineEvent(
                e.AtUtc,
                e.Action == DocumentAction.Registered ? TimelineEventKind.IncomingRegistered : TimelineEventKind.IncomingDirected,
                e.UserName,
                $"{document.NumberSymbol} ({document.IssuingAgency})",
                e.Action == DocumentAction.Directed ? document.Direction ?? e.Note : e.Note,
                $"/van-ban-den/{e.DocumentId}"));
        }

        var ownActions = new[] { DocumentAction.Drafted, DocumentAction.Submitted, DocumentAction.Returned, DocumentAction.Approved, DocumentAction.Issued };
        var own = await db.DocumentEvents.AsNoTracking().Where(e => e.DocumentId == documentId && ownActions.Contains(e.Action))
            .Select(e => new { e.AtUtc, e.UserName, e.Action, e.Note }).ToListAsync(cancellationToken);
        events.AddRange(own.Select(e => new TimelineEvent(e.AtUtc, e.Action switch
        {
            DocumentAction.Drafted => TimelineEventKind.DirectiveDrafted,
            DocumentAction.Submitted => TimelineEventKind.DirectiveSubmitted,
            DocumentAction.Returned => TimelineEventKind.DirectiveReturned,
            DocumentAction.Approved => TimelineEventKind.DirectiveApproved,
            _ => TimelineEventKind.DirectiveIssued,
        }, e.UserName, "", e.Note, $"/van-ban-di/{documentId}")));

        var reports = await (from r in db.ProgressReports.AsNoTracking()
                             join u in db.OrgUnits on r.UnitId equals u.Id
                             where r.DocumentId == documentId
                             select new { r.AssignmentId, Unit = u.ShortName, r.PercentDone, r.ClaimsCompletion, r.SubmittedById, r.SubmittedAtUtc, r.Status, r.ReviewedById, r.ReviewedAtUtc, r.ReviewNote })
            .ToListAsync(cancellationToken);
        var extensions = await (from e in db.ExtensionRequests.AsNoTracking()
                                join u in db.OrgUnits on e.UnitId equals u.Id
                                where e.DocumentId == documentId
                                select new { e.AssignmentId, Unit = u.ShortName, e.RequestedDueDate, e.Reason, e.RequestedById, e.RequestedAtUtc, e.Status, e.DecidedById, e.DecidedAtUtc, e.DecisionNote })
            .ToListAsync(cancellationToken);
        var names = await users.NamesAsync(
            reports.SelectMany(r => new[] { r.SubmittedById, r.ReviewedById }).Concat(extensions.SelectMany(e => new[] { e.RequestedById, e.DecidedById })),
            cancellationToken);
        string NameOf(string? userId) => userId is not null && names.TryGetValue(userId, out var name) ? name : "";

        foreach (var r in reports)
        {
            var link = AssignmentLinks.Of(r.AssignmentId);
            events.Add(new TimelineEvent(r.SubmittedAtUtc, TimelineEventKind.ReportSubmitted, NameOf(r.SubmittedById), r.Unit, $"{r.PercentDone}%", link));
            if (r.ReviewedAtUtc is { } reviewedAt && r.Status != ReportStatus.AwaitingReview)
                events.Add(new TimelineEvent(reviewedAt, r.Status == ReportStatus.Accepted ? TimelineEventKind.ReportAccepted : TimelineEventKind.ReportReturned,
                    NameOf(r.ReviewedById), r.Unit, r.ReviewNote, link));
        }
        foreach (var e in extensions)
        {
            var link = AssignmentLinks.Of(e.AssignmentId);
            events.Add(new TimelineEvent(e.RequestedAtUtc, TimelineEventKind.ExtensionRequested, NameOf(e.RequestedById), e.Unit,
                $"{e.RequestedDueDate:dd/MM/yyyy}: {e.Reason}", link));
            if (e.DecidedAtUtc is { } decidedAt && e.Status != ExtensionStatus.Pending)
                events.Add(new TimelineEvent(decidedAt, e.Status == ExtensionStatus.Approved ? TimelineEventKind.ExtensionApproved : TimelineEventKind.ExtensionRefused,
                    NameOf(e.DecidedById), e.Unit, e.DecisionNote, link));
        }

        // Đôn đốc: one event per unit and chase (the unit's users are notified at the same moment).
        var assignmentUnits = await (from a in db.Assignments.AsNoTracking()
                                     join u in db.OrgUnits on a.UnitId equals u.Id
                                     where a.DocumentId == documentId
                                     select new { a.Id, u.ShortName }).ToListAsync(cancellationToken);
        var unitByLink = assignmentUnits.ToDictionary(a => AssignmentLinks.Of(a.Id), a => a.ShortName);
        var links = unitByLink.Keys.ToList();
        var chases = await db.Notifications.AsNoTracking()
            .Where(n => n.Title == ChaseUnreportedUnitsHandler.NotificationTitle && n.Link != null && links.Contains(n.Link))
            .GroupBy(n => new { n.Link, n.CreatedAtUtc }).Select(g => new { g.Key.Link, g.Key.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        events.AddRange(chases.Select(c => new TimelineEvent(c.CreatedAtUtc, TimelineEventKind.UnitChased, "", unitByLink[c.Link!], null, c.Link)));

        // Later documents answering the same incoming documents: chasing dispatches and summary reports.
        var related = await db.OutgoingDocuments.AsNoTracking()
            .Where(d => d.Id != documentId && d.Citations.Any(c => citedIds.Contains(c.IncomingDocumentId))
                && (d.Type == DocumentType.BaoCao || d.Summary.StartsWith(ChasingDispatchSummary)))
            .Select(d => new
            {
                d.Id, d.Type, d.IssuerCode, d.DraftingUnitCode, d.Number, d.Summary, d.SignerName, d.IssuedAtUtc,
                DraftedAtUtc = db.DocumentEvents.Where(e => e.DocumentId == d.Id).Min(e => (DateTime?)e.AtUtc),
            }).ToListAsync(cancellationToken);
        foreach (var d in related)
        {
            var at = d.IssuedAtUtc ?? d.DraftedAtUtc;
            if (at is null)
                continue;
            var symbol = OutgoingSymbol.WithNumber(d.Number, OutgoingSymbol.Of(d.Type, d.IssuerCode, d.DraftingUnitCode));
            events.Add(new TimelineEvent(at.Value, d.Type == DocumentType.BaoCao ? TimelineEventKind.SummaryReport : TimelineEventKind.ChasingDispatch,
                d.SignerName, symbol, d.Summary, $"/van-ban-di/{d.Id}"));
        }

        return [.. events.OrderBy(e => e.AtUtc).ThenBy(e => e.Kind)];
    }

    /// <summary>How a chasing dispatch's summary begins (see <see cref="DraftChasingDispatchHandler"/>).</summary>
    public const string ChasingDispatchSummary = "V/v đôn đốc";
}
