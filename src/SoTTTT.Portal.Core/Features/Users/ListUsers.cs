using Mediator;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Users;

/// <summary>
/// One page of the accounts. The search ignores diacritics and matches the user name, full name, position
/// and unit; it runs in memory, since a department has hundreds of accounts, not millions.
/// </summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record ListUsersQuery(
    string? Search = null,
    Guid? UnitId = null,
    string? Role = null,
    bool? Disabled = null,
    int Page = 1,
    int PageSize = 25) : IQuery<PagedResult<UserAccount>>;

public sealed class ListUsersHandler(IUserAccounts accounts) : IQueryHandler<ListUsersQuery, PagedResult<UserAccount>>
{
    public async ValueTask<PagedResult<UserAccount>> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        IEnumerable<UserAccount> users = await accounts.AllAsync(cancellationToken);
        if (query.UnitId is { } unitId)
            users = users.Where(u => u.UnitId == unitId);
        if (!string.IsNullOrEmpty(query.Role))
            users = users.Where(u => u.Roles.Contains(query.Role));
        if (query.Disabled is { } disabled)
            users = users.Where(u => u.IsDisabled == disabled);
        var search = VietnameseText.Fold(query.Search);
        if (search.Length > 0)
            users = users.Where(u => VietnameseText.Fold($"{u.UserName} {u.FullName} {u.Position} {u.UnitName}").Contains(search, StringComparison.Ordinal));

        var matching = users.OrderBy(u => u.IsDisabled).ThenBy(u => u.FullName, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), ignoreCase: true)).ToList();
        var size = Paging.Clamp(query.PageSize);
        var page = Paging.ClampPage(query.Page);
        return new PagedResult<UserAccount>(matching.Skip((page - 1) * size).Take(size).ToList(), matching.Count, page, size);
    }
}

/// <summary>One account, for its administration page.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record GetUserQuery(string Id) : IQuery<UserAccount>;

public sealed class GetUserHandler(IUserAccounts accounts) : IQueryHandler<GetUserQuery, UserAccount>
{
    public async ValueTask<UserAccount> Handle(GetUserQuery query, CancellationToken cancellationToken) =>
        await accounts.FindAsync(query.Id, cancellationToken) ?? throw new Common.Exceptions.NotFoundException();
}
