using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Infrastructure.Seeding;

/// <summary>
/// The founding case's organisation: Trà Vinh in 2022, when the department received police
/// dispatch 716/CAT-PC02 and sent its anti-fraud dispatch to these units.
/// </summary>
public static class DemoDirectory
{
    public sealed record UnitSeed(string Code, string FullName, string ShortName, OrgUnitKind Kind, bool IsInternal, string? ParentCode = null);

    public sealed record GroupSeed(string Code, string Name, string Description, string[] MemberCodes);

    public sealed record UserSeed(string UserName, string FullName, string Position, string Role, string UnitCode);

    public const string DepartmentCode = "STTTT";
    public const string DraftingDivisionCode = "BCVTCNTT";

    private static readonly (string Code, string Name)[] Districts =
    [
        ("TPTV", "thành phố Trà Vinh"),
        ("TXDH", "thị xã Duyên Hải"),
        ("CL", "huyện Càng Long"),
        ("CK", "huyện Cầu Kè"),
        ("TCAN", "huyện Tiểu Cần"),
        ("CT", "huyện Châu Thành"),
        ("CN", "huyện Cầu Ngang"),
        ("TCU", "huyện Trà Cú"),
        ("DH", "huyện Duyên Hải"),
    ];

    public static IReadOnlyList<UnitSeed> Units { get; } =
    [
        new("UBNDT", "Ủy ban nhân dân tỉnh Trà Vinh", "UBND tỉnh", OrgUnitKind.ProvincialGovernment, false),
        new(DepartmentCode, "Sở Thông tin và Truyền thông tỉnh Trà Vinh", "Sở TT&TT", OrgUnitKind.Department, true, "UBNDT"),
        new("BGD", "Ban Giám đốc Sở Thông tin và Truyền thông", "Ban Giám đốc Sở", OrgUnitKind.Leadership, true, DepartmentCode),
        new("VP", "Văn phòng Sở Thông tin và Truyền thông", "Văn phòng Sở", OrgUnitKind.Division, true, DepartmentCode),
        new(DraftingDivisionCode, "Phòng Bưu chính, Viễn thông và Công nghệ thông tin", "Phòng BCVT-CNTT", OrgUnitKind.Division, true, DepartmentCode),
        new("TTBCXB", "Phòng Thông tin - Báo chí - Xuất bản", "Phòng TT-BC-XB", OrgUnitKind.Division, true, DepartmentCode),
        new("TTRA", "Thanh tra Sở Thông tin và Truyền thông", "Thanh tra Sở", OrgUnitKind.Inspectorate, true, DepartmentCode),
        new("BBT", "Ban Biên tập Cổng thông tin điện tử Sở Thông tin và Truyền thông", "Ban Biên tập Sở TT&TT", OrgUnitKind.Division, true, DepartmentCode),
        new("CAT", "Công an tỉnh Trà Vinh", "Công an tỉnh", OrgUnitKind.ExternalAgency, false),
        new("PC02", "Phòng Cảnh sát hình sự - Công an tỉnh Trà Vinh", "Phòng PC02", OrgUnitKind.ExternalAgency, false, "CAT"),
        new("VNPTTV", "Viễn thông Trà Vinh (VNPT Trà Vinh)", "VNPT Trà Vinh", OrgUnitKind.TelecomEnterprise, false),
        new("VIETTELTV", "Viettel Trà Vinh - Chi nhánh Tập đoàn Công nghiệp - Viễn thông Quân đội", "Viettel Trà Vinh", OrgUnitKind.TelecomEnterprise, false),
        new("MOBIFONETV", "MobiFone Trà Vinh - Công ty Dịch vụ MobiFone Khu vực 9", "MobiFone Trà Vinh", OrgUnitKind.TelecomEnterprise, false),
        new("VNMOBILETV", "Vietnamobile - Chi nhánh Trà Vinh", "Vietnamobile Trà Vinh", OrgUnitKind.TelecomEnterprise, false),
        .. Districts.Select(d => new UnitSeed("TTVH" + d.Code, $"Trung tâm Văn hóa, Thông tin và Thể thao {d.Name}", $"TTVH-TT-TT {ShortDistrict(d.Name)}", OrgUnitKind.CultureCentre, false)),
        .. Districts.Select(d => new UnitSeed("PVHTT" + d.Code, $"Phòng Văn hóa và Thông tin {d.Name}", $"Phòng VH&TT {ShortDistrict(d.Name)}", OrgUnitKind.DistrictOffice, false)),
    ];

    public static IReadOnlyList<GroupSeed> Groups { get; } =
    [
        new("DNVT", "Các doanh nghiệp viễn thông trên địa bàn tỉnh",
            "Các doanh nghiệp cung cấp dịch vụ viễn thông di động trên địa bàn tỉnh Trà Vinh.",
            ["VNPTTV", "VIETTELTV", "MOBIFONETV", "VNMOBILETV"]),
        new("TTVHTT", "Trung tâm Văn hóa, Thông tin và Thể thao huyện, thị xã, thành phố",
            "Chín trung tâm cấp huyện của tỉnh Trà Vinh (năm 2022).",
            [.. Districts.Select(d => "TTVH" + d.Code)]),
        new("PVHTT", "Phòng Văn hóa và Thông tin huyện, thị xã, thành phố",
            "Chín phòng Văn hóa và Thông tin cấp huyện của tỉnh Trà Vinh (năm 2022).",
            [.. Districts.Select(d => "PVHTT" + d.Code)]),
    ];

    public static IReadOnlyList<UserSeed> Users { get; } =
    [
        new("quantri", "Trần Minh Quân", "Chuyên viên quản trị hệ thống", PortalRoles.Admin, "VP"),
        new("lanhdao", "Bùi Thống Nhứt", "Phó Giám đốc", PortalRoles.Leader, "BGD"),
        new("vanthu", "Lê Thị Thu Hà", "Văn thư", PortalRoles.Clerk, "VP"),
        new("chuyenvien", "Phạm Quốc Việt", "Chuyên viên", PortalRoles.Specialist, DraftingDivisionCode),
        new("chuyenvien.ttbcxb", "Đặng Thị Hồng Nhung", "Chuyên viên", PortalRoles.Specialist, "TTBCXB"),
        new("thanhtra", "Huỳnh Văn Tín", "Thanh tra viên", PortalRoles.Inspector, "TTRA"),
        new("vnpt", "Võ Thanh Hải", "Chuyên viên Phòng Kỹ thuật - Đầu tư", PortalRoles.UnitReporter, "VNPTTV"),
        new("viettel", "Thạch Minh Tâm", "Chuyên viên Phòng Kỹ thuật", PortalRoles.UnitReporter, "VIETTELTV"),
        new("ttvh.tptv", "Nguyễn Thị Bích Ngọc", "Viên chức", PortalRoles.UnitReporter, "TTVHTPTV"),
        new("ttvh.cauke", "Kim Thị Sà Phiên", "Viên chức", PortalRoles.UnitReporter, "TTVHCK"),
        new("pvhtt.tptv", "Lâm Văn Đức", "Chuyên viên", PortalRoles.UnitReporter, "PVHTTTPTV"),
        new("congan", "Lý Văn Hùng", "Cán bộ Phòng PC02", PortalRoles.UnitReporter, "PC02"),
    ];

    private static string ShortDistrict(string name) => name
        .Replace("thành phố ", "TP ", StringComparison.Ordinal)
        .Replace("thị xã ", "TX ", StringComparison.Ordinal)
        .Replace("huyện ", "", StringComparison.Ordinal);
}
