using System.Reflection;
using PdfSharp.Fonts;

namespace SoTTTT.Portal.Infrastructure.Pdf;

/// <summary>
/// Serves the portal's serif faces to PDFsharp: a licensed Times New Roman from a configured folder
/// when all four faces are there, otherwise the bundled Liberation Serif (metric-compatible).
/// Every family name resolves to these faces, so no document ever depends on the machine's fonts.
/// </summary>
public sealed class PortalFontResolver : IFontResolver
{
    public const string TimesNewRoman = "Times New Roman";
    public const string LiberationSerif = "Liberation Serif";

    private static readonly string[] Styles = ["Regular", "Bold", "Italic", "BoldItalic"];
    private static readonly string[] TimesFiles = ["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"];

    private readonly Dictionary<string, byte[]> faces = new(StringComparer.Ordinal);

    public PortalFontResolver(string? fontFolder = null)
    {
        if (!string.IsNullOrWhiteSpace(fontFolder) && TimesFiles.All(f => File.Exists(Path.Combine(fontFolder, f))))
        {
            UsesTimesNewRoman = true;
            for (var i = 0; i < Styles.Length; i++)
                faces[FaceName(i)] = File.ReadAllBytes(Path.Combine(fontFolder, TimesFiles[i]));
            return;
        }

        var assembly = typeof(PortalFontResolver).Assembly;
        for (var i = 0; i < Styles.Length; i++)
            faces[FaceName(i)] = ReadResource(assembly, $"SoTTTT.Portal.Pdf.Fonts.LiberationSerif-{Styles[i]}.ttf");
    }

    /// <summary>True when the faces come from the configured folder's Times New Roman.</summary>
    public bool UsesTimesNewRoman { get; }

    private string FaceName(int style) => (UsesTimesNewRoman ? "TimesNewRoman-" : "LiberationSerif-") + Styles[style];

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var style = (bold ? 1 : 0) + (italic ? 2 : 0);
        return new FontResolverInfo(FaceName(style));
    }

    public byte[] GetFont(string faceName) =>
        faces.TryGetValue(faceName, out var bytes)
            ? bytes
            : throw new ArgumentException($"Unknown font face '{faceName}'.", nameof(faceName));

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The bundled font '{name}' is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
