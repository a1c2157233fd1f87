using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Infrastructure.Seeding;

/// <summary>
/// The tasks of the anti-fraud dispatch 4/STTTT-BCVTCNTT (issued 20/4/2022), one per section, and
/// what each unit did with its share from April to June 2022: on time, late, returned for more and
/// sent again, extensions asked, granted, refused and still pending, units that never reported.
/// Units without a demo account send paper reports, which the Phòng BCVT-CNTT specialist enters
/// with the unit's own report number.
/// </summary>
public static class DemoTasks
{
    public sealed record IndicatorSeed(string Name, string UnitOfMeasure);

    public sealed record AssigneeSeed(string? UnitCode, string? GroupCode, AssignmentRole Role);

    /// <summary>A task of the dispatch; its content is the body of its section.</summary>
    public sealed record TaskSeed(
        int SectionNumber, string Title, TaskPriority Priority, TaskDeadline Deadline, IndicatorSeed[] Indicators, AssigneeSeed[] Assignees);

    /// <summary>Something a person did on an assignment, at <see cref="Hour"/> o'clock in Viet Nam on <see cref="Day"/>.</summary>
    public abstract record Step(DateOnly Day, int Hour, string UserName);

    /// <summary>Xác nhận đã nhận.</summary>
    public sealed record Acknowledged(DateOnly Day, int Hour, string UserName) : Step(Day, Hour, UserName);

    /// <summary>A progress report; <see cref="Values"/> follow the task's indicators in order, null where the unit gave none.</summary>
    public sealed record Reported(
        DateOnly Day, int Hour, string UserName, DateOnly PeriodFrom, DateOnly PeriodTo, string Narrative, int PercentDone,
        decimal?[] Values, string? UnitReportNumber = null, bool ClaimsCompletion = false) : Step(Day, Hour, UserName);

    /// <summary>The latest report accepted (tiếp nhận).</summary>
    public sealed record Accepted(DateOnly Day, int Hour, string UserName, string? Note = null) : Step(Day, Hour, UserName);

    /// <summary>The latest report returned with what is missing (yêu cầu bổ sung).</summary>
    public sealed record MoreRequested(DateOnly Day, int Hour, string UserName, string Reason) : Step(Day, Hour, UserName);

    /// <summary>Đề nghị gia hạn.</summary>
    public sealed record ExtensionAsked(DateOnly Day, int Hour, string UserName, DateOnly NewDueDate, string Reason) : Step(Day, Hour, UserName);

    /// <summary>The leader grants the pending extension.</summary>
    public sealed record ExtensionGranted(DateOnly Day, int Hour, string UserName, string? Note = null) : Step(Day, Hour, UserName);

    /// <summary>The leader refuses the pending extension.</summary>
    public sealed record ExtensionRefused(DateOnly Day, int Hour, string UserName, string Reason) : Step(Day, Hour, UserName);

    /// <summary>What one unit did on its assignment of a section's task, in order.</summary>
    public sealed record AssignmentStory(int SectionNumber, string UnitCode, Step[] Steps);

    public const string TelecomWarnedSubscribers = "Số thuê bao đã nhắn tin cảnh báo";
    public const string TelecomMessagesSent = "Số tin nhắn đã gửi";
    public const string CentrePropagandaSessions = "Số buổi tuyên truyền";
    public const string CentreAttendance = "Số lượt người tham dự";
    public const string CentreBroadcasts = "Số tin, bài phát thanh";
    public const string PressArticles = "Số tin, bài đã đăng";
    public const string InspectionCasesFound = "Số vụ việc phát hiện";
    public const string InspectionCasesHandled = "Số vụ việc đã xử lý";
    public const string InspectionFines = "Số tiền xử phạt (đồng)";

    private const string Specialist = "chuyenvien";
    private const string Leader = "lanhdao";

