namespace SoTTTT.Portal.Core.Common.Security;

/// <summary>The user on whose behalf a message runs: the one way to read the current user.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    string? UserId { get; }
    string? UserName { get; }
    /// <summary>The person's full name, for history lines and notifications.</summary>
    string DisplayName { get; }
    /// <summary>The unit the user belongs to (a division for staff, the recipient unit for a reporter).</summary>
    Guid? UnitId { get; }
    IReadOnlyCollection<string> Roles { get; }
}
