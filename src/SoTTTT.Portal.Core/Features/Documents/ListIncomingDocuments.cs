using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Documents;

public enum IncomingSort
{
    Arrival,
    Received,
    Deadline,
}

/// <summary>One page of the incoming register, filtered and searched in SQL (diacritics ignored).</summary>
[RequiresPermission(Permission.ReadDocuments)]
public sealed record ListIncomingDocumentsQuery(
    string? Search = null,
    IncomingStatus? Status = null,
    DocumentType? Type = null,
    Urgency? Urgency = null,
    DateOnly? ReceivedFrom = null,
    DateOnly? ReceivedTo = null,
    IncomingSort SortBy = IncomingSort.Arrival,
    bool Descending = true,
    int Page = 1,
    int PageSize = 25) : IQuery<PagedResult<IncomingListItem>>;

public sealed record IncomingListItem(
    Guid Id,
    int ArrivalYear,
    int ArrivalNumber,
    DateOnly ReceivedOn,
    string NumberSymbol,
    DocumentType Type,
    string IssuingAgency,
    DateOnly IssuedOn,
    string Summary,
    Urgency Urgency,
    IncomingStatus Status,
    DateOnly? Deadline);

public sealed class ListIncomingDocumentsHandler(IPortalDbContext db) : IQueryHandler<ListIncomingDocumentsQuery, PagedResult<IncomingListItem>>
{
    public async ValueTask<PagedResult<IncomingListItem>> Handle(ListIncomingDocumentsQuery query, CancellationToken cancellationToken)
    {
        var documents = db.IncomingDocuments.AsNoTracking();
        var search = VietnameseText.Fold(query.Search);
        if (search.Length > 0)
            documents = documents.Where(d => d.SearchText.Contains(search));
        if (query.Status is { } status)
            documents = documents.Where(d => d.Status == status);
        if (query.Type is { } type)
            documents = documents.Where(d => d.Type == type);
        if (query.Urgency is { } urgency)
            documents = documents.Where(d => d.Urgency == urgency);
        if (query.ReceivedFrom is { } from)
            documents = documents.Where(d => d.ReceivedOn >= from);
        if (query.ReceivedTo is { } to)
            documents = documents.Where(d => d.ReceivedOn <= to);

        Func<IQueryable<IncomingDocument>, IOrderedQueryable<IncomingDocument>> order = q => (query.SortBy, query.Descending) switch
        {
            (IncomingSort.Received, true) => q.OrderByDescending(d => d.ReceivedOn).ThenByDescending(d => d.ArrivalNumber),
            (IncomingSort.Received, false) => q.OrderBy(d => d.ReceivedOn).ThenBy(d => d.ArrivalNumber),
            (IncomingSort.Deadline, true) => q.OrderByDescending(d => d.DirectionDeadline ?? d.HandlingDeadline),
            (IncomingSort.Deadline, false) => q.OrderBy(d => d.DirectionDeadline ?? d.HandlingDeadline),
            (_, true) => q.OrderByDescending(d => d.ArrivalYear).ThenByDescending(d => d.ArrivalNumber),
            (_, false) => q.OrderBy(d => d.ArrivalYear).ThenBy(d => d.ArrivalNumber),
        };
        if (search.Length == 0)
            return await documents.PageAsync(order, query.Page, query.PageSize, Item, cancellationToken);

        // A search reads the register's search index (arrival order and folded text, a fraction of the rows' size):
        // the count and the page's ids from it alone, then only the page's rows. Read in one step, the database
        // walks the arrival order row by row, which for a rare word means reading the whole register.
        var ids = await documents.PageAsync(order, query.Page, query.PageSize, d => d.Id, cancellationToken);
        var rows = await db.IncomingDocuments.AsNoTracking().Where(d => ids.Items.Contains(d.Id)).Select(Item).ToDictionaryAsync(r => r.Id, cancellationToken);
        return ids.Map(id => rows[id]);
    }

    private static readonly Expression<Func<IncomingDocument, IncomingListItem>> Item = d => new IncomingListItem(
        d.Id, d.ArrivalYear, d.ArrivalNumber, d.ReceivedOn, d.NumberSymbol, d.Type,
        d.IssuingAgency, d.IssuedOn, d.Summary, d.Urgency, d.Status, d.DirectionDeadline ?? d.HandlingDeadline);
}
