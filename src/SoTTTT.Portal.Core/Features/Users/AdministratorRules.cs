using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Users;

/// <summary>
/// The portal must keep an administrator who can sign in: an administrator cannot lock themselves out,
/// and no change may leave the portal without an enabled administrator.
/// </summary>
public sealed class AdministratorRules(IUserAccounts accounts, ICurrentUser currentUser, IStringLocalizer<CoreResource> l)
{
    public async Task<UserAccount> FindAsync(string userId, CancellationToken cancellationToken) =>
        await accounts.FindAsync(userId, cancellationToken) ?? throw new Common.Exceptions.NotFoundException();

    public async Task EnsureMayDisableAsync(UserAccount account, CancellationToken cancellationToken)
    {
        if (account.Id == currentUser.UserId)
            throw new DomainRuleException(l["Bạn không thể vô hiệu hóa tài khoản của chính mình."]);
        if (account.Roles.Contains(PortalRoles.Admin) && !await AnotherEnabledAdministratorAsync(account.Id, cancellationToken))
            throw new DomainRuleException(l["Không thể vô hiệu hóa quản trị hệ thống cuối cùng đang hoạt động."]);
    }

    public async Task EnsureMayChangeRolesAsync(UserAccount account, IReadOnlyList<string> newRoles, CancellationToken cancellationToken)
    {
        if (!account.Roles.Contains(PortalRoles.Admin) || newRoles.Contains(PortalRoles.Admin))
            return;
        if (account.Id == currentUser.UserId)
            throw new DomainRuleException(l["Bạn không thể bỏ vai trò quản trị hệ thống của chính mình."], "Roles");
        if (!account.IsDisabled && !await AnotherEnabledAdministratorAsync(account.Id, cancellationToken))
            throw new DomainRuleException(l["Không thể bỏ vai trò của quản trị hệ thống cuối cùng đang hoạt động."], "Roles");
    }

    private async Task<bool> AnotherEnabledAdministratorAsync(string userId, CancellationToken cancellationToken) =>
        (await accounts.AllAsync(cancellationToken)).Any(a => a.Id != userId && !a.IsDisabled && a.Roles.Contains(PortalRoles.Admin));
}
