using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Notices;

/// <summary>
/// A first draft of a notice from an issued document, for the clerk to rewrite for citizens: the
/// title from the summary without "V/v", the body from the preamble and sections as plain paragraphs.
/// </summary>
[RequiresPermission(Permission.PublishNotices)]
public sealed record GetNoticeDraftQuery(Guid DocumentId) : IQuery<NoticeDraft>;

public sealed record NoticeDraft(Guid DocumentId, string NumberAndSymbol, string Title, string Summary, string Body);

public sealed class GetNoticeDraftHandler(IPortalDbContext db) : IQueryHandler<GetNoticeDraftQuery, NoticeDraft>
{
    private const string Regarding = "V/v ";

    public async ValueTask<NoticeDraft> Handle(GetNoticeDraftQuery query, CancellationToken cancellationToken)
    {
        var document = await db.OutgoingDocuments.AsNoTracking().Include(d => d.Sections)
            .SingleOrDefaultAsync(d => d.Id == query.DocumentId, cancellationToken)
            ?? throw new NotFoundException();
        if (document.Status != OutgoingStatus.Issued)
            throw new DomainRuleException(NoticeRules.OnlyIssuedDocument, nameof(GetNoticeDraftQuery.DocumentId));

        var paragraphs = new List<string>();
        AddParagraphs(paragraphs, document.Preamble);
        foreach (var section in document.Sections.OrderBy(s => s.Number))
        {
            AddParagraphs(paragraphs, section.Heading);
            AddParagraphs(paragraphs, section.Body);
        }
        return new NoticeDraft(document.Id, document.NumberAndSymbol, TitleOf(document.Summary), "", string.Join('\n', paragraphs));
    }

    /// <summary>"V/v tăng cường phòng, chống lừa đảo" becomes "Tăng cường phòng, chống lừa đảo".</summary>
    public static string TitleOf(string summary)
    {
        var title = summary.Trim();
        if (title.StartsWith(Regarding, StringComparison.OrdinalIgnoreCase))
            title = title[Regarding.Length..].TrimStart();
        title = title.ReplaceLineEndings(" ");
        return title.Length == 0 ? title : char.ToUpper(title[0], CultureInfo.GetCultureInfo("vi-VN")) + title[1..];
    }

    private static void AddParagraphs(List<string> paragraphs, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;
        paragraphs.AddRange(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
