using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Core.Features.Organisation;

/// <summary>
/// One unit with its groups. Directory readers see any unit; a unit reporter sees only their own,
/// and any other id answers "not found".
/// </summary>
public sealed record GetOrgUnitQuery(Guid Id) : IQuery<OrgUnitView>;

public sealed record OrgUnitView(
    Guid Id,
    Guid Version,
    string Code,
    string FullName,
    string ShortName,
    OrgUnitKind Kind,
    bool IsInternal,
    Guid? ParentId,
    string? ParentName,
    string? Address,
    string? Phone,
    string? Email,
    DateOnly? ActiveFrom,
    DateOnly? ActiveTo,
    Guid? SuccessorId,
    string? SuccessorName,
    IReadOnlyList<string> GroupNames)
{
    public bool IsActive => ActiveTo is null;
}

public sealed class GetOrgUnitHandler(IPortalDbContext db, IResourceAuthorizer authorizer) : IQueryHandler<GetOrgUnitQuery, OrgUnitView>
{
    public async ValueTask<OrgUnitView> Handle(GetOrgUnitQuery query, CancellationToken cancellationToken)
    {
        if (!authorizer.CanReadUnit(query.Id))
            throw new NotFoundException();

        var view = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Id == query.Id)
            .Select(u => new OrgUnitView(
                u.Id, u.Version, u.Code, u.FullName, u.ShortName, u.Kind, u.IsInternal,
                u.ParentId, u.Parent != null ? u.Parent.FullName : null,
                u.Address, u.Phone, u.Email, u.ActiveFrom, u.ActiveTo,
                u.SuccessorId, u.Successor != null ? u.Successor.FullName : null,
                db.UnitGroupMembers.Where(m => m.UnitId == u.Id).Select(m => m.Group!.Name).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        return view ?? throw new NotFoundException();
    }
}
