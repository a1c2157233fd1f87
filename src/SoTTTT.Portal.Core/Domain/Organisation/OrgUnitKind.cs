namespace SoTTTT.Portal.Core.Domain.Organisation;

public enum OrgUnitKind
{
    /// <summary>Sở: the issuing department itself.</summary>
    Department = 0,
    /// <summary>Ban Giám đốc.</summary>
    Leadership = 1,
    /// <summary>Phòng chuyên môn, Văn phòng, Ban Biên tập.</summary>
    Division = 2,
    /// <summary>Thanh tra Sở.</summary>
    Inspectorate = 3,
    /// <summary>Doanh nghiệp viễn thông.</summary>
    TelecomEnterprise = 4,
    /// <summary>Trung tâm Văn hóa, Thông tin và Thể thao cấp huyện.</summary>
    CultureCentre = 5,
    /// <summary>Phòng Văn hóa và Thông tin cấp huyện.</summary>
    DistrictOffice = 6,
    /// <summary>Cơ quan bên ngoài (Công an tỉnh, PC02…).</summary>
    ExternalAgency = 7,
    /// <summary>UBND tỉnh.</summary>
    ProvincialGovernment = 8,
    /// <summary>Cơ quan báo chí.</summary>
    PressAgency = 9,
}
