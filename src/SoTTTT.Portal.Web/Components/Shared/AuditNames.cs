using SoTTTT.Portal.Core.Domain.Audit;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>The Vietnamese names of security events and chain breaks, resource keys for the UI.</summary>
public static class AuditNames
{
    public static string Of(SecurityEventKind kind) => kind switch
    {
        SecurityEventKind.SignedIn => "Đăng nhập thành công",
        SecurityEventKind.SignInFailed => "Đăng nhập thất bại",
        SecurityEventKind.LockedOut => "Tài khoản bị khóa tạm thời",
        SecurityEventKind.SignedOut => "Đăng xuất",
        SecurityEventKind.TwoFactorSucceeded => "Xác thực hai lớp thành công",
        SecurityEventKind.TwoFactorFailed => "Xác thực hai lớp thất bại",
        SecurityEventKind.RecoveryCodeUsed => "Dùng mã khôi phục",
        SecurityEventKind.TwoFactorEnabled => "Bật xác thực hai lớp",
        SecurityEventKind.TwoFactorDisabled => "Tắt xác thực hai lớp",
        SecurityEventKind.PasswordChanged => "Đổi mật khẩu",
        _ => kind.ToString(),
    };

    public static string Of(AuditChainBreakKind kind) => kind switch
    {
        AuditChainBreakKind.HashMismatch => "Nội dung mục nhật ký đã bị sửa",
        AuditChainBreakKind.MissingPredecessor => "Mục nhật ký liền trước đã bị xóa",
        _ => "Mục nhật ký không nối tiếp mục liền trước",
    };

    /// <summary>A security event's name, or the command's type name as logged.</summary>
    public static string OfAction(string action) =>
        Enum.TryParse<SecurityEventKind>(action, out var kind) && Enum.IsDefined(kind) ? Of(kind) : action;
}
