namespace SoTTTT.Portal.Infrastructure.Pdf;

/// <summary>Settings of the section "Pdf".</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>
    /// A folder holding a licensed Times New Roman (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf).
    /// When empty, or when a face is missing, the bundled Liberation Serif is used.
    /// </summary>
    public string? FontFolder { get; set; }
}
