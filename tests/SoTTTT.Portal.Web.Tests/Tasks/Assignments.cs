using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Web.Tests.Tasks;

/// <summary>Assignments as the use cases return them, for the pages to show.</summary>
internal static class Assignments
{
    public static readonly Guid VnptId = Guid.NewGuid();

    public static AssignmentRow Row(
        string title,
        ComplianceStatus status = ComplianceStatus.OpenOnTime,
        DateOnly? due = null,
        DateOnly? originalDue = null,
        bool dueSoon = false,
        DateTime? acknowledgedAtUtc = null) => new(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "12/STTTT-BCVTCNTT", new DateOnly(2022, 4, 20),
            "V/v triển khai nhắn tin cảnh báo lừa đảo", title, 1, VnptId, "VNPT Trà Vinh", AssignmentRole.Lead,
            originalDue ?? due, due, null, acknowledgedAtUtc, null, 40, 0, false, new AssignmentStanding(status, dueSoon, false));

    public static ReportView Report(ReportStatus status, string? reviewNote = null) => new(
        Guid.NewGuid(), 1, new DateOnly(2022, 5, 1), new DateOnly(2022, 5, 31), "Đã nhắn tin cảnh báo đến 320.000 thuê bao.", 60, "15/BC-VNPT",
        false, "Võ Thanh Hải", new DateTime(2022, 6, 1, 2, 0, 0, DateTimeKind.Utc), status,
        reviewNote is null ? null : "Nguyễn Văn An", reviewNote is null ? null : new DateTime(2022, 6, 2, 2, 0, 0, DateTimeKind.Utc), reviewNote, []);

    public static AssignmentView View(
        AssignmentRow row, bool canReport = false, bool canReview = false, bool canDecideExtensions = false,
        IReadOnlyList<ReportView>? reports = null, IReadOnlyList<IndicatorView>? indicators = null, IReadOnlyList<ExtensionView>? extensions = null) => new(
            row, "Nhắn tin cảnh báo lừa đảo đến toàn bộ thuê bao trên địa bàn tỉnh.", TaskPriority.High, DeadlineKind.FixedDate, null, null,
            indicators ?? [], null, reports ?? [], extensions ?? [], canReport, canReview, canDecideExtensions);

    public static ExtensionView PendingExtension() => new(
        Guid.NewGuid(), new DateOnly(2022, 6, 30), new DateOnly(2022, 7, 31), "Chờ doanh nghiệp đối soát số liệu thuê bao.", "Võ Thanh Hải",
        new DateTime(2022, 6, 20, 2, 0, 0, DateTimeKind.Utc), ExtensionStatus.Pending, null, null, null);
}

/// <summary>A clock standing still at one moment.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
