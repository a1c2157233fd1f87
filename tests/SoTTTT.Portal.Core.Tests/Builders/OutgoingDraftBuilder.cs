using SoTTTT.Portal.Core.Domain.Documents;

namespace SoTTTT.Portal.Core.Tests.Builders;

/// <summary>
/// Builds outgoing drafts for tests: a công văn of Phòng BCVT-CNTT complete enough to submit
/// (V/v summary, Kính gửi, content, place, Nơi nhận with "Lưu", KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC)
/// unless told otherwise.
/// </summary>
internal sealed class OutgoingDraftBuilder
{
    public static readonly Guid DraftingUnit = Guid.NewGuid();

    private OutgoingDraft _draft = new(
        DocumentType.CongVan,
        DraftingUnit,
        "BCVTCNTT",
        "Trà Vinh",
        "V/v thông báo cảnh giác với tình trạng sử dụng mạng viễn thông, mạng xã hội để lừa đảo chiếm đoạt tài sản",
        [new RecipientDraft("Các Doanh nghiệp Viễn thông trên địa bàn tỉnh")],
        "Ngày 19/4/2022, Sở Thông tin và Truyền thông nhận được Công văn số 716/CAT-PC02 ngày 18/4/2022 của Công an tỉnh Trà Vinh.",
        [new SectionDraft("Các doanh nghiệp viễn thông", "- Thực hiện thông tin, cảnh báo (qua hình thức nhắn tin SMS) đến các thuê bao di động.")],
        "Trân trọng./.",
        null,
        "Bùi Thống Nhứt",
        SigningAuthority.OnBehalfOf,
        "GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        [
            new RecipientDraft("", Purpose: DistributionPurpose.AsAbove),
            new RecipientDraft("UBND tỉnh", Purpose: DistributionPurpose.Report),
            new RecipientDraft("VT, BCVTCNTT", Purpose: DistributionPurpose.Archive),
        ],
        []);

    public static OutgoingDraftBuilder ACompleteDraft() => new();

    public OutgoingDraftBuilder With(Func<OutgoingDraft, OutgoingDraft> change)
    {
        _draft = change(_draft);
        return this;
    }

    public OutgoingDraftBuilder OfType(DocumentType type) => With(d => d with { Type = type });

    public OutgoingDraftBuilder WithSummary(string summary) => With(d => d with { Summary = summary });

    public OutgoingDraft Build() => _draft;

    /// <summary>A draft document written by a specialist.</summary>
    public OutgoingDocument Drafted() => OutgoingDocument.Draft("chuyenvien-id", "STTTT", _draft);

    /// <summary>The document submitted and approved, waiting for the clerk's number.</summary>
    public OutgoingDocument Approved()
    {
        var document = Drafted();
        document.Submit();
        document.Approve();
        return document;
    }

    public static implicit operator OutgoingDraft(OutgoingDraftBuilder builder) => builder.Build();
}
