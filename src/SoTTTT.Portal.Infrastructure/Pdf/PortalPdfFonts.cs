using PdfSharp.Fonts;

namespace SoTTTT.Portal.Infrastructure.Pdf;

/// <summary>
/// Installs <see cref="PortalFontResolver"/> as PDFsharp's global font resolver, once per process and
/// before the first font is created. The first registration wins; later calls are no-ops.
/// </summary>
public static class PortalPdfFonts
{
    private static readonly Lock Gate = new();
    private static PortalFontResolver? resolver;

    /// <summary>The installed resolver (installing the bundled faces when nothing was registered yet).</summary>
    public static PortalFontResolver Resolver => EnsureRegistered();

    /// <summary>Registers the resolver with an optional Times New Roman folder; returns the one in use.</summary>
    public static PortalFontResolver Register(string? fontFolder)
    {
        lock (Gate)
        {
            if (resolver is not null)
                return resolver;
            var created = new PortalFontResolver(fontFolder);
            GlobalFontSettings.FontResolver = created;
            resolver = created;
            return created;
        }
    }

    public static PortalFontResolver EnsureRegistered() => Volatile.Read(ref resolver) ?? Register(null);
}
