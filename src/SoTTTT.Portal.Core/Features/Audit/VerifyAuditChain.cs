using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Audit;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Audit;

/// <summary>
/// Recomputes the whole chain, in order of ids, and names the first entry that was edited, whose
/// predecessor is missing, or that does not follow the entry before it.
/// </summary>
[RequiresPermission(Permission.ReadAuditLog)]
public sealed record VerifyAuditChainQuery : IQuery<AuditChainVerification>;

/// <param name="FirstBreak">Null when every entry checked holds.</param>
public sealed record AuditChainVerification(long Checked, AuditChainBreak? FirstBreak)
{
    public bool IsIntact => FirstBreak is null;
}

public sealed class VerifyAuditChainHandler(IPortalDbContext db) : IQueryHandler<VerifyAuditChainQuery, AuditChainVerification>
{
    private const int Batch = 1000;

    public async ValueTask<AuditChainVerification> Handle(VerifyAuditChainQuery query, CancellationToken cancellationToken)
    {
        var chain = new AuditChain();
        long after = 0;
        while (true)
        {
            // Read in batches by id (keyset), so a long log never sits in memory whole.
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Id > after)
                .OrderBy(e => e.Id)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                if (chain.Check(entry) is { } broken)
                    return new AuditChainVerification(chain.Checked, broken);
            }
            if (batch.Count < Batch)
                return new AuditChainVerification(chain.Checked, null);
            after = batch[^1].Id;
        }
    }
}
