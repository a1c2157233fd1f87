namespace SoTTTT.Portal.Core.Common.Security;

/// <summary>
/// The administration of the portal's accounts (stored by Identity, outside Core). Every change of roles,
/// password or status renews the account's security stamp, so cookies issued before it stop working.
/// </summary>
public interface IUserAccounts
{
    Task<IReadOnlyList<UserAccount>> AllAsync(CancellationToken cancellationToken);

    Task<UserAccount?> FindAsync(string userId, CancellationToken cancellationToken);

    Task<bool> IsUserNameTakenAsync(string userName, CancellationToken cancellationToken);

    /// <summary>Creates the account with a temporary password the user must change at the first sign-in; returns its id.</summary>
    Task<string> CreateAsync(string userName, UserAccountDetails details, string temporaryPassword, CancellationToken cancellationToken);

    /// <summary>Saves the details if the account is still at <paramref name="version"/>; returns whether the roles changed.</summary>
    Task<bool> UpdateAsync(string userId, Guid version, UserAccountDetails details, CancellationToken cancellationToken);

    Task SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken);

    /// <summary>Replaces the password by a temporary one, requires a new one at the next sign-in and clears a lockout.</summary>
    Task ResetPasswordAsync(string userId, string temporaryPassword, CancellationToken cancellationToken);

    /// <summary>Renews the security stamp: every cookie issued to the account stops working.</summary>
    Task RevokeSignInsAsync(string userId, CancellationToken cancellationToken);
}

/// <summary>What an administrator edits of an account.</summary>
public sealed record UserAccountDetails(
    string FullName,
    string? Position,
    Guid? UnitId,
    IReadOnlyList<string> Roles,
    string? Email,
    string? PhoneNumber);

public sealed record UserAccount(
    string Id,
    string UserName,
    string FullName,
    string? Position,
    Guid? UnitId,
    string? UnitName,
    IReadOnlyList<string> Roles,
    string? Email,
    string? PhoneNumber,
    bool IsDisabled,
    bool MustChangePassword,
    bool IsLockedOut,
    Guid Version);

/// <summary>The user's open interactive sessions (Blazor circuits), which the web host holds.</summary>
public interface IUserSessions
{
    /// <summary>Ends every open session of the user at once: their pages lose the signed-in state.</summary>
    Task EndAsync(string userId);
}
