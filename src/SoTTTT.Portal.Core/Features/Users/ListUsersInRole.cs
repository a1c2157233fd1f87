using Mediator;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Users;

/// <summary>The people of one role, for pickers (the leader to present to, the signer).</summary>
[RequiresPermission(Permission.ReadDocuments)]
public sealed record ListUsersInRoleQuery(string Role) : IQuery<IReadOnlyList<PortalUserSummary>>;

public sealed class ListUsersInRoleHandler(IUserDirectory users) : IQueryHandler<ListUsersInRoleQuery, IReadOnlyList<PortalUserSummary>>
{
    public async ValueTask<IReadOnlyList<PortalUserSummary>> Handle(ListUsersInRoleQuery query, CancellationToken cancellationToken) =>
        await users.InRoleAsync(query.Role, cancellationToken);
}
