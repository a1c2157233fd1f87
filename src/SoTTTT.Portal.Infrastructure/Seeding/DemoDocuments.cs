using SoTTTT.Portal.Core.Domain.Documents;

namespace SoTTTT.Portal.Infrastructure.Seeding;

/// <summary>
/// The founding case's documents: police dispatch 716/CAT-PC02 and the department's anti-fraud
/// dispatch, word for word as in the seed, with some twenty other documents of spring 2022.
/// </summary>
public static class DemoDocuments
{
    public const string PoliceDispatchNumber = "716/CAT-PC02";

    public const string AntiFraudSummary =
        "V/v thông báo cảnh giác với tình trạng sử dụng mạng viễn thông, mạng xã hội để lừa đảo chiếm đoạt tài sản";

    public const string AntiFraudPreamble =
        "Ngày 19/4/2022, Sở Thông tin và Truyền thông nhận được Công văn số 716/CAT-PC02 ngày 18/4/2022 của Công an tỉnh Trà Vinh về việc thông báo thủ đoạn đối tượng sử dụng mạng viễn thông, mạng xã hội để lừa đảo chiếm đoạt tài sản (đính kèm).\n"
        + "Qua đó, Sở Thông tin và Truyền thông nhận định tình hình lừa đảo chiếm đoạt tài sản trên không gian mạng trong thời gian tới sẽ còn phức tạp, diễn ra dưới nhiều hình thức, rất tinh vi khó phát hiện, cần được tăng cường kiểm soát chặt chẽ. Vì vậy, để chủ động phòng ngừa, phát hiện và ngăn chặn kịp thời hành vi lợi dụng mạng viễn thông, mạng xã hội để lừa đảo chiếm đoạt tài sản, Sở Thông tin và Truyền thông đề nghị:";

    public static IReadOnlyList<SectionDraft> AntiFraudSections { get; } =
    [
        new("Các doanh nghiệp viễn thông",
            "- Thực hiện thông tin, cảnh báo (qua hình thức nhắn tin SMS) đến các thuê bao di động trả trước, trả sau của doanh nghiệp trên địa bàn tỉnh biết về các thủ đoạn lừa đảo chiếm đoạt tài sản của các đối tượng trong văn bản trên;\n"
            + "- Khuyến cáo người sử dụng dịch vụ không thực hiện theo yêu cầu của đối tượng, thông báo kịp thời cho các cơ quan có liên quan để xác minh thông tin và phối hợp xử lý;\n"
            + "- Lưu giữ đầy đủ, chính xác, bảo mật thông tin cá nhân của người sử dụng dịch vụ; chủ động triển khai các biện pháp cảnh báo, hỗ trợ bảo vệ người sử dụng."),
        new(null,
            "Trung tâm Văn hóa, Thông tin và Thể thao huyện, thị xã, thành phố tăng cường công tác thông tin tuyên truyền các thủ đoạn tội phạm (mục 2 Công văn số 716/CAT-PC02 ngày 18/4/2022 của Công an tỉnh Trà Vinh) để người dân trên địa bàn biết, cảnh giác, chủ động phòng ngừa và đấu tranh ngăn chặn các hành vi lừa đảo trên mạng viễn thông, mạng xã hội."),
        new("Phòng Thông tin - Báo chí - Xuất bản",
            "Tham mưu lãnh đạo Sở chỉ đạo, định hướng cho các cơ quan báo chí, cơ quan truyền thông thường xuyên thông tin, tuyên truyền về thủ đoạn, hình thức lừa đảo của các đối tượng sử dụng mạng viễn thông, mạng xã hội nhằm chiếm đoạt tài sản trên các phương tiện truyền thông để người dân kịp thời nắm bắt, phòng tránh và đấu tranh."),
        new("Thanh tra Sở",
            "Phối hợp với Công an tỉnh và các doanh nghiệp viễn thông trên địa bàn tỉnh đẩy mạnh công tác nắm tình hình, điều tra, phát hiện và xử lý nghiêm theo quy định của pháp luật đối với các đối tượng có hành vi mạo danh Lãnh đạo cấp tỉnh, cấp huyện để lừa đảo, trục lợi, chiếm đoạt tài sản trên không gian mạng."),
    ];

    public const string AntiFraudClosing =
        "Sở Thông tin và Truyền thông đề nghị lãnh đạo các đơn vị, doanh nghiệp quan tâm phối hợp, chỉ đạo triển khai thực hiện./.";

