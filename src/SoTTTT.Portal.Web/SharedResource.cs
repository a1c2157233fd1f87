namespace SoTTTT.Portal.Web;

/// <summary>
/// Marker for the UI's localised texts. Keys are the Vietnamese texts themselves (the default
/// culture); Resources/SharedResource.en.resx holds their English.
/// </summary>
public sealed class SharedResource;
