using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Audit;

/// <summary>One entry of the audit log with its summary and its place in the chain.</summary>
[RequiresPermission(Permission.ReadAuditLog)]
public sealed record GetAuditEntryQuery(long Id) : IQuery<AuditEntryDetails>;

public sealed record AuditEntryDetails(
    long Id,
    DateTime AtUtc,
    string? UserId,
    string UserName,
    Guid? UnitId,
    string Action,
    string? EntityType,
    string? EntityId,
    string Summary,
    string? ClientAddress,
    string PreviousHash,
    string Hash);

public sealed class GetAuditEntryHandler(IPortalDbContext db) : IQueryHandler<GetAuditEntryQuery, AuditEntryDetails>
{
    public async ValueTask<AuditEntryDetails> Handle(GetAuditEntryQuery query, CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking()
            .Where(e => e.Id == query.Id)
            .Select(e => new AuditEntryDetails(e.Id, e.AtUtc, e.UserId, e.UserName, e.UnitId, e.Action, e.EntityType, e.EntityId,
                e.Summary, e.ClientAddress, e.PreviousHash, e.Hash))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException();
}
