using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Core.Domain.Notices;

/// <summary>
/// A warning for citizens (cảnh báo cho người dân) published from an issued outgoing document: the
/// clerk rewrites the document in plain words; anyone may read it while it is published.
/// </summary>
public sealed class PublicNotice : Entity, IVersioned
{
    public const int TitleMaxLength = 300;
    public const int SummaryMaxLength = 1000;
    public const int BodyMaxLength = 20_000;

    private PublicNotice()
    {
    }

    /// <summary>The issued outgoing document the notice was written from.</summary>
    public Guid SourceDocumentId { get; private set; }
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    /// <summary>Plain text for citizens; each line feed starts a paragraph.</summary>
    public string Body { get; private set; } = "";
    public DateTime PublishedAtUtc { get; private set; }
    public string PublishedById { get; private set; } = "";
    public DateTime? UpdatedAtUtc { get; private set; }
    public DateTime? UnpublishedAtUtc { get; private set; }
    public string? UnpublishedById { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsPublished => UnpublishedAtUtc == null;

    public static PublicNotice Publish(Guid sourceDocumentId, string title, string summary, string body, string publishedById, DateTime atUtc)
    {
        var notice = new PublicNotice
        {
            SourceDocumentId = sourceDocumentId,
            PublishedById = publishedById,
            PublishedAtUtc = atUtc,
        };
        notice.Apply(title, summary, body);
        return notice;
    }

    public void Edit(string title, string summary, string body, DateTime atUtc)
    {
        Apply(title, summary, body);
        UpdatedAtUtc = atUtc;
    }

    public void Unpublish(string userId, DateTime atUtc)
    {
        if (!IsPublished)
            throw new DomainRuleException("Thông báo này đã được gỡ xuống.");
        UnpublishedAtUtc = atUtc;
        UnpublishedById = userId;
    }

    /// <summary>Puts a withdrawn notice back up; it keeps its first publication date.</summary>
    public void Republish(DateTime atUtc)
    {
        if (IsPublished)
            throw new DomainRuleException("Thông báo này đang được đăng công khai.");
        UnpublishedAtUtc = null;
        UnpublishedById = null;
        UpdatedAtUtc = atUtc;
    }

    private void Apply(string title, string summary, string body)
    {
        var cleanTitle = VietnameseText.Clean(title)
            ?? throw new DomainRuleException("Hãy ghi tiêu đề thông báo.", nameof(Title));
        var cleanSummary = VietnameseText.Clean(summary)
            ?? throw new DomainRuleException("Hãy ghi tóm tắt thông báo.", nameof(Summary));
        var cleanBody = VietnameseText.Clean(body)
            ?? throw new DomainRuleException("Hãy ghi nội dung thông báo.", nameof(Body));
        if (cleanTitle.Length > TitleMaxLength)
            throw new DomainRuleException("Tiêu đề thông báo quá dài.", nameof(Title));
        if (cleanSummary.Length > SummaryMaxLength)
            throw new DomainRuleException("Tóm tắt thông báo quá dài.", nameof(Summary));
        if (cleanBody.Length > BodyMaxLength)
            throw new DomainRuleException("Nội dung thông báo quá dài.", nameof(Body));
        Title = cleanTitle.ReplaceLineEndings(" ");
        Summary = cleanSummary;
        Body = cleanBody;
    }
}
