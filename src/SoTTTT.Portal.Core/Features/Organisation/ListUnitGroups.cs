using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Organisation;

[RequiresPermission(Permission.ReadDirectory)]
public sealed record ListUnitGroupsQuery(string? Search = null, bool IncludeInactive = false, int Page = 1, int PageSize = 25)
    : IQuery<PagedResult<UnitGroupListItem>>;

public sealed record UnitGroupListItem(Guid Id, string Code, string Name, int MemberCount, bool IsActive);

public sealed class ListUnitGroupsHandler(IPortalDbContext db) : IQueryHandler<ListUnitGroupsQuery, PagedResult<UnitGroupListItem>>
{
    public async ValueTask<PagedResult<UnitGroupListItem>> Handle(ListUnitGroupsQuery query, CancellationToken cancellationToken)
    {
        var groups = db.UnitGroups.AsNoTracking();
        if (!query.IncludeInactive)
            groups = groups.Where(g => g.IsActive);
        var search = VietnameseText.Fold(query.Search);
        if (search.Length > 0)
            groups = groups.Where(g => g.SearchText.Contains(search));

        return await groups.PageAsync(q => q.OrderBy(g => g.Name), query.Page, query.PageSize,
            g => new UnitGroupListItem(g.Id, g.Code, g.Name, g.Members.Count, g.IsActive), cancellationToken);
    }
}

[RequiresPermission(Permission.ReadDirectory)]
public sealed record GetUnitGroupQuery(Guid Id) : IQuery<UnitGroupView>;

public sealed record UnitGroupView(Guid Id, Guid Version, string Code, string Name, string? Description, bool IsActive, IReadOnlyList<UnitOption> Members);

public sealed class GetUnitGroupHandler(IPortalDbContext db) : IQueryHandler<GetUnitGroupQuery, UnitGroupView>
{
    public async ValueTask<UnitGroupView> Handle(GetUnitGroupQuery query, CancellationToken cancellationToken)
    {
        var view = await db.UnitGroups.AsNoTracking()
            .Where(g => g.Id == query.Id)
            .Select(g => new UnitGroupView(
                g.Id, g.Version, g.Code, g.Name, g.Description, g.IsActive,
                g.Members.OrderBy(m => m.Position)
                    .Select(m => new UnitOption(m.UnitId, m.Unit!.Code, m.Unit.ShortName, m.Unit.FullName, m.Unit.Kind))
                    .ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        return view ?? throw new NotFoundException();
    }
}
