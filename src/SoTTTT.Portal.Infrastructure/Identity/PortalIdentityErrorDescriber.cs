using Microsoft.AspNetCore.Identity;

namespace SoTTTT.Portal.Infrastructure.Identity;

/// <summary>
/// Identity's errors plus the portal's own password rules. The Web host replaces it with a describer
/// that localises every message (VietnameseIdentityErrorDescriber); these Vietnamese texts are its keys.
/// </summary>
public class PortalIdentityErrorDescriber : IdentityErrorDescriber
{
    public const string PasswordTooCommonText = "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.";
    public const string PasswordContainsUserNameText = "Mật khẩu không được chứa tên đăng nhập.";

    public virtual IdentityError PasswordTooCommon() =>
        new() { Code = nameof(PasswordTooCommon), Description = PasswordTooCommonText };

    public virtual IdentityError PasswordContainsUserName() =>
        new() { Code = nameof(PasswordContainsUserName), Description = PasswordContainsUserNameText };
}
