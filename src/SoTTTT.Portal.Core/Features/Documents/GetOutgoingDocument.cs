using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>
/// An outgoing document as it reads, with what the format checker finds missing, its history and
/// the incoming documents it cites. Someone who may not read it gets "not found".
/// </summary>
public sealed record GetOutgoingDocumentQuery(Guid Id) : IQuery<OutgoingDocumentView>;

public sealed record OutgoingDocumentView(
    Guid Id,
    Guid Version,
    DocumentType Type,
    OutgoingStatus Status,
    string NumberAndSymbol,
    int? Number,
    DateOnly? IssuedOn,
    Guid DraftingUnitId,
    string DraftingUnitCode,
    string Place,
    string Summary,
    IReadOnlyList<RecipientLine> Addressees,
    string? Preamble,
    IReadOnlyList<DocumentSection> Sections,
    string? Closing,
    string? SignerUserId,
    string SignerName,
    SigningAuthority Authority,
    string? HeadTitle,
    string SignerTitle,
    IReadOnlyList<RecipientLine> Distribution,
    IReadOnlyList<IncomingLinkView> Cited,
    string? ReturnReason,
    Guid? ReplacesId,
    string CreatedById,
    IReadOnlyList<FormatIssue> FormatIssues,
    IReadOnlyList<DocumentEventView> History);

public sealed record IncomingLinkView(Guid Id, string NumberSymbol, string IssuingAgency, DateOnly IssuedOn, string Summary);

public sealed class GetOutgoingDocumentHandler(IPortalDbContext db, IResourceAuthorizer authorizer, ICurrentUser user)
    : IQueryHandler<GetOutgoingDocumentQuery, OutgoingDocumentView>
{
    public async ValueTask<OutgoingDocumentView> Handle(GetOutgoingDocumentQuery query, CancellationToken cancellationToken)
    {
        var d = await db.OutgoingDocuments.AsNoTracking().VisibleTo(authorizer, user)
            .Include(x => x.Addressees).Include(x => x.Distribution).Include(x => x.Sections).Include(x => x.Citations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException();

        var citedIds = d.Citations.Select(c => c.IncomingDocumentId).ToList();
        var cited = await db.IncomingDocuments.AsNoTracking()
            .Where(i => citedIds.Contains(i.Id))
            .Select(i => new IncomingLinkView(i.Id, i.NumberSymbol, i.IssuingAgency, i.IssuedOn, i.Summary))
            .ToListAsync(cancellationToken);
        var readsEverything = authorizer.HasPermission(Domain.Identity.Permission.ReadDocuments);
        // A recipient unit sees the document, not the department's internal history of it.
        var history = readsEverything
            ? await db.DocumentEvents.AsNoTracking()
                .Where(e => e.DocumentId == d.Id)
                .OrderBy(e => e.Id)
                .Select(e => new DocumentEventView(e.AtUtc, e.UserName, e.Action, e.Note))
                .ToListAsync(cancellationToken)
            : [];

        return new OutgoingDocumentView(
            d.Id, d.Version, d.Type, d.Status, d.NumberAndSymbol, d.Number, d.IssuedOn, d.DraftingUnitId, d.DraftingUnitCode,
            d.Place, d.Summary, d.Addressees.OrderBy(l => l.Position).ToList(), d.Preamble, d.Sections.OrderBy(s => s.Number).ToList(),
            d.Closing, d.SignerUserId, d.SignerName, d.Authority, d.HeadTitle, d.SignerTitle,
            d.Distribution.OrderBy(l => l.Position).ToList(), cited, readsEverything ? d.ReturnReason : null, d.ReplacesId, d.CreatedById,
            d.IsEditable ? d.CheckFormat() : [], history);
    }
}