    /// <summary>"Kính gửi": text as in the seed, and the group it stands for.</summary>
    public static IReadOnlyList<(string Text, string GroupCode)> AntiFraudAddressees { get; } =
    [
        ("Các Doanh nghiệp Viễn thông trên địa bàn tỉnh", "DNVT"),
        ("Trung tâm Văn hóa, Thông tin và Thể thao huyện, thị xã, thành phố", "TTVHTT"),
    ];

    /// <summary>The nine "Nơi nhận" lines of the seed, in order, with the unit or group each names.</summary>
    public static IReadOnlyList<(string Text, DistributionPurpose Purpose, string? UnitCode, string? GroupCode)> AntiFraudDistribution { get; } =
    [
        ("", DistributionPurpose.AsAbove, null, null),
        ("UBND tỉnh", DistributionPurpose.Report, "UBNDT", null),
        ("Công an tỉnh", DistributionPurpose.Coordinate, "CAT", null),
        ("Ban Giám đốc Sở", DistributionPurpose.ForInformation, "BGD", null),
        ("Phòng VH&TT huyện, tx, tp", DistributionPurpose.ForInformation, null, "PVHTT"),
        ("Phòng TT-BC-XB", DistributionPurpose.ForInformation, "TTBCXB", null),
        ("Thanh tra Sở", DistributionPurpose.ForInformation, "TTRA", null),
        ("Ban Biên tập Sở TT&TT", DistributionPurpose.Publish, "BBT", null),
        ("VT, BCVTCNTT", DistributionPurpose.Archive, null, null),
    ];

    /// <summary>Other incoming documents of spring 2022, in the order they arrived.</summary>
    public sealed record IncomingSeed(
        DateOnly Received, string NumberSymbol, DocumentType Type, string Agency, string? AgencyCode, DateOnly Issued,
        string Summary, Urgency Urgency, IncomingStatus Reached, string? Direction = null, string? HandlingUnitCode = null, int DeadlineDays = 10);

    public static IReadOnlyList<IncomingSeed> OtherIncoming { get; } =
    [
        new(new(2022, 1, 10), "15/UBND-KGVX", DocumentType.CongVan, "Ủy ban nhân dân tỉnh Trà Vinh", "UBNDT", new(2022, 1, 7),
            "V/v triển khai Chương trình chuyển đổi số tỉnh Trà Vinh năm 2022", Urgency.Normal, IncomingStatus.Filed,
            "Giao Phòng BCVT-CNTT chủ trì tham mưu kế hoạch triển khai, báo cáo trước ngày 31/01/2022.", "BCVTCNTT", 21),
        new(new(2022, 2, 14), "120/BTTTT-CATTT", DocumentType.CongVan, "Bộ Thông tin và Truyền thông", null, new(2022, 2, 10),
            "V/v tăng cường bảo đảm an toàn thông tin mạng cho hệ thống thông tin của cơ quan nhà nước", Urgency.Urgent, IncomingStatus.Handled,
            "Giao Phòng BCVT-CNTT rà soát các hệ thống thông tin của tỉnh, đề xuất biện pháp.", "BCVTCNTT", 15),
        new(new(2022, 3, 2), "45/KH-UBND", DocumentType.KeHoach, "Ủy ban nhân dân tỉnh Trà Vinh", "UBNDT", new(2022, 2, 28),
            "Kế hoạch tuyên truyền phổ biến giáo dục pháp luật năm 2022", Urgency.Normal, IncomingStatus.InProgress,
            "Giao Phòng TT-BC-XB chủ trì, phối hợp các đơn vị triển khai.", "TTBCXB", 30),
        new(new(2022, 3, 21), "312/VNPT-TVH-KTĐT", DocumentType.BaoCao, "Viễn thông Trà Vinh (VNPT Trà Vinh)", "VNPTTV", new(2022, 3, 18),
            "Báo cáo tình hình chặn, lọc tin nhắn rác quý I năm 2022", Urgency.Normal, IncomingStatus.Directed,
            "Giao Phòng BCVT-CNTT tổng hợp, theo dõi.", "BCVTCNTT", 20),
        new(new(2022, 4, 5), "98/TB-STP", DocumentType.ThongBao, "Sở Tư pháp tỉnh Trà Vinh", null, new(2022, 4, 4),
            "Thông báo kết luận kiểm tra công tác xây dựng văn bản quy phạm pháp luật", Urgency.Normal, IncomingStatus.AwaitingDirection),
        new(new(2022, 4, 25), "1520/UBND-NC", DocumentType.CongVan, "Ủy ban nhân dân tỉnh Trà Vinh", "UBNDT", new(2022, 4, 22),
            "V/v báo cáo kết quả thực hiện công tác phòng, chống tội phạm sử dụng công nghệ cao", Urgency.VeryUrgent, IncomingStatus.AwaitingDirection),
        new(new(2022, 5, 9), "51/GM-VHTTDL", DocumentType.GiayMoi, "Sở Văn hóa, Thể thao và Du lịch", null, new(2022, 5, 6),
            "Giấy mời dự Hội nghị triển khai công tác thông tin cơ sở năm 2022", Urgency.Express, IncomingStatus.Registered),
    ];

