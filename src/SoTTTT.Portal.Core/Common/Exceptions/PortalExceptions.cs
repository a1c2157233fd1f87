namespace SoTTTT.Portal.Core.Common.Exceptions;

/// <summary>Input failed validation; <see cref="Errors"/> maps each field to its messages, already localised.</summary>
public sealed class InputValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Dữ liệu nhập chưa hợp lệ.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>The sender may not send this message at all.</summary>
public sealed class ForbiddenAccessException() : Exception("Bạn không có quyền thực hiện thao tác này.");

/// <summary>The resource does not exist, or the sender may not know that it does.</summary>
public sealed class NotFoundException() : Exception("Không tìm thấy dữ liệu yêu cầu.");

/// <summary>Someone else saved the same record first.</summary>
public sealed class ConcurrencyConflictException()
    : Exception("Dữ liệu đã được người khác thay đổi trong lúc bạn chỉnh sửa. Hãy tải lại trang và thực hiện lại.");
