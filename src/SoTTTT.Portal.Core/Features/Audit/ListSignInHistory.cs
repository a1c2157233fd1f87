using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Audit;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Audit;

/// <summary>A user's sign-ins, failures, lock-outs and other security events, newest first.</summary>
[RequiresPermission(Permission.ReadAuditLog)]
public sealed record ListSignInHistoryQuery(string UserId, int Page = 1, int PageSize = 20) : IQuery<PagedResult<SignInHistoryItem>>;

public sealed record SignInHistoryItem(DateTime AtUtc, SecurityEventKind Kind, string? ClientAddress);

public sealed class ListSignInHistoryHandler(IPortalDbContext db) : IQueryHandler<ListSignInHistoryQuery, PagedResult<SignInHistoryItem>>
{
    private static readonly string[] Kinds = Enum.GetNames<SecurityEventKind>();

    public async ValueTask<PagedResult<SignInHistoryItem>> Handle(ListSignInHistoryQuery query, CancellationToken cancellationToken)
    {
        var page = await db.AuditEntries.AsNoTracking()
            .Where(e => e.UserId == query.UserId && Kinds.Contains(e.Action))
            .PageAsync(q => q.OrderByDescending(e => e.Id), query.Page, query.PageSize,
                e => new { e.AtUtc, e.Action, e.ClientAddress }, cancellationToken);
        return page.Map(e => new SignInHistoryItem(e.AtUtc, Enum.Parse<SecurityEventKind>(e.Action), e.ClientAddress));
    }
}
