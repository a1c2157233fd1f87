using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>The Vietnamese name of each kind of unit, a resource key for the UI.</summary>
public static class OrgUnitKindNames
{
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
}
