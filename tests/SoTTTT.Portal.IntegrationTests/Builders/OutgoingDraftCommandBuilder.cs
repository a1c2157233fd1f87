using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;

namespace SoTTTT.Portal.IntegrationTests.Builders;

/// <summary>
/// A công văn of the given drafting unit, complete enough to submit, addressed in free text only
/// (so it reaches no unit) unless told otherwise.
/// </summary>
public sealed class OutgoingDraftCommandBuilder
{
    private static int _sequence;

    private CreateOutgoingDraftCommand _command;

    private OutgoingDraftCommandBuilder(Guid draftingUnitId) => _command = new(
        DocumentType.CongVan,
        draftingUnitId,
        "Trà Vinh",
        $"V/v tăng cường tuyên truyền phòng, chống lừa đảo qua mạng, đợt {Interlocked.Increment(ref _sequence)}",
        [new RecipientDraft("Các cơ quan, đơn vị trên địa bàn tỉnh")],
        "Thực hiện Công văn số 716/CAT-PC02 ngày 18/4/2022 của Công an tỉnh Trà Vinh, Sở Thông tin và Truyền thông đề nghị:",
        [new SectionDraft(null, "Tăng cường thông tin, tuyên truyền để người dân cảnh giác.")],
        "Trân trọng./.",
        null,
        "Bùi Thống Nhứt",
        SigningAuthority.OnBehalfOf,
        "GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        [new RecipientDraft("", Purpose: DistributionPurpose.AsAbove), new RecipientDraft("VT, BCVTCNTT", Purpose: DistributionPurpose.Archive)],
        []);

    public static OutgoingDraftCommandBuilder ADraftOf(Guid draftingUnitId) => new(draftingUnitId);

    public OutgoingDraftCommandBuilder With(Func<CreateOutgoingDraftCommand, CreateOutgoingDraftCommand> change)
    {
        _command = change(_command);
        return this;
    }

    public OutgoingDraftCommandBuilder WithSummary(string summary) => With(c => c with { Summary = summary });

    public OutgoingDraftCommandBuilder OfType(DocumentType type) => With(c => c with { Type = type });

    /// <summary>Replaces "Kính gửi" with these lines.</summary>
    public OutgoingDraftCommandBuilder AddressedTo(params RecipientDraft[] lines) => With(c => c with { Addressees = lines });

    /// <summary>Adds a "Nơi nhận" line before the closing "Lưu" line.</summary>
    public OutgoingDraftCommandBuilder CopiedTo(RecipientDraft line) =>
        With(c => c with { Distribution = [.. c.Distribution.Take(c.Distribution.Count - 1), line, c.Distribution[^1]] });

    public OutgoingDraftCommandBuilder Citing(params Guid[] incomingIds) => With(c => c with { CitedIncomingIds = incomingIds });

    public OutgoingDraftCommandBuilder SignedBy(string leaderId) => With(c => c with { SignerUserId = leaderId });

    public CreateOutgoingDraftCommand Build() => _command;

    public static implicit operator CreateOutgoingDraftCommand(OutgoingDraftCommandBuilder builder) => builder.Build();

    /// <summary>The command an editor sends when saving <paramref name="document"/> as loaded.</summary>
    public static UpdateOutgoingDraftCommand EditOf(OutgoingDocumentView document) => new(
        document.Id,
        document.Version,
        document.Type,
        document.DraftingUnitId,
        document.Place,
        document.Summary,
        [.. document.Addressees.Select(Line)],
        document.Preamble,
        [.. document.Sections.Select(s => new SectionDraft(s.Heading, s.Body))],
        document.Closing,
        document.SignerUserId,
        document.SignerName,
        document.Authority,
        document.HeadTitle,
        document.SignerTitle,
        [.. document.Distribution.Select(Line)],
        [.. document.Cited.Select(c => c.Id)]);

    private static RecipientDraft Line(RecipientLine line) => new(line.Text, line.UnitId, line.GroupId, line.Purpose);
}
