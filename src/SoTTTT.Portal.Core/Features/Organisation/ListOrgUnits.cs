using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Core.Features.Organisation;

public enum OrgUnitSort
{
    Kind,
    Code,
    Name,
}

/// <summary>One page of the directory; the search ignores diacritics and runs in SQL.</summary>
[RequiresPermission(Permission.ReadDirectory)]
public sealed record ListOrgUnitsQuery(
    string? Search = null,
    OrgUnitKind? Kind = null,
    bool IncludeInactive = false,
    OrgUnitSort SortBy = OrgUnitSort.Kind,
    bool Descending = false,
    int Page = 1,
    int PageSize = 25) : IQuery<PagedResult<OrgUnitListItem>>;

public sealed record OrgUnitListItem(
    Guid Id,
    string Code,
    string FullName,
    string ShortName,
    OrgUnitKind Kind,
    bool IsInternal,
    string? ParentName,
    bool IsActive,
    DateOnly? ActiveTo,
    string? SuccessorName);

public sealed class ListOrgUnitsHandler(IPortalDbContext db) : IQueryHandler<ListOrgUnitsQuery, PagedResult<OrgUnitListItem>>
{
    public async ValueTask<PagedResult<OrgUnitListItem>> Handle(ListOrgUnitsQuery query, CancellationToken cancellationToken)
    {
        var units = db.OrgUnits.AsNoTracking();
        if (!query.IncludeInactive)
            units = units.Where(u => u.ActiveTo == null);
        if (query.Kind is { } kind)
            units = units.Where(u => u.Kind == kind);
        var search = VietnameseText.Fold(query.Search);
        if (search.Length > 0)
            units = units.Where(u => u.SearchText.Contains(search));

        return await units.PageAsync(
            q => (query.SortBy, query.Descending) switch
            {
                (OrgUnitSort.Code, false) => q.OrderBy(u => u.Code),
                (OrgUnitSort.Code, true) => q.OrderByDescending(u => u.Code),
                (OrgUnitSort.Name, false) => q.OrderBy(u => u.FullName).ThenBy(u => u.Code),
                (OrgUnitSort.Name, true) => q.OrderByDescending(u => u.FullName).ThenBy(u => u.Code),
                (_, false) => q.OrderBy(u => u.Kind).ThenBy(u => u.FullName),
                (_, true) => q.OrderByDescending(u => u.Kind).ThenBy(u => u.FullName),
            },
            query.Page, query.PageSize,
            u => new OrgUnitListItem(
                u.Id, u.Code, u.FullName, u.ShortName, u.Kind, u.IsInternal,
                u.Parent != null ? u.Parent.ShortName : null,
                u.ActiveTo == null, u.ActiveTo,
                u.Successor != null ? u.Successor.ShortName : null),
            cancellationToken);
    }
}