    public static IReadOnlyList<TaskSeed> Tasks { get; } =
    [
        new(1, "Nhắn tin cảnh báo thủ đoạn lừa đảo đến thuê bao di động trả trước, trả sau; khuyến cáo người sử dụng; bảo mật thông tin thuê bao",
            TaskPriority.Urgent, new TaskDeadline(DeadlineKind.FixedDate, D(5, 10)),
            [new(TelecomWarnedSubscribers, "thuê bao"), new(TelecomMessagesSent, "tin nhắn")],
            [new(null, "DNVT", AssignmentRole.Lead), new(DemoDirectory.DraftingDivisionCode, null, AssignmentRole.Monitor)]),
        new(2, "Tăng cường thông tin tuyên truyền các thủ đoạn lừa đảo qua mạng viễn thông, mạng xã hội đến người dân (báo cáo hằng tháng)",
            TaskPriority.High, new TaskDeadline(DeadlineKind.Monthly, CutOffDay: 25),
            [new(CentrePropagandaSessions, "buổi"), new(CentreAttendance, "lượt người"), new(CentreBroadcasts, "tin, bài")],
            [new(null, "TTVHTT", AssignmentRole.Lead)]),
        new(3, "Tham mưu Lãnh đạo Sở chỉ đạo, định hướng báo chí thông tin, tuyên truyền về thủ đoạn lừa đảo trên mạng viễn thông, mạng xã hội",
            TaskPriority.High, new TaskDeadline(DeadlineKind.FixedDate, D(5, 31)),
            [new(PressArticles, "tin, bài")],
            [new("TTBCXB", null, AssignmentRole.Lead)]),
        new(4, "Phối hợp Công an tỉnh và các doanh nghiệp viễn thông phát hiện, xử lý đối tượng mạo danh Lãnh đạo cấp tỉnh, cấp huyện để lừa đảo trên không gian mạng",
            TaskPriority.High, TaskDeadline.None,
            [new(InspectionCasesFound, "vụ việc"), new(InspectionCasesHandled, "vụ việc"), new(InspectionFines, "đồng")],
            [new("TTRA", null, AssignmentRole.Lead)]),
    ];

