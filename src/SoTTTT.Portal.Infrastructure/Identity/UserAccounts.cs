using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.Infrastructure.Identity;

/// <summary>
/// The accounts through Identity's UserManager, on the scope's PortalDbContext, so every write joins the
/// transaction of the command that makes it. Identity's (Vietnamese) errors come back as field errors.
/// </summary>
public sealed class UserAccounts(UserManager<PortalUser> userManager, PortalDbContext db, TimeProvider clock) : IUserAccounts
{
    public async Task<IReadOnlyList<UserAccount>> AllAsync(CancellationToken cancellationToken) =>
        await AccountsAsync(db.Users, cancellationToken);

    public async Task<UserAccount?> FindAsync(string userId, CancellationToken cancellationToken) =>
        (await AccountsAsync(db.Users.Where(u => u.Id == userId), cancellationToken)).SingleOrDefault();

    public async Task<bool> IsUserNameTakenAsync(string userName, CancellationToken cancellationToken) =>
        await userManager.FindByNameAsync(userName) is not null;

    public async Task<string> CreateAsync(string userName, UserAccountDetails details, string temporaryPassword, CancellationToken cancellationToken)
    {
        var user = new PortalUser { UserName = userName, MustChangePassword = true };
        Apply(user, details);
        Ensure(await userManager.CreateAsync(user, temporaryPassword));
        Ensure(await userManager.AddToRolesAsync(user, details.Roles));
        return user.Id;
    }

    public async Task<bool> UpdateAsync(string userId, Guid version, UserAccountDetails details, CancellationToken cancellationToken)
    {
        var user = await UserAsync(userId);
        if (user.Version != version)
            throw new ConcurrencyConflictException();
        Apply(user, details);
        user.Version = Guid.NewGuid();
        var current = await userManager.GetRolesAsync(user);
        var removed = current.Except(details.Roles, StringComparer.Ordinal).ToList();
        var added = details.Roles.Except(current, StringComparer.Ordinal).ToList();
        if (removed.Count > 0)
            Ensure(await userManager.RemoveFromRolesAsync(user, removed));
        if (added.Count > 0)
            Ensure(await userManager.AddToRolesAsync(user, added));
        var rolesChanged = removed.Count > 0 || added.Count > 0;
        if (rolesChanged)
            Ensure(await userManager.UpdateSecurityStampAsync(user));
        else
            Ensure(await userManager.UpdateAsync(user));
        return rolesChanged;
    }

    public async Task SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken)
    {
        var user = await UserAsync(userId);
        user.IsDisabled = disabled;
        user.Version = Guid.NewGuid();
        Ensure(await userManager.UpdateSecurityStampAsync(user));
    }

    public async Task ResetPasswordAsync(string userId, string temporaryPassword, CancellationToken cancellationToken)
    {
        var user = await UserAsync(userId);
        user.MustChangePassword = true;
        user.Version = Guid.NewGuid();
        if (await userManager.HasPasswordAsync(user))
            Ensure(await userManager.RemovePasswordAsync(user));
        // AddPasswordAsync validates the password and renews the security stamp.
        Ensure(await userManager.AddPasswordAsync(user, temporaryPassword));
        Ensure(await userManager.SetLockoutEndDateAsync(user, null));
        Ensure(await userManager.ResetAccessFailedCountAsync(user));
    }

    public async Task RevokeSignInsAsync(string userId, CancellationToken cancellationToken) =>
        Ensure(await userManager.UpdateSecurityStampAsync(await UserAsync(userId)));

    private async Task<PortalUser> UserAsync(string userId) =>
        await userManager.FindByIdAsync(userId) ?? throw new NotFoundException();

    private static void Apply(PortalUser user, UserAccountDetails details)
    {
        user.FullName = details.FullName;
        user.Position = details.Position;
        user.UnitId = details.UnitId;
        user.Email = details.Email;
        user.PhoneNumber = details.PhoneNumber;
    }

    private async Task<IReadOnlyList<UserAccount>> AccountsAsync(IQueryable<PortalUser> users, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await users.AsNoTracking()
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.FullName,
                u.Position,
                u.UnitId,
                UnitName = u.Unit != null ? u.Unit.FullName : null,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                u.Email,
                u.PhoneNumber,
                u.IsDisabled,
                u.MustChangePassword,
                u.LockoutEnd,
                u.Version,
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(u => new UserAccount(
                u.Id, u.UserName ?? "", u.FullName, u.Position, u.UnitId, u.UnitName,
                Core.Domain.Identity.PortalRoles.All.Where(u.Roles.Contains).ToList(),
                u.Email, u.PhoneNumber, u.IsDisabled, u.MustChangePassword,
                u.LockoutEnd is { } end && end > now, u.Version))
            .ToList();
    }

    /// <summary>Identity's refusals become field errors: a password rule under "Password", a name under "UserName".</summary>
    private static void Ensure(IdentityResult result)
    {
        if (result.Succeeded)
            return;
        var errors = result.Errors
            .GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "Password"
                : e.Code.Contains("UserName", StringComparison.Ordinal) ? "UserName"
                : e.Code.Contains("Email", StringComparison.Ordinal) ? "Email"
                : "")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            throw new ConcurrencyConflictException();
        throw new InputValidationException(errors);
    }
}
