using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Infrastructure.Identity;

namespace SoTTTT.Portal.Web.Components.Account;

/// <summary>
/// Identity's error messages in Vietnamese (the keys), English through AccountResource.en.resx.
/// The codes stay Identity's own, so callers can still tell the errors apart.
/// </summary>
public sealed class VietnameseIdentityErrorDescriber(IStringLocalizer<AccountResource> text) : PortalIdentityErrorDescriber
{
    public override IdentityError PasswordTooCommon() =>
        Error(nameof(PasswordTooCommon), PasswordTooCommonText);

    public override IdentityError PasswordContainsUserName() =>
        Error(nameof(PasswordContainsUserName), PasswordContainsUserNameText);

    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), "Đã xảy ra lỗi không xác định.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Tài khoản vừa được người khác thay đổi. Hãy tải lại trang và thử lại.");

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "Mật khẩu hiện tại không đúng.");

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), "Mã xác thực không hợp lệ hoặc đã hết hạn.");

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Error(nameof(RecoveryCodeRedemptionFailed), "Mã khôi phục không đúng.");

    public override IdentityError LoginAlreadyAssociated() =>
        Error(nameof(LoginAlreadyAssociated), "Tài khoản đăng nhập ngoài này đã được gắn với một người dùng khác.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), "Tên đăng nhập “{0}” không hợp lệ: chỉ được dùng chữ cái không dấu, chữ số và các ký tự - . _ @ +.", userName ?? "");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), "Địa chỉ thư điện tử “{0}” không hợp lệ.", email ?? "");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), "Tên đăng nhập “{0}” đã được sử dụng.", userName);

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), "Địa chỉ thư điện tử “{0}” đã được sử dụng.", email);

    public override IdentityError InvalidRoleName(string? role) =>
        Error(nameof(InvalidRoleName), "Tên vai trò “{0}” không hợp lệ.", role ?? "");

    public override IdentityError DuplicateRoleName(string role) =>
        Error(nameof(DuplicateRoleName), "Vai trò “{0}” đã tồn tại.", role);

    public override IdentityError UserAlreadyHasPassword() =>
        Error(nameof(UserAlreadyHasPassword), "Tài khoản đã có mật khẩu.");

    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), "Tài khoản này không áp dụng khóa khi đăng nhập sai.");

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), "Người dùng đã có vai trò “{0}”.", role);

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), "Người dùng không có vai trò “{0}”.", role);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), "Mật khẩu phải có ít nhất {0} ký tự.", length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), "Mật khẩu phải có ít nhất {0} ký tự khác nhau.", uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt (không phải chữ hoặc số).");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số (0-9).");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường (a-z).");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa (A-Z).");

    private IdentityError Error(string code, string key, params object[] arguments) =>
        new() { Code = code, Description = text[key, arguments] };
}
