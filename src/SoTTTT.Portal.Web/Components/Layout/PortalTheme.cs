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
