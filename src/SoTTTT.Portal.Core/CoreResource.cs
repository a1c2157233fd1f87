namespace SoTTTT.Portal.Core;

/// <summary>
/// Marker for the Core's localised texts. Keys are the Vietnamese texts themselves (the neutral
/// culture); Resources/CoreResource.en.resx holds their English.
/// </summary>
public sealed class CoreResource;
