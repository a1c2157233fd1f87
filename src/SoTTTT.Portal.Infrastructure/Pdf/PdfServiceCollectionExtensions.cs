using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SoTTTT.Portal.Infrastructure.Pdf;

public static class PdfServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="PdfOptions"/> and installs the portal's font resolver at start-up, so a configured
    /// Times New Roman folder is in place before any document is produced.
    /// </summary>
    public static IServiceCollection AddPortalPdf(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PdfOptions.Section);
        services.Configure<PdfOptions>(section);
        var options = section.Get<PdfOptions>() ?? new PdfOptions();
        PortalPdfFonts.Register(options.FontFolder);
        return services;
    }
}
