using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Audit;

/// <summary>The audit log, newest first, filtered by user name, action, entity and a period of Vietnamese days.</summary>
[RequiresPermission(Permission.ReadAuditLog)]
public sealed record ListAuditEntriesQuery(
    string? UserName = null,
    string? Action = null,
    string? EntityType = null,
    string? EntityId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = 25) : IQuery<PagedResult<AuditEntryRow>>;

public sealed record AuditEntryRow(long Id, DateTime AtUtc, string UserName, string Action, string? EntityType, string? EntityId, string? ClientAddress);

public sealed class ListAuditEntriesHandler(IPortalDbContext db) : IQueryHandler<ListAuditEntriesQuery, PagedResult<AuditEntryRow>>
{
    public async ValueTask<PagedResult<AuditEntryRow>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UserName))
            entries = entries.Where(e => e.UserName == query.UserName.Trim());
        if (!string.IsNullOrWhiteSpace(query.Action))
            entries = entries.Where(e => e.Action == query.Action.Trim());
        if (!string.IsNullOrWhiteSpace(query.EntityType))
            entries = entries.Where(e => e.EntityType == query.EntityType.Trim());
        if (!string.IsNullOrWhiteSpace(query.EntityId))
            entries = entries.Where(e => e.EntityId == query.EntityId.Trim());
        if (query.From is { } from)
        {
            var fromUtc = PortalTime.StartOfDayUtc(from);
            entries = entries.Where(e => e.AtUtc >= fromUtc);
        }
        if (query.To is { } to)
        {
            var beforeUtc = PortalTime.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(e => e.AtUtc < beforeUtc);
        }
        return await entries.PageAsync(
            q => q.OrderByDescending(e => e.Id),
            query.Page, query.PageSize,
            e => new AuditEntryRow(e.Id, e.AtUtc, e.UserName, e.Action, e.EntityType, e.EntityId, e.ClientAddress),
            cancellationToken);
    }
}
