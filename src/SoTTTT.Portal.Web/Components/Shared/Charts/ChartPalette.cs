using MudBlazor;

namespace SoTTTT.Portal.Web.Components.Shared.Charts;

/// <summary>The theme's colour for a MudBlazor colour name, as a CSS variable, so charts follow the portal's theme.</summary>
public static class ChartPalette
{
    public static string Of(Color color) => color switch
    {
        Color.Default => "var(--mud-palette-text-secondary)",
#pragma warning disable CA1308 // MudBlazor's CSS variables are lower case.
        _ => $"var(--mud-palette-{color.ToString().ToLowerInvariant()})",
#pragma warning restore CA1308
    };
}
