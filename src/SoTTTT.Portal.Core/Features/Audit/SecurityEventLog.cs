using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Audit;

namespace SoTTTT.Portal.Core.Features.Audit;

/// <summary>Writes the account pages' security events into the audit chain, each in a transaction of its own.</summary>
public sealed class SecurityEventLog(IPortalDbContext db, AuditLog audit, IUserDirectory users, IClientInfo client, TimeProvider clock)
    : ISecurityEvents
{
    public async Task RecordAsync(SecurityEventKind kind, string? userId, string userName, CancellationToken cancellationToken = default)
    {
        var unitId = userId is null ? null : (await users.FindAsync(userId, cancellationToken))?.UnitId;
        var record = new AuditRecord(clock.UtcNow(), userId, userName, unitId, kind.ToString(),
            userId is null ? null : "PortalUser", userId, "{}", client.Address);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await audit.AppendAsync(record, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }
}
