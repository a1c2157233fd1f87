using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Core.Domain.Documents;

/// <summary>
/// A document the department sends (văn bản đi), e.g. the anti-fraud dispatch: drafted by a
/// specialist, approved by a leader, numbered and issued by the clerk, frozen from then on.
/// </summary>
public sealed class OutgoingDocument : Entity, IVersioned
{
    public const int SummaryMaxLength = 1000;
    public const int TextMaxLength = 20_000;
    public const int LineMaxLength = 500;

    private readonly List<RecipientLine> _addressees = [];
    private readonly List<RecipientLine> _distribution = [];
    private readonly List<DocumentSection> _sections = [];
    private readonly List<DocumentCitation> _citations = [];
    private readonly List<DocumentRecipientUnit> _recipientUnits = [];

    private OutgoingDocument()
    {
    }

    public DocumentType Type { get; private set; }
    public OutgoingStatus Status { get; private set; }
    /// <summary>"STTTT", the issuing body's abbreviation when drafted.</summary>
    public string IssuerCode { get; private set; } = "";
    public Guid DraftingUnitId { get; private set; }
    /// <summary>"BCVTCNTT", the drafting unit's code as it stands in the symbol.</summary>
    public string DraftingUnitCode { get; private set; } = "";
    public string Place { get; private set; } = "";
    /// <summary>Trích yếu; for a công văn it starts with "V/v".</summary>
    public string Summary { get; private set; } = "";
    public string? Preamble { get; private set; }
    public string? Closing { get; private set; }
    public string? SignerUserId { get; private set; }
    public string SignerName { get; private set; } = "";
    public SigningAuthority Authority { get; private set; }
    /// <summary>"GIÁM ĐỐC": the head's title, after KT./TM./… .</summary>
    public string? HeadTitle { get; private set; }
    /// <summary>"PHÓ GIÁM ĐỐC": the signer's own title.</summary>
    public string SignerTitle { get; private set; } = "";

