using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Common.Security;

/// <summary>
/// Declares the permission a message needs. Every message needs a signed-in user unless it is
/// marked <see cref="AllowAnonymousAttribute"/>; the authorization behaviour enforces both.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequiresPermissionAttribute(Permission permission) : Attribute
{
    public Permission Permission { get; } = permission;
}

[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class AllowAnonymousAttribute : Attribute;
