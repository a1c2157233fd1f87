using Microsoft.AspNetCore.Identity;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Infrastructure.Identity;

/// <summary>A person who signs in: department staff or a recipient unit's officer.</summary>
public sealed class PortalUser : IdentityUser, IVersioned
{
    public const int FullNameMaxLength = 150;
    public const int PositionMaxLength = 150;

    public string FullName { get; set; } = "";
    /// <summary>Chức vụ, e.g. "Phó Giám đốc", "Chuyên viên".</summary>
    public string? Position { get; set; }
    public Guid? UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    /// <summary>A disabled account cannot sign in, and its open sessions end (the administrator's decision, not a lockout).</summary>
    public bool IsDisabled { get; set; }
    /// <summary>Set when an administrator resets the password: the user chooses their own at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }
}
