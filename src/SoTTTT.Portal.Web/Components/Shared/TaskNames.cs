using SoTTTT.Portal.Core.Common.Text;
using MudBlazor;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>The Vietnamese names and colours of the tasks' kinds and states, resource keys for the UI.</summary>
public static class TaskNames
{
    public static string Of(ComplianceStatus status) => VietnameseTerms.Of(status);

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

    public static string Of(AssignmentRole role) => VietnameseTerms.Of(role);

    public static string Of(TaskPriority priority) => VietnameseTerms.Of(priority);

    public static string Of(DeadlineKind kind) => VietnameseTerms.Of(kind);

    public static string Of(ReportStatus status) => VietnameseTerms.Of(status);

    public static Color ColourOf(ReportStatus status) => status switch
    {
        ReportStatus.Accepted => Color.Success,
        ReportStatus.MoreRequested => Color.Warning,
        _ => Color.Info,
    };

    public static string Of(ExtensionStatus status) => VietnameseTerms.Of(status);

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
