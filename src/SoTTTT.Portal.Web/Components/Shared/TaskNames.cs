using MudBlazor;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>The Vietnamese names and colours of the tasks' kinds and states, resource keys for the UI.</summary>
public static class TaskNames
{
    public static string Of(ComplianceStatus status) => status switch
    {
        ComplianceStatus.CompletedOnTime => "Hoàn thành đúng hạn",
        ComplianceStatus.CompletedLate => "Hoàn thành quá hạn",
        ComplianceStatus.OpenOnTime => "Chưa hoàn thành – trong hạn",
        ComplianceStatus.OpenOverdue => "Chưa hoàn thành – quá hạn",
        _ => status.ToString(),
    };

    /// <summary>Green done on time, amber done late, blue open on time, red overdue: the colours the Government Office's tracker uses.</summary>
    public static Color ColourOf(ComplianceStatus status) => status switch
    {
        ComplianceStatus.CompletedOnTime => Color.Success,
        ComplianceStatus.CompletedLate => Color.Warning,
        ComplianceStatus.OpenOverdue => Color.Error,
        _ => Color.Info,
    };

    public const string DueSoon = "Sắp đến hạn";
    public const string Stale = "Quá 90 ngày chưa báo cáo";

    public static string Of(AssignmentRole role) => role switch
    {
        AssignmentRole.Lead => "Chủ trì",
        AssignmentRole.Coordinate => "Phối hợp",
        AssignmentRole.Monitor => "Theo dõi",
        _ => role.ToString(),
    };

    public static string Of(TaskPriority priority) => priority switch
    {
        TaskPriority.High => "Quan trọng",
        TaskPriority.Urgent => "Khẩn",
        _ => "Thường",
    };

    public static string Of(DeadlineKind kind) => kind switch
    {
        DeadlineKind.None => "Không thời hạn",
        DeadlineKind.FixedDate => "Hạn cụ thể",
        DeadlineKind.WorkingDaysAfterIssue => "Số ngày làm việc kể từ ngày phát hành",
        DeadlineKind.Weekly => "Báo cáo hằng tuần",
        DeadlineKind.Monthly => "Báo cáo hằng tháng",
        DeadlineKind.Quarterly => "Báo cáo hằng quý",
        _ => kind.ToString(),
    };

    public static string Of(ReportStatus status) => status switch
    {
        ReportStatus.AwaitingReview => "Chờ xem xét",
        ReportStatus.Accepted => "Đã tiếp nhận",
        ReportStatus.MoreRequested => "Yêu cầu bổ sung",
        _ => status.ToString(),
    };

    public static Color ColourOf(ReportStatus status) => status switch
    {
        ReportStatus.Accepted => Color.Success,
        ReportStatus.MoreRequested => Color.Warning,
        _ => Color.Info,
    };

    public static string Of(ExtensionStatus status) => status switch
    {
        ExtensionStatus.Pending => "Chờ quyết định",
        ExtensionStatus.Approved => "Đồng ý gia hạn",
        ExtensionStatus.Refused => "Không đồng ý",
        _ => status.ToString(),
    };

    public static Color ColourOf(ExtensionStatus status) => status switch
    {
        ExtensionStatus.Approved => Color.Success,
        ExtensionStatus.Refused => Color.Error,
        _ => Color.Warning,
    };

    public static Color ColourOf(TaskPriority priority) => priority switch
    {
        TaskPriority.Urgent => Color.Error,
        TaskPriority.High => Color.Warning,
        _ => Color.Default,
    };

    /// <summary>"Thứ Hai" … "Chủ nhật" for a weekly report's cut-off day (1 = Monday).</summary>
    public static string WeekdayOf(int day) => CalendarNames.Of((DayOfWeek)(day % 7));
}
