using Mediator;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;

namespace SoTTTT.Portal.Core.Features.Exports;

/// <summary>
/// The PDF of an outgoing document in the Decree 30 layout, for whoever may read the document: a draft
/// with its "DỰ THẢO" mark, an issued document with its number and date. Anyone else gets "not found".
/// </summary>
public sealed record ExportOutgoingDocumentQuery(Guid Id) : IQuery<ExportFile>;

public sealed class ExportOutgoingDocumentHandler(
    IPortalDbContext db, IResourceAuthorizer authorizer, ICurrentUser user, IOutgoingDocumentPdf pdf, IOptions<IssuingBodyOptions> issuingBody)
    : IQueryHandler<ExportOutgoingDocumentQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportOutgoingDocumentQuery query, CancellationToken cancellationToken)
    {
        // The same read, with the same visibility, as the document's page.
        var view = await new GetOutgoingDocumentHandler(db, authorizer, user).Handle(new GetOutgoingDocumentQuery(query.Id), cancellationToken);
        var print = OutgoingDocumentPrints.From(view, issuingBody.Value);
        var content = await Task.Run(() => pdf.Render(print), cancellationToken);
        return new ExportFile(OutgoingDocumentPrints.FileName(view), ExportFile.PdfContentType, content);
    }
}

public static class OutgoingDocumentPrints
{
    public static OutgoingDocumentPrint From(OutgoingDocumentView view, IssuingBodyOptions issuingBody) => new(
        ParentBody: issuingBody.ParentName,
        IssuingBody: issuingBody.Name,
        NumberAndSymbol: view.Number is null ? view.NumberAndSymbol.Replace("…", "      ", StringComparison.Ordinal) : view.NumberAndSymbol,
        IsDraft: view.Status != OutgoingStatus.Issued,
        Place: view.Place,
        IssuedOn: view.IssuedOn,
        TypeTitle: view.Type == DocumentType.CongVan ? null : DocumentTypes.Name(view.Type).ToUpperInvariant(),
        Summary: view.Type == DocumentType.CongVan ? view.Summary : StripSubjectMarker(view.Summary),
        Addressees: [.. view.Addressees.Select(a => a.Text)],
        Preamble: view.Preamble,
        Sections: [.. view.Sections.Select(s => new PrintSection(s.Number, s.Heading, s.Body))],
        Closing: view.Closing,
        Distribution: [.. view.Distribution.Select(l => l.DistributionText)],
        AuthorityLine: SigningAuthorities.Prefix(view.Authority) is { } prefix && !string.IsNullOrWhiteSpace(view.HeadTitle)
            ? $"{prefix} {view.HeadTitle.Trim().ToUpperInvariant()}"
            : null,
        SignerTitle: view.SignerTitle.Trim().ToUpperInvariant(),
        SignerName: view.SignerName.Trim());

    /// <summary>"123-STTTT-BCVTCNTT.pdf" once issued, "Du-thao-….pdf" before.</summary>
    public static string FileName(OutgoingDocumentView view) => view.Number is { } number
        ? $"{number}-{view.NumberAndSymbol[(view.NumberAndSymbol.IndexOf('/', StringComparison.Ordinal) + 1)..].Replace('/', '-')}.pdf"
        : $"Du-thao-{view.NumberAndSymbol.TrimStart('…', '/').Replace('/', '-')}-{view.Id.ToString()[..8]}.pdf";

    private static string StripSubjectMarker(string summary) =>
        summary.StartsWith("V/v ", StringComparison.Ordinal) ? summary[4..] : summary;
}
