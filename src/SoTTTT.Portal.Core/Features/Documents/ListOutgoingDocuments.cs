using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Documents;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>
/// One page of outgoing documents the user may read, searched without diacritics by number,
/// symbol and summary, filtered by type, status and issue date.
/// </summary>
public sealed record ListOutgoingDocumentsQuery(
    string? Search = null,
    OutgoingStatus? Status = null,
    DocumentType? Type = null,
    DateOnly? IssuedFrom = null,
    DateOnly? IssuedTo = null,
    int Page = 1,
    int PageSize = 25) : IQuery<PagedResult<OutgoingListItem>>;

public sealed record OutgoingListItem(
    Guid Id,
    DocumentType Type,
    string NumberAndSymbol,
    DateOnly? IssuedOn,
    string Summary,
    OutgoingStatus Status,
    string DraftingUnitCode);

public sealed class ListOutgoingDocumentsHandler(IPortalDbContext db, IResourceAuthorizer authorizer, ICurrentUser user)
    : IQueryHandler<ListOutgoingDocumentsQuery, PagedResult<OutgoingListItem>>
{
    public async ValueTask<PagedResult<OutgoingListItem>> Handle(ListOutgoingDocumentsQuery query, CancellationToken cancellationToken)
    {
        var documents = db.OutgoingDocuments.AsNoTracking().VisibleTo(authorizer, user);
        var search = VietnameseText.Fold(query.Search);
        if (search.Length > 0)
            documents = documents.Where(d => d.SearchText.Contains(search));
        if (query.Status is { } status)
            documents = documents.Where(d => d.Status == status);
        if (query.Type is { } type)
            documents = documents.Where(d => d.Type == type);
        if (query.IssuedFrom is { } from)
            documents = documents.Where(d => d.IssuedOn >= from);
        if (query.IssuedTo is { } to)
            documents = documents.Where(d => d.IssuedOn <= to);

        // Drafts (no number yet) first, then the register from the newest number down.
        var page = await documents.PageAsync(
            q => q.OrderBy(d => d.Number != null).ThenByDescending(d => d.Year).ThenByDescending(d => d.Number).ThenByDescending(d => d.Id),
            query.Page, query.PageSize,
            OutgoingRow.Select,
            cancellationToken);
        return page.Map(row => row.ToListItem());
    }
}
