namespace SoTTTT.Portal.DataGenerator;

/// <summary>Vietnamese names the generated data is made of.</summary>
internal static class Names
{
    public static readonly string[] Districts =
    [
        "thành phố Hà Tĩnh", "thị xã Hồng Lĩnh", "thị xã Kỳ Anh", "huyện Nghi Xuân", "huyện Đức Thọ", "huyện Hương Sơn",
        "huyện Vũ Quang", "huyện Can Lộc", "huyện Thạch Hà", "huyện Lộc Hà", "huyện Cẩm Xuyên", "huyện Hương Khê", "huyện Kỳ Anh",
    ];

    public static readonly string[] Enterprises =
    [
        "Viễn thông", "Chi nhánh Viettel", "Trung tâm Kinh doanh VNPT", "Bưu điện", "Chi nhánh MobiFone", "Công ty FPT Telecom",
    ];

    public static readonly string[] Press = ["Báo Hà Tĩnh", "Đài Phát thanh và Truyền hình tỉnh", "Báo Nhân Dân", "Báo Tuổi Trẻ"];

    public static readonly string[] Topics =
    [
        "chuyển đổi số cấp xã", "phòng, chống lừa đảo trực tuyến", "phát triển hạ tầng viễn thông",
        "tuyên truyền bầu cử đại biểu Quốc hội", "bảo đảm an toàn thông tin mạng", "dịch vụ công trực tuyến toàn trình",
        "phổ cập điện thoại thông minh", "xử lý tin nhắn rác", "thông tin cơ sở", "quản lý đại lý Internet",
        "ngày Sách và Văn hóa đọc Việt Nam", "thanh toán không dùng tiền mặt", "quản lý trạm phát sóng",
    ];

    public static readonly string[] Indicators =
    [
        "Số tin nhắn đã gửi", "Số người dân được tuyên truyền", "Số trạm BTS lắp mới", "Số hồ sơ trực tuyến",
        "Số buổi tập huấn", "Số tin bài đã đăng",
    ];

    public static readonly string[] Leaders = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quang Cường", "Phạm Minh Đức", "Hoàng Thị Hà"];
}
