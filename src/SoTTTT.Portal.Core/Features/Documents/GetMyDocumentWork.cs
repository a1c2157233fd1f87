using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>What waits for the signed-in user among the documents, by what their roles do.</summary>
public sealed record GetMyDocumentWorkQuery : IQuery<MyDocumentWork>;

public sealed record MyDocumentWork(
    int AwaitingMyDirection,
    int AwaitingApproval,
    int AwaitingIssue,
    int MyDrafts,
    int MyReturnedDrafts,
    int AssignedToMyUnit,
    int SentToMyUnit,
    IReadOnlyList<OutgoingListItem> LatestSentToMyUnit);

public sealed class GetMyDocumentWorkHandler(IPortalDbContext db, ICurrentUser user, IResourceAuthorizer authorizer)
    : IQueryHandler<GetMyDocumentWorkQuery, MyDocumentWork>
{
    public async ValueTask<MyDocumentWork> Handle(GetMyDocumentWorkQuery query, CancellationToken cancellationToken)
    {
        var me = user.UserId;
        var unitId = user.UnitId;
        var incoming = db.IncomingDocuments.AsNoTracking();
        var outgoing = db.OutgoingDocuments.AsNoTracking();

        var awaitingDirection = authorizer.HasPermission(Permission.DirectIncoming)
            ? await incoming.CountAsync(d => d.Status == IncomingStatus.AwaitingDirection && d.DirectingLeaderId == me, cancellationToken) : 0;
        var awaitingApproval = authorizer.HasPermission(Permission.ApproveOutgoing)
            ? await outgoing.CountAsync(d => d.Status == OutgoingStatus.Submitted, cancellationToken) : 0;
        var awaitingIssue = authorizer.HasPermission(Permission.IssueOutgoing)
            ? await outgoing.CountAsync(d => d.Status == OutgoingStatus.Approved, cancellationToken) : 0;
        var drafting = authorizer.HasPermission(Permission.DraftOutgoing);
        var myDrafts = drafting ? await outgoing.CountAsync(d => d.CreatedById == me && d.Status == OutgoingStatus.Draft, cancellationToken) : 0;
        var returned = drafting ? await outgoing.CountAsync(d => d.CreatedById == me && d.Status == OutgoingStatus.Returned, cancellationToken) : 0;
        var assigned = authorizer.HasPermission(Permission.HandleIncoming) && unitId is not null
            ? await incoming.CountAsync(d => d.HandlingUnitId == unitId && (d.Status == IncomingStatus.Directed || d.Status == IncomingStatus.InProgress), cancellationToken)
            : 0;

        var sent = 0;
        IReadOnlyList<OutgoingListItem> latest = [];
        if (unitId is { } unit)
        {
            var reached = outgoing.Where(d => d.Status == OutgoingStatus.Issued && d.RecipientUnits.Any(r => r.UnitId == unit));
            sent = await reached.CountAsync(cancellationToken);
            latest = (await reached.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Number).Take(5)
                .Select(OutgoingRow.Select)
                .ToListAsync(cancellationToken))
                .Select(row => row.ToListItem()).ToList();
        }

        return new MyDocumentWork(awaitingDirection, awaitingApproval, awaitingIssue, myDrafts, returned, assigned, sent, latest);
    }
}
