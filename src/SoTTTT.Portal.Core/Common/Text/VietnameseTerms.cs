using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Inspection;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Core.Common.Text;

/// <summary>
/// The Vietnamese names of the portal's kinds and states: what printed reports and workbooks say, and the
/// resource keys the UI translates.
/// </summary>
public static class VietnameseTerms
{
    public static string Of(ComplianceStatus status) => status switch
    {
        ComplianceStatus.CompletedOnTime => "Hoàn thành đúng hạn",
        ComplianceStatus.CompletedLate => "Hoàn thành quá hạn",
        ComplianceStatus.OpenOnTime => "Chưa hoàn thành – trong hạn",
        ComplianceStatus.OpenOverdue => "Chưa hoàn thành – quá hạn",
        _ => status.ToString(),
    };

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

    public static string Of(ExtensionStatus status) => status switch
    {
        ExtensionStatus.Pending => "Chờ quyết định",
        ExtensionStatus.Approved => "Đồng ý gia hạn",
        ExtensionStatus.Refused => "Không đồng ý",
        _ => status.ToString(),
    };

    public static string Of(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Department => "Sở",
        OrgUnitKind.Leadership => "Ban Giám đốc",
        OrgUnitKind.Division => "Phòng, ban chuyên môn",
        OrgUnitKind.Inspectorate => "Thanh tra",
        OrgUnitKind.TelecomEnterprise => "Doanh nghiệp viễn thông",
        OrgUnitKind.CultureCentre => "Trung tâm Văn hóa, Thông tin và Thể thao",
        OrgUnitKind.DistrictOffice => "Phòng Văn hóa và Thông tin cấp huyện",
        OrgUnitKind.ExternalAgency => "Cơ quan bên ngoài",
        OrgUnitKind.ProvincialGovernment => "UBND tỉnh",
        OrgUnitKind.PressAgency => "Cơ quan báo chí",
        _ => kind.ToString(),
    };

    public static string Of(IncomingStatus status) => status switch
    {
        IncomingStatus.Registered => "Đã vào sổ",
        IncomingStatus.AwaitingDirection => "Chờ ý kiến chỉ đạo",
        IncomingStatus.Directed => "Đã có ý kiến chỉ đạo",
        IncomingStatus.InProgress => "Đang xử lý",
        IncomingStatus.Handled => "Đã xử lý",
        IncomingStatus.Filed => "Đã lưu hồ sơ",
        _ => status.ToString(),
    };

    public static string Of(OutgoingStatus status) => status switch
    {
        OutgoingStatus.Draft => "Dự thảo",
        OutgoingStatus.Submitted => "Chờ duyệt ký",
        OutgoingStatus.Returned => "Bị trả lại",
        OutgoingStatus.Approved => "Đã duyệt, chờ phát hành",
        OutgoingStatus.Issued => "Đã phát hành",
        _ => status.ToString(),
    };

    public static string Of(Urgency urgency) => urgency switch
    {
        Urgency.Urgent => "Khẩn",
        Urgency.VeryUrgent => "Thượng khẩn",
        Urgency.Express => "Hỏa tốc",
        _ => "Thường",
    };

    public static string Of(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => "Ngày lễ",
        CalendarDayKind.CompensatoryDayOff => "Nghỉ bù",
        CalendarDayKind.WorkingWeekend => "Làm bù",
        _ => kind.ToString(),
    };

    public static string Of(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };

    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Low => "Thấp",
        FindingSeverity.Medium => "Trung bình",
        FindingSeverity.High => "Cao",
        FindingSeverity.Critical => "Nghiêm trọng",
        _ => severity.ToString(),
    };

    public static string Of(FollowUpState state) => state switch
    {
        FollowUpState.Open => "Chưa khắc phục",
        FollowUpState.InProgress => "Đang khắc phục",
        FollowUpState.Resolved => "Đã khắc phục",
        FollowUpState.Closed => "Đã kết thúc",
        _ => state.ToString(),
    };

    public static string Of(ComplianceRating rating) => rating switch
    {
        ComplianceRating.Good => "Tốt",
        ComplianceRating.Satisfactory => "Đạt",
        ComplianceRating.Unsatisfactory => "Chưa đạt",
        _ => rating.ToString(),
    };

    public static string Of(FindingTargetKind kind) => kind switch
    {
        FindingTargetKind.Assignment => "Nhiệm vụ của đơn vị",
        FindingTargetKind.Unit => "Đơn vị",
        FindingTargetKind.Document => "Văn bản",
        _ => kind.ToString(),
    };
}
