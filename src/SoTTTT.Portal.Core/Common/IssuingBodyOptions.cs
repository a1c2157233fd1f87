namespace SoTTTT.Portal.Core.Common;

/// <summary>
/// The department that runs the portal, from configuration (section "IssuingBody") so that
/// another department can run it unchanged.
/// </summary>
public sealed class IssuingBodyOptions
{
    public const string Section = "IssuingBody";

    /// <summary>"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"</summary>
    public string Name { get; set; } = "";
    /// <summary>"UBND TỈNH TRÀ VINH"</summary>
    public string ParentName { get; set; } = "";
    /// <summary>"STTTT", the first part of every outgoing symbol.</summary>
    public string Abbreviation { get; set; } = "";
    /// <summary>"Trà Vinh", the place in the date line.</summary>
    public string PlaceName { get; set; } = "";
    /// <summary>"Sở Thông tin và Truyền thông tỉnh Trà Vinh", as the portal's title reads.</summary>
    public string DisplayName { get; set; } = "";
}