    public int? Year { get; private set; }
    public int? Number { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public string? IssuedById { get; private set; }
    public DateTime? IssuedAtUtc { get; private set; }
    public string? ReturnReason { get; private set; }
    public string CreatedById { get; private set; } = "";
    /// <summary>A correction replaces an issued document instead of editing it.</summary>
    public Guid? ReplacesId { get; private set; }

    public string SearchText { get; private set; } = "";
    public Guid Version { get; set; } = Guid.NewGuid();

    public IReadOnlyList<RecipientLine> Addressees => _addressees;
    public IReadOnlyList<RecipientLine> Distribution => _distribution;
    public IReadOnlyList<DocumentSection> Sections => _sections;
    public IReadOnlyList<DocumentCitation> Citations => _citations;
    /// <summary>
    /// Every unit the issued document reached — named, through a group, or in "Nơi nhận" — fixed at
    /// issuance, so later changes of a group do not change who received it.
    /// </summary>
    public IReadOnlyList<DocumentRecipientUnit> RecipientUnits => _recipientUnits;

    public bool IsEditable => Status is OutgoingStatus.Draft or OutgoingStatus.Returned;

    /// <summary>"STTTT-BCVTCNTT" for a công văn, "KH-STTTT" for a plan.</summary>
    public string Symbol => OutgoingSymbol.Of(Type, IssuerCode, DraftingUnitCode);

    /// <summary>"123/STTTT-BCVTCNTT", or "…/STTTT-BCVTCNTT" while unnumbered.</summary>
    public string NumberAndSymbol => OutgoingSymbol.WithNumber(Number, Symbol);

    public static OutgoingDocument Draft(string createdById, string issuerCode, OutgoingDraft draft, Guid? replacesId = null)
    {
        var document = new OutgoingDocument
        {
            CreatedById = createdById,
            IssuerCode = issuerCode,
            Status = OutgoingStatus.Draft,
            ReplacesId = replacesId,
        };
        document.Apply(draft);
        return document;
    }

    public void Edit(OutgoingDraft draft)
    {
        if (!IsEditable)
            throw new DomainRuleException(Status == OutgoingStatus.Issued
                ? "Văn bản đã phát hành không được sửa; hãy soạn văn bản thay thế."
                : "Chỉ sửa được dự thảo hoặc văn bản bị trả lại.");
        Apply(draft);
    }

    /// <summary>What Decree 30 requires and the draft lacks; empty when it may be submitted.</summary>
    public IReadOnlyList<FormatIssue> CheckFormat()
    {
        var issues = new List<FormatIssue>();
        if (string.IsNullOrWhiteSpace(Summary))
            issues.Add(new(nameof(Summary), "Chưa có trích yếu nội dung."));
        else if (Type == DocumentType.CongVan && !Summary.StartsWith("V/v ", StringComparison.Ordinal))
            issues.Add(new(nameof(Summary), "Trích yếu của công văn phải bắt đầu bằng “V/v”."));
        if (Type == DocumentType.CongVan && _addressees.Count == 0)
            issues.Add(new(nameof(Addressees), "Công văn chưa có nơi nhận ở mục “Kính gửi”."));
        if (_sections.Count == 0 && string.IsNullOrWhiteSpace(Preamble))
            issues.Add(new(nameof(Sections), "Văn bản chưa có nội dung."));
        if (string.IsNullOrWhiteSpace(Place))
            issues.Add(new(nameof(Place), "Chưa có địa danh."));
        if (_distribution.Count == 0)
            issues.Add(new(nameof(Distribution), "Chưa có mục “Nơi nhận”."));
        else if (_distribution.All(l => l.Purpose != DistributionPurpose.Archive))
            issues.Add(new(nameof(Distribution), "Mục “Nơi nhận” chưa có dòng “Lưu: VT, …”."));
        if (string.IsNullOrWhiteSpace(SignerName))
            issues.Add(new(nameof(SignerName), "Chưa có người ký."));
        if (string.IsNullOrWhiteSpace(SignerTitle))
            issues.Add(new(nameof(SignerTitle), "Chưa có chức vụ của người ký."));
        if (Authority != SigningAuthority.None && string.IsNullOrWhiteSpace(HeadTitle))
            issues.Add(new(nameof(HeadTitle), "Ký thay, thay mặt, thừa lệnh… phải ghi chức vụ của người đứng đầu."));
        return issues;
    }

    public void Submit()
    {
        if (!IsEditable)
            throw new DomainRuleException("Chỉ dự thảo hoặc văn bản bị trả lại mới được trình ký.");
        var issues = CheckFormat();
        if (issues.Count > 0)
            throw new DomainRuleException(issues[0].Message, issues[0].Field);
        Status = OutgoingStatus.Submitted;
        ReturnReason = null;
    }

    public void Return(string reason)
    {
        if (Status != OutgoingStatus.Submitted)
            throw new DomainRuleException("Chỉ văn bản đang trình ký mới trả lại được.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("Hãy ghi lý do trả lại.", "Reason");
        ReturnReason = VietnameseText.Compose(reason.Trim());
        Status = OutgoingStatus.Returned;
    }

    public void Approve()
    {
        if (Status != OutgoingStatus.Submitted)
            throw new DomainRuleException("Chỉ văn bản đang trình ký mới duyệt được.");
        Status = OutgoingStatus.Approved;
    }

    /// <summary>Gives the number and date; from here on the document is frozen.</summary>
    public void Issue(int number, DateOnly issuedOn, string clerkId, DateTime atUtc, IEnumerable<Guid> recipientUnitIds)
    {
        if (Status != OutgoingStatus.Approved)
            throw new DomainRuleException("Chỉ văn bản đã được lãnh đạo duyệt mới được cấp số, phát hành.");
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        Number = number;
        Year = issuedOn.Year;
        IssuedOn = issuedOn;
        IssuedById = clerkId;
        IssuedAtUtc = atUtc;
        Status = OutgoingStatus.Issued;
        _recipientUnits.Clear();
        _recipientUnits.AddRange(recipientUnitIds.Distinct().Select(id => new DocumentRecipientUnit(id)));
        RefreshSearchText();
    }

    private void Apply(OutgoingDraft draft)
    {
        Type = draft.Type;
        DraftingUnitId = draft.DraftingUnitId;
        DraftingUnitCode = draft.DraftingUnitCode.Trim().ToUpperInvariant();
        Place = VietnameseText.Clean(draft.Place) ?? "";
        Summary = VietnameseText.Clean(draft.Summary) ?? "";
        Preamble = VietnameseText.Clean(draft.Preamble);
        Closing = VietnameseText.Clean(draft.Closing);
        SignerUserId = draft.SignerUserId;
        SignerName = VietnameseText.Clean(draft.SignerName) ?? "";
        Authority = draft.Authority;
        HeadTitle = VietnameseText.Clean(draft.HeadTitle);
        SignerTitle = VietnameseText.Clean(draft.SignerTitle) ?? "";

        _addressees.Clear();
        _addressees.AddRange(draft.Addressees.Select((l, i) => new RecipientLine(i + 1, VietnameseText.Clean(l.Text) ?? "", l.UnitId, l.GroupId)));
        _distribution.Clear();
        _distribution.AddRange(draft.Distribution.Select((l, i) => new RecipientLine(i + 1, VietnameseText.Clean(l.Text) ?? "", l.UnitId, l.GroupId, l.Purpose)));
        _sections.Clear();
        _sections.AddRange(draft.Sections.Select((s, i) => new DocumentSection(i + 1, VietnameseText.Clean(s.Heading), VietnameseText.Clean(s.Body) ?? "")));
        _citations.Clear();
        _citations.AddRange(draft.CitedIncomingIds.Distinct().Select(id => new DocumentCitation(id)));
        RefreshSearchText();
    }

    private void RefreshSearchText() =>
        SearchText = VietnameseText.Fold($"{NumberAndSymbol} {Summary}");
}

public static class OutgoingSymbol
{
    /// <summary>"123/STTTT-BCVTCNTT", or "…/STTTT-BCVTCNTT" before a number is given.</summary>
    public static string WithNumber(int? number, string symbol) =>
        $"{(number is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "…")}/{symbol}";

    public static string Of(DocumentType type, string issuerCode, string draftingUnitCode) =>
        DocumentTypes.Abbreviation(type) is { } abbreviation
            ? $"{abbreviation}-{issuerCode}"
            : $"{issuerCode}-{draftingUnitCode}";
}

/// <summary>Everything a specialist edits in a draft.</summary>
public sealed record OutgoingDraft(
    DocumentType Type,
    Guid DraftingUnitId,
    string DraftingUnitCode,
    string Place,
    string Summary,
    IReadOnlyList<RecipientDraft> Addressees,
    string? Preamble,
    IReadOnlyList<SectionDraft> Sections,
    string? Closing,
    string? SignerUserId,
    string SignerName,
    SigningAuthority Authority,
    string? HeadTitle,
    string SignerTitle,
    IReadOnlyList<RecipientDraft> Distribution,
    IReadOnlyList<Guid> CitedIncomingIds);

public sealed record RecipientDraft(string Text, Guid? UnitId = null, Guid? GroupId = null, DistributionPurpose Purpose = DistributionPurpose.ForInformation);

public sealed record SectionDraft(string? Heading, string Body);
