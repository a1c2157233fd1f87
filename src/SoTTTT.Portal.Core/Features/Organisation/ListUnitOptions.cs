using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Core.Features.Organisation;

/// <summary>The units a picker offers (parent, successor, group members): a province has hundreds at most.</summary>
[RequiresPermission(Permission.ReadDirectory)]
public sealed record ListUnitOptionsQuery(bool ActiveOnly = true) : IQuery<IReadOnlyList<UnitOption>>;

public sealed record UnitOption(Guid Id, string Code, string ShortName, string FullName, OrgUnitKind Kind);

public sealed class ListUnitOptionsHandler(IPortalDbContext db) : IQueryHandler<ListUnitOptionsQuery, IReadOnlyList<UnitOption>>
{
    public async ValueTask<IReadOnlyList<UnitOption>> Handle(ListUnitOptionsQuery query, CancellationToken cancellationToken)
    {
        var units = db.OrgUnits.AsNoTracking();
        if (query.ActiveOnly)
            units = units.Where(u => u.ActiveTo == null);
        return await units
            .OrderBy(u => u.Kind).ThenBy(u => u.FullName)
            .Select(u => new UnitOption(u.Id, u.Code, u.ShortName, u.FullName, u.Kind))
            .ToListAsync(cancellationToken);
    }
}
