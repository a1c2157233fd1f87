using MudBlazor;

namespace SoTTTT.Portal.Web.Components.Layout;

/// <summary>The portal's colours and type: a government blue, system fonts (nothing loaded from outside).</summary>
public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b4f8a",
            Secondary = "#b71c1c",
            AppbarBackground = "#0b4f8a",
            Background = "#f5f7fa",
            DrawerBackground = "#ffffff",
            TextPrimary = "#1f2933",
            // Every colour below reads at 4.5:1 or more on white and on the background, as text and under white text
            // (WCAG 2.1 AA); MudBlazor's defaults (orange, light green, light blue, a grey at 54 %) do not.
            TextSecondary = "#52606d",
            Error = "#c62828",
            Warning = "#9a5300",
            Info = "#01579b",
            Success = "#256b2a",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Noto Sans", "Liberation Sans", "sans-serif"],
            },
        },
    };
}
