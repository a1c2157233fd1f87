using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Common.Security;

namespace SoTTTT.Portal.Core.Features.Inspection;

/// <summary>One finding with what it is about and its follow-up, for the follow-up dialog.</summary>
[RequiresPermission(Permission.ReadFindings)]
public sealed record GetFindingQuery(Guid Id) : IQuery<FindingRow>;

public sealed class GetFindingHandler(IPortalDbContext db) : IQueryHandler<GetFindingQuery, FindingRow>
{
    public async ValueTask<FindingRow> Handle(GetFindingQuery query, CancellationToken cancellationToken)
    {
        var columns = await FindingQueries.Joined(db, db.Findings.AsNoTracking().Where(f => f.Id == query.Id))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        return columns.ToRow();
    }
}
