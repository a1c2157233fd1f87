using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Core.Features.Organisation;

/// <summary>How many active units of each kind and how many groups the directory holds.</summary>
[RequiresPermission(Permission.ReadDirectory)]
public sealed record GetDirectorySummaryQuery : IQuery<DirectorySummary>;

public sealed record DirectorySummary(IReadOnlyDictionary<OrgUnitKind, int> ActiveUnitsByKind, int ActiveGroups, int InactiveUnits)
{
    public int ActiveUnits => ActiveUnitsByKind.Values.Sum();
}

public sealed class GetDirectorySummaryHandler(IPortalDbContext db) : IQueryHandler<GetDirectorySummaryQuery, DirectorySummary>
{
    public async ValueTask<DirectorySummary> Handle(GetDirectorySummaryQuery query, CancellationToken cancellationToken)
    {
        var byKind = await db.OrgUnits.Where(u => u.ActiveTo == null)
            .GroupBy(u => u.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Kind, x => x.Count, cancellationToken);
        var inactive = await db.OrgUnits.CountAsync(u => u.ActiveTo != null, cancellationToken);
        var groups = await db.UnitGroups.CountAsync(g => g.IsActive, cancellationToken);
        return new DirectorySummary(byKind, groups, inactive);
    }
}