    public sealed record OutgoingSeed(
        DocumentType Type, string Summary, OutgoingStatus Reached, DateOnly Drafted, string DraftingUnitCode,
        string[] AddresseeCodes, string Body, string? ReturnReason = null);

    public static IReadOnlyList<OutgoingSeed> OtherOutgoing { get; } =
    [
        new(DocumentType.KeHoach, "Kế hoạch triển khai Chương trình chuyển đổi số tỉnh Trà Vinh năm 2022", OutgoingStatus.Issued, new(2022, 1, 25), "BCVTCNTT",
            ["VNPTTV", "VIETTELTV", "MOBIFONETV", "VNMOBILETV"], "Triển khai hạ tầng số, dữ liệu số và kỹ năng số theo Chương trình chuyển đổi số của tỉnh năm 2022."),
        new(DocumentType.CongVan, "V/v rà soát, bảo đảm an toàn thông tin cho các hệ thống thông tin", OutgoingStatus.Issued, new(2022, 2, 18), "BCVTCNTT",
            ["VNPTTV", "VIETTELTV"], "Đề nghị các doanh nghiệp rà soát, khắc phục điểm yếu an toàn thông tin và báo cáo kết quả về Sở."),
        new(DocumentType.ThongBao, "Thông báo lịch tiếp công dân của Lãnh đạo Sở quý II năm 2022", OutgoingStatus.Issued, new(2022, 3, 28), "VP",
            ["BGD"], "Lãnh đạo Sở tiếp công dân định kỳ vào sáng thứ Năm tuần thứ hai hằng tháng tại trụ sở Sở."),
        new(DocumentType.BaoCao, "Báo cáo kết quả công tác quản lý nhà nước về thông tin và truyền thông quý I năm 2022", OutgoingStatus.Approved, new(2022, 4, 8), "VP",
            ["UBNDT"], "Báo cáo kết quả thực hiện nhiệm vụ quý I và phương hướng nhiệm vụ quý II năm 2022."),
        new(DocumentType.CongVan, "V/v tuyên truyền cảnh báo tin nhắn mạo danh ngân hàng", OutgoingStatus.Submitted, new(2022, 5, 3), "TTBCXB",
            ["TTVHTPTV", "TTVHCK"], "Đề nghị các Trung tâm tăng cường tuyên truyền trên hệ thống truyền thanh cơ sở về thủ đoạn nhắn tin mạo danh ngân hàng."),
        new(DocumentType.CongVan, "V/v đôn đốc báo cáo số liệu thuê bao đã nhắn tin cảnh báo", OutgoingStatus.Returned, new(2022, 5, 10), "BCVTCNTT",
            ["VNPTTV", "VIETTELTV", "MOBIFONETV", "VNMOBILETV"], "Đề nghị các doanh nghiệp báo cáo số thuê bao đã được nhắn tin cảnh báo lừa đảo.",
            "Bổ sung thời hạn báo cáo và căn cứ Công văn số 716/CAT-PC02."),
        new(DocumentType.KeHoach, "Kế hoạch kiểm tra việc chấp hành quy định về quản lý thuê bao di động năm 2022", OutgoingStatus.Draft, new(2022, 5, 16), "TTRA",
            ["VNPTTV", "VIETTELTV", "MOBIFONETV", "VNMOBILETV"], "Kiểm tra việc thu thập, lưu giữ thông tin thuê bao di động trả trước của các doanh nghiệp."),
        new(DocumentType.CongVan, "V/v cung cấp thông tin phục vụ Bản tin cảnh báo lừa đảo trên Cổng thông tin điện tử", OutgoingStatus.Draft, new(2022, 5, 20), "TTBCXB",
            ["BBT"], "Đề nghị Ban Biên tập đăng tải định kỳ bản tin cảnh báo các thủ đoạn lừa đảo mới."),
    ];
}
