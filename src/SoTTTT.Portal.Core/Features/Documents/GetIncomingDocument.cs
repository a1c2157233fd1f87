using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>An incoming document with its direction, its history and the outgoing documents based on it.</summary>
[RequiresPermission(Permission.ReadDocuments)]
public sealed record GetIncomingDocumentQuery(Guid Id) : IQuery<IncomingDocumentView>;

public sealed record IncomingDocumentView(
    Guid Id,
    Guid Version,
    int ArrivalYear,
    int ArrivalNumber,
    DateOnly ReceivedOn,
    string NumberSymbol,
    DocumentType Type,
    Guid? IssuingUnitId,
    string IssuingAgency,
    DateOnly IssuedOn,
    string Summary,
    Urgency Urgency,
    Confidentiality Confidentiality,
    DateOnly? HandlingDeadline,
    IncomingStatus Status,
    string? DirectingLeaderName,
    string? Direction,
    string? DirectedByName,
    DateTime? DirectedAtUtc,
    Guid? HandlingUnitId,
    string? HandlingUnitName,
    DateOnly? DirectionDeadline,
    string? HandlingNote,
    IReadOnlyList<DocumentEventView> History,
    IReadOnlyList<DocumentLinkView> OutgoingBasedOnIt);

public sealed record DocumentEventView(DateTime AtUtc, string UserName, DocumentAction Action, string? Note);

public sealed record DocumentLinkView(Guid Id, string NumberAndSymbol, string Summary, OutgoingStatus Status);

public sealed class GetIncomingDocumentHandler(IPortalDbContext db, IUserDirectory users) : IQueryHandler<GetIncomingDocumentQuery, IncomingDocumentView>
{
    public async ValueTask<IncomingDocumentView> Handle(GetIncomingDocumentQuery query, CancellationToken cancellationToken)
    {
        var d = await db.IncomingDocuments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException();
        var history = await db.DocumentEvents.AsNoTracking()
            .Where(e => e.DocumentId == d.Id)
            .OrderBy(e => e.Id)
            .Select(e => new DocumentEventView(e.AtUtc, e.UserName, e.Action, e.Note))
            .ToListAsync(cancellationToken);
        var based = await db.OutgoingDocuments.AsNoTracking()
            .Where(o => o.Citations.Any(c => c.IncomingDocumentId == d.Id))
            .Select(OutgoingRow.Select)
            .ToListAsync(cancellationToken);
        var handlingUnit = d.HandlingUnitId is { } unitId
            ? await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken)
            : null;

        return new IncomingDocumentView(
            d.Id, d.Version, d.ArrivalYear, d.ArrivalNumber, d.ReceivedOn, d.NumberSymbol, d.Type, d.IssuingUnitId, d.IssuingAgency,
            d.IssuedOn, d.Summary, d.Urgency, d.Confidentiality, d.HandlingDeadline, d.Status,
            await NameOf(d.DirectingLeaderId, cancellationToken), d.Direction, await NameOf(d.DirectedById, cancellationToken), d.DirectedAtUtc,
            d.HandlingUnitId, handlingUnit, d.DirectionDeadline, d.HandlingNote, history,
            based.Select(o => new DocumentLinkView(o.Id, o.NumberAndSymbol, o.Summary, o.Status)).ToList());
    }

    private async Task<string?> NameOf(string? userId, CancellationToken cancellationToken) =>
        userId is null ? null : (await users.FindAsync(userId, cancellationToken))?.FullName;
}
