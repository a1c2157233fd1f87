using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>The Vietnamese name of each kind of unit, a resource key for the UI.</summary>
public static class OrgUnitKindNames
{
    public static string Of(OrgUnitKind kind) => VietnameseTerms.Of(kind);
}