    public static IReadOnlyList<AssignmentStory> Stories { get; } =
    [
        // Mục 1 — VNPT: an extension refused, then complete before the due date.
        new(1, "VNPTTV",
        [
            new Acknowledged(D(4, 20), 14, "vnpt"),
            new Reported(D(4, 28), 15, "vnpt", D(4, 21), D(4, 27),
                "Đã xây dựng nội dung tin nhắn cảnh báo theo thủ đoạn nêu tại Công văn số 716/CAT-PC02 của Công an tỉnh và gửi đợt 1 đến 186.200 thuê bao di động trả trước trên địa bàn tỉnh. Đợt 2 gửi thuê bao trả sau và nhắc lại thuê bao trả trước trong tuần đầu tháng 5/2022.",
                45, [186_200m, 186_200m], "198/BC-VNPTTV"),
            new Accepted(D(4, 29), 9, Specialist, "Đề nghị VNPT Trà Vinh gửi đợt 2 đến thuê bao trả sau đúng kế hoạch."),
            new ExtensionAsked(D(5, 4), 10, "vnpt", D(5, 20),
                "Nội dung tin nhắn đợt 2 cho thuê bao trả sau đang chờ Tập đoàn VNPT phê duyệt; đề nghị gia hạn đến ngày 20/5/2022."),
            new ExtensionRefused(D(5, 5), 8, Leader,
                "Nội dung đợt 2 giữ như đợt 1 đã được phê duyệt; đề nghị VNPT Trà Vinh hoàn thành đúng hạn ngày 10/5/2022."),
            new Reported(D(5, 9), 16, "vnpt", D(4, 28), D(5, 9),
                "Đã hoàn thành nhắn tin cảnh báo đến 412.350 thuê bao (trả trước 371.480, trả sau 40.870), tổng cộng 824.700 tin nhắn qua hai đợt. Đã đăng khuyến cáo trên trang thông tin điện tử, trang Facebook của đơn vị và tại 12 điểm giao dịch; giao dịch viên hướng dẫn khách hàng không làm theo yêu cầu của người lạ qua điện thoại, báo ngay cho cơ quan công an. Đã rà soát quy trình lưu giữ, bảo mật thông tin thuê bao, không phát hiện sai sót.",
                100, [412_350m, 824_700m], "215/BC-VNPTTV", ClaimsCompletion: true),
            new Accepted(D(5, 10), 9, Specialist),
        ]),

        // Mục 1 — Viettel: complete in its view, returned for the postpaid figures, sent again after the due date.
        new(1, "VIETTELTV",
        [
            new Acknowledged(D(4, 21), 8, "viettel"),
            new Reported(D(5, 6), 10, "viettel", D(4, 21), D(5, 5),
                "Đã nhắn tin cảnh báo thủ đoạn lừa đảo chiếm đoạt tài sản đến 498.120 thuê bao di động trả trước trên địa bàn tỉnh.",
                100, [498_120m, 498_120m], "138/BC-CNVTTV", ClaimsCompletion: true),
            new MoreRequested(D(5, 9), 14, Specialist,
                "Báo cáo chưa có số liệu thuê bao trả sau và kết quả khuyến cáo người sử dụng, bảo mật thông tin thuê bao (gạch đầu dòng thứ hai, thứ ba mục 1 của Công văn). Đề nghị Viettel Trà Vinh bổ sung."),
            new Reported(D(5, 13), 15, "viettel", D(4, 21), D(5, 12),
                "Bổ sung: đã nhắn tin cảnh báo thêm 52.300 thuê bao trả sau, nâng tổng số lên 550.420 thuê bao; nhắc lại lần hai cho thuê bao trả trước, tổng cộng 1.048.540 tin nhắn. Khuyến cáo khách hàng tại 9 cửa hàng và qua tổng đài 18008098; đã kiểm tra việc lưu giữ, bảo mật phiếu thông tin thuê bao tại các điểm cung cấp dịch vụ.",
                100, [550_420m, 1_048_540m], "145/BC-CNVTTV", ClaimsCompletion: true),
            new Accepted(D(5, 16), 10, Specialist, "Đã tiếp nhận; hoàn thành sau hạn ngày 10/5/2022."),
        ]),

        // Mục 1 — MobiFone (paper letters): extension granted, complete within the new date.
        new(1, "MOBIFONETV",
        [
            new ExtensionAsked(D(5, 6), 9, Specialist, D(5, 31),
                "Theo Công văn số 128/MBF9-TV ngày 05/5/2022 của MobiFone Trà Vinh: nội dung tin nhắn cảnh báo phải được Tổng công ty Viễn thông MobiFone phê duyệt trước khi gửi; đề nghị gia hạn đến ngày 31/5/2022."),
            new ExtensionGranted(D(5, 9), 8, Leader, "Đồng ý gia hạn đến ngày 31/5/2022."),
            new Reported(D(5, 27), 14, Specialist, D(4, 20), D(5, 26),
                "MobiFone Trà Vinh báo cáo: đã nhắn tin cảnh báo đến 126.840 thuê bao trả trước và 9.215 thuê bao trả sau trên địa bàn tỉnh; khuyến cáo khách hàng tại 4 cửa hàng; thông tin thuê bao được lưu giữ, bảo mật theo quy định.",
                100, [136_055m, 136_055m], "131/BC-MBF9TV", ClaimsCompletion: true),
            new Accepted(D(5, 30), 9, Specialist),
        ]),

        // Mục 1 — Vietnamobile: nothing at all; overdue without a report.

        // Mục 1 — Phòng BCVT-CNTT follows the firms and collates (no figures, so the firms' totals are not counted twice).
        new(1, DemoDirectory.DraftingDivisionCode,
        [
            new Acknowledged(D(4, 20), 11, Specialist),
            new Reported(D(6, 1), 9, Specialist, D(4, 20), D(5, 31),
                "Tổng hợp: VNPT Trà Vinh 412.350 thuê bao, Viettel Trà Vinh 550.420 thuê bao (bổ sung sau hạn), MobiFone Trà Vinh 136.055 thuê bao (được gia hạn đến 31/5/2022). Vietnamobile chưa báo cáo; đã đôn đốc qua điện thoại ngày 11/5 và 25/5/2022.",
                75, []),
            new Accepted(D(6, 1), 15, Leader, "Tiếp tục đôn đốc Vietnamobile; tham mưu báo cáo UBND tỉnh."),
        ]),

        // Mục 2 — TP Trà Vinh: three monthly reports on time, the last closes the campaign.
        new(2, "TTVHTPTV",
        [
            new Acknowledged(D(4, 20), 15, "ttvh.tptv"),
            new Reported(D(4, 25), 16, "ttvh.tptv", D(4, 20), D(4, 25),
                "Phát 6 tin cảnh báo trên hệ thống truyền thanh của 10 phường, xã; tổ chức 2 buổi tuyên truyền lồng ghép sinh hoạt khóm, ấp tại Phường 1 và Phường 7.",
                30, [2, 180, 6], "28/BC-TTVHTT"),
            new Accepted(D(4, 26), 9, Specialist),
            new Reported(D(5, 24), 10, "ttvh.tptv", D(4, 26), D(5, 24),
                "Tổ chức 5 buổi tuyên truyền tại các phường, xã và Trường Cao đẳng Y tế; phát 18 tin, bài trên hệ thống truyền thanh; treo 12 băng rôn khuyến cáo.",
                70, [5, 640, 18], "35/BC-TTVHTT"),
            new Accepted(D(5, 25), 8, Specialist),
            new Reported(D(6, 24), 9, "ttvh.tptv", D(5, 25), D(6, 24),
                "Tổ chức 4 buổi tuyên truyền, phát 15 tin, bài; kết thúc đợt cao điểm tuyên truyền. Từ tháng 7/2022 nội dung cảnh báo lừa đảo được lồng ghép thường xuyên vào chương trình truyền thanh.",
                100, [4, 520, 15], "41/BC-TTVHTT", ClaimsCompletion: true),
            new Accepted(D(6, 27), 10, Specialist, "Ghi nhận kết quả; đề nghị tiếp tục lồng ghép thường xuyên."),
        ]),

        // Mục 2 — Cầu Kè: the May report lacks the attendance; returned, not yet sent again.
        new(2, "TTVHCK",
        [
            new Acknowledged(D(4, 21), 9, "ttvh.cauke"),
            new Reported(D(4, 26), 14, "ttvh.cauke", D(4, 20), D(4, 25),
                "Phát 4 tin cảnh báo trên Đài Truyền thanh huyện; tổ chức 1 buổi tuyên truyền tại thị trấn Cầu Kè.",
                25, [1, 85, 4], "12/BC-TTVHTT"),
            new Accepted(D(4, 27), 9, Specialist),
            new Reported(D(5, 27), 10, "ttvh.cauke", D(4, 26), D(5, 25),
                "Tổ chức 3 buổi tuyên truyền tại các xã Phong Thạnh, Hòa Ân, Châu Điền; phát 9 tin, bài trên Đài Truyền thanh huyện.",
                55, [3, null, 9], "19/BC-TTVHTT"),
            new MoreRequested(D(5, 30), 14, Specialist,
                "Báo cáo chưa nêu số lượt người tham dự các buổi tuyên truyền; đề nghị bổ sung kèm danh sách xã, ấp và hình ảnh buổi tuyên truyền."),
        ]),

        // Mục 2 — Càng Long (paper): one report accepted, the next awaiting review.
        new(2, "TTVHCL",
        [
            new Reported(D(5, 6), 9, Specialist, D(4, 20), D(5, 5),
                "Trung tâm báo cáo: tổ chức 3 buổi tuyên truyền tại các xã An Trường, Tân An, Bình Phú; phát 8 tin trên Đài Truyền thanh huyện.",
                35, [3, 260, 8], "22/BC-TTVHTT"),
            new Accepted(D(5, 9), 10, Specialist),
            new Reported(D(5, 24), 15, Specialist, D(5, 6), D(5, 24),
                "Trung tâm báo cáo: tổ chức 2 buổi tuyên truyền lồng ghép họp dân; phát 7 tin, bài; phối hợp Công an huyện cung cấp tài liệu cho 12 ấp.",
                60, [2, 310, 7], "27/BC-TTVHTT"),
        ]),

        // Mục 2 — Tiểu Cần (paper): one report that closes its share.
        new(2, "TTVHTCAN",
        [
            new Reported(D(5, 24), 14, Specialist, D(4, 20), D(5, 24),
                "Trung tâm báo cáo: tổ chức 6 buổi tuyên truyền tại 6 xã, thị trấn với 410 lượt người tham dự; phát 12 tin, bài; hoàn thành kế hoạch tuyên truyền của đơn vị.",
                100, [6, 410, 12], "17/BC-TTVHTT", ClaimsCompletion: true),
            new Accepted(D(5, 25), 9, Specialist),
        ]),

        // Mục 2 — Cầu Ngang (paper): the April report, then silence.
        new(2, "TTVHCN",
        [
            new Reported(D(4, 27), 10, Specialist, D(4, 20), D(4, 25),
                "Trung tâm báo cáo: phát 5 tin cảnh báo trên Đài Truyền thanh huyện bằng tiếng Việt và tiếng Khmer; tổ chức 2 buổi tuyên truyền tại xã Kim Hòa, Hiệp Mỹ Đông.",
                20, [2, 150, 5], "09/BC-TTVHTT"),
            new Accepted(D(4, 28), 8, Specialist),
        ]),

        // Mục 2 — TX Duyên Hải, Châu Thành, Trà Cú, Duyên Hải: overdue without a report.

        // Mục 3 — Phòng TT-BC-XB: half way at the due date, its extension still awaits the leader.
        new(3, "TTBCXB",
        [
            new Acknowledged(D(4, 20), 14, "chuyenvien.ttbcxb"),
            new Reported(D(5, 6), 16, "chuyenvien.ttbcxb", D(4, 20), D(5, 6),
                "Đã tham mưu Lãnh đạo Sở văn bản định hướng Báo Trà Vinh, Đài Phát thanh và Truyền hình Trà Vinh tuyên truyền về thủ đoạn lừa đảo qua mạng. Báo Trà Vinh đăng 7 tin, bài; Đài PT-TH phát 9 tin, phóng sự; Cổng thông tin điện tử tỉnh đăng 5 tin.",
                50, [21]),
            new Accepted(D(5, 9), 9, Specialist),
            new ExtensionAsked(D(5, 27), 15, "chuyenvien.ttbcxb", D(6, 30),
                "Báo Trà Vinh và Đài PT-TH tỉnh thực hiện chuyên mục \"Cảnh giác lừa đảo trên không gian mạng\" đến hết tháng 6/2022; đề nghị gia hạn đến ngày 30/6/2022 để tổng hợp đầy đủ số tin, bài."),
        ]),

        // Mục 4 — Thanh tra Sở: an ongoing task without a due date.
        new(4, "TTRA",
        [
            new Acknowledged(D(4, 21), 8, "thanhtra"),
            new Reported(D(5, 16), 10, "thanhtra", D(4, 21), D(5, 15),
                "Phối hợp Phòng PC02 Công an tỉnh, VNPT Trà Vinh và Viettel Trà Vinh xác minh 3 tài khoản Zalo, Facebook mạo danh Lãnh đạo UBND tỉnh và UBND huyện Cầu Ngang để vay tiền; xử lý 1 vụ, phạt 12.500.000 đồng theo Nghị định số 15/2020/NĐ-CP; 2 vụ chuyển Công an tỉnh điều tra.",
                40, [3, 1, 12_500_000m], "21/BC-TTr"),
            new Accepted(D(5, 17), 9, Specialist),
            new Reported(D(6, 15), 10, "thanhtra", D(5, 16), D(6, 14),
                "Phát hiện thêm 2 tài khoản mạng xã hội mạo danh Lãnh đạo UBND huyện Trà Cú; xử lý 2 vụ, phạt 25.000.000 đồng; đề nghị doanh nghiệp viễn thông khóa 4 số thuê bao dùng để liên lạc với người bị hại.",
                60, [2, 2, 25_000_000m], "27/BC-TTr"),
        ]),
    ];

    private static DateOnly D(int month, int day) => new(2022, month, day);
}
