using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Infrastructure.Excel;
using SoTTTT.Portal.Infrastructure.Pdf.Documents;
using SoTTTT.Portal.Infrastructure.Pdf.Reports;

namespace SoTTTT.Portal.Infrastructure.Pdf;

public static class PdfServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="PdfOptions"/> and installs the portal's font resolver at start-up, so a configured
    /// Times New Roman folder is in place before any document is produced; registers the PDF and Excel renderers.
    /// </summary>
    public static IServiceCollection AddPortalPdf(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PdfOptions.Section);
        services.Configure<PdfOptions>(section);
        var options = section.Get<PdfOptions>() ?? new PdfOptions();
        PortalPdfFonts.Register(options.FontFolder);
        // Stateless renderers: one each for the whole process.
        services.AddSingleton<IOutgoingDocumentPdf, OutgoingDocumentPdf>();
        services.AddSingleton<IComplianceReportPdf, ComplianceReportPdf>();
        services.AddSingleton<IUnitReportHistoryPdf, UnitReportHistoryPdf>();
        services.AddSingleton<IFindingsPdf, FindingsPdf>();
        services.AddSingleton<IExcelWriter, MiniExcelWriter>();
        return services;
    }
}
