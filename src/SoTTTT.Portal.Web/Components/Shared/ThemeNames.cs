using MudBlazor;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>
/// MudBlazor's names in CSS, for markup drawn without its components (<see cref="LabelChip"/>, the charts, the case
/// timeline): its lower-case class name parts, and a theme colour as its CSS variable.
/// </summary>
public static class ThemeNames
{
    /// <summary>"success", "outlined", "small": the part MudBlazor puts in its class names.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
#pragma warning disable CA1308 // MudBlazor's class names and variables are lower case.
        value.ToString().ToLowerInvariant();
#pragma warning restore CA1308

    /// <summary>The theme's colour as a CSS variable, so drawings follow the portal's theme.</summary>
    public static string Variable(Color color) =>
        color == Color.Default ? "var(--mud-palette-text-secondary)" : $"var(--mud-palette-{Of(color)})";
}
