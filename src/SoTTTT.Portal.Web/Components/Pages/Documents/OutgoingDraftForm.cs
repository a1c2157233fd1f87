using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;

namespace SoTTTT.Portal.Web.Components.Pages.Documents;

/// <summary>What the draft editor edits; turned into a command when saved.</summary>
public sealed class OutgoingDraftForm
{
    public Guid? Id { get; set; }
    public Guid Version { get; set; }
    public Guid? ReplacesId { get; set; }
    public DocumentType Type { get; set; } = DocumentType.CongVan;
    public Guid? DraftingUnitId { get; set; }
    public string Place { get; set; } = "";
    public string Summary { get; set; } = "V/v ";
    public List<RecipientRow> Addressees { get; set; } = [];
    public string? Preamble { get; set; }
    public List<SectionRow> Sections { get; set; } = [new()];
    public string? Closing { get; set; }
    public string? SignerUserId { get; set; }
    public string SignerName { get; set; } = "";
    public SigningAuthority Authority { get; set; } = SigningAuthority.OnBehalfOf;
    public string? HeadTitle { get; set; } = "GIÁM ĐỐC";
    public string SignerTitle { get; set; } = "PHÓ GIÁM ĐỐC";
    public List<RecipientRow> Distribution { get; set; } = [new() { Purpose = DistributionPurpose.AsAbove }];
    public IReadOnlyCollection<Guid> CitedIncomingIds { get; set; } = [];

    public static OutgoingDraftForm From(OutgoingDocumentView d, bool asReplacement = false) => new()
    {
        Id = asReplacement ? null : d.Id,
        Version = d.Version,
        ReplacesId = asReplacement ? d.Id : null,
        Type = d.Type,
        DraftingUnitId = d.DraftingUnitId,
        Place = d.Place,
        Summary = d.Summary,
        Addressees = [.. d.Addressees.Select(l => new RecipientRow { Text = l.Text, UnitId = l.UnitId, GroupId = l.GroupId })],
        Preamble = d.Preamble,
        Sections = [.. d.Sections.Select(s => new SectionRow { Heading = s.Heading, Body = s.Body })],
        Closing = d.Closing,
        SignerUserId = d.SignerUserId,
        SignerName = d.SignerName,
        Authority = d.Authority,
        HeadTitle = d.HeadTitle,
        SignerTitle = d.SignerTitle,
        Distribution = [.. d.Distribution.Select(l => new RecipientRow { Text = l.Text, UnitId = l.UnitId, GroupId = l.GroupId, Purpose = l.Purpose })],
        CitedIncomingIds = d.Cited.Select(c => c.Id).ToList(),
    };

    public CreateOutgoingDraftCommand ToCreateCommand() => new(Type, DraftingUnitId, Place, Summary, Lines(Addressees), Preamble, SectionDrafts(),
        Closing, SignerUserId, SignerName, Authority, HeadTitle, SignerTitle, Lines(Distribution), [.. CitedIncomingIds], ReplacesId);

    public UpdateOutgoingDraftCommand ToUpdateCommand() => new(Id!.Value, Version, Type, DraftingUnitId, Place, Summary, Lines(Addressees), Preamble,
        SectionDrafts(), Closing, SignerUserId, SignerName, Authority, HeadTitle, SignerTitle, Lines(Distribution), [.. CitedIncomingIds]);

    private List<SectionDraft> SectionDrafts() => [.. Sections.Select(s => new SectionDraft(s.Heading, s.Body))];

    private static List<RecipientDraft> Lines(List<RecipientRow> rows) =>
        [.. rows.Select(r => new RecipientDraft(r.Text, r.UnitId, r.GroupId, r.Purpose))];
}

public sealed class RecipientRow
{
    public string Text { get; set; } = "";
    public Guid? UnitId { get; set; }
    public Guid? GroupId { get; set; }
    public DistributionPurpose Purpose { get; set; } = DistributionPurpose.ForInformation;
}

public sealed class SectionRow
{
    public string? Heading { get; set; }
    public string Body { get; set; } = "";
}
