namespace SoTTTT.Portal.Core.Domain.Documents;

/// <summary>Kinds of administrative document (Decree 30/2020/NĐ-CP, Appendix III).</summary>
public enum DocumentType
{
    /// <summary>Công văn: the only kind without an abbreviation in its symbol.</summary>
    CongVan = 0,
    QuyetDinh = 1,
    KeHoach = 2,
    ThongBao = 3,
    BaoCao = 4,
    ToTrinh = 5,
    GiayMoi = 6,
    HuongDan = 7,
    ChuongTrinh = 8,
    CongDien = 9,
    BienBan = 10,
}

public static class DocumentTypes
{
    /// <summary>The Vietnamese name, a resource key for the UI.</summary>
    public static string Name(DocumentType type) => type switch
    {
        DocumentType.CongVan => "Công văn",
        DocumentType.QuyetDinh => "Quyết định",
        DocumentType.KeHoach => "Kế hoạch",
        DocumentType.ThongBao => "Thông báo",
        DocumentType.BaoCao => "Báo cáo",
        DocumentType.ToTrinh => "Tờ trình",
        DocumentType.GiayMoi => "Giấy mời",
        DocumentType.HuongDan => "Hướng dẫn",
        DocumentType.ChuongTrinh => "Chương trình",
        DocumentType.CongDien => "Công điện",
        DocumentType.BienBan => "Biên bản",
        _ => type.ToString(),
    };

    /// <summary>The abbreviation that opens the symbol ("KH" in 12/KH-STTTT); none for a công văn.</summary>
    public static string? Abbreviation(DocumentType type) => type switch
    {
        DocumentType.CongVan => null,
        DocumentType.QuyetDinh => "QĐ",
        DocumentType.KeHoach => "KH",
        DocumentType.ThongBao => "TB",
        DocumentType.BaoCao => "BC",
        DocumentType.ToTrinh => "TTr",
        DocumentType.GiayMoi => "GM",
        DocumentType.HuongDan => "HD",
        DocumentType.ChuongTrinh => "CTr",
        DocumentType.CongDien => "CĐ",
        DocumentType.BienBan => "BB",
        _ => null,
    };
}

/// <summary>Độ khẩn.</summary>
public enum Urgency
{
    Normal = 0,
    Urgent = 1,
    VeryUrgent = 2,
    Express = 3,
}

/// <summary>Độ mật.</summary>
public enum Confidentiality
{
    Normal = 0,
    Confidential = 1,
    Secret = 2,
    TopSecret = 3,
}
