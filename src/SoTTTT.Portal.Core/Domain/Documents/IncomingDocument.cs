using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Core.Domain.Documents;

public enum IncomingStatus
{
    /// <summary>Đã vào sổ, chưa trình.</summary>
    Registered = 0,
    /// <summary>Chờ ý kiến chỉ đạo.</summary>
    AwaitingDirection = 1,
    /// <summary>Đã có ý kiến chỉ đạo.</summary>
    Directed = 2,
    /// <summary>Đang xử lý.</summary>
    InProgress = 3,
    /// <summary>Đã xử lý.</summary>
    Handled = 4,
    /// <summary>Đã lưu hồ sơ.</summary>
    Filed = 5,
}

/// <summary>
/// A document received from another agency, entered in the incoming register (sổ văn bản đến)
/// with an arrival number sequential per calendar year, then directed by a leader.
/// </summary>
public sealed class IncomingDocument : Entity, IVersioned
{
    public const int NumberSymbolMaxLength = 60;
    public const int SummaryMaxLength = 1000;
    public const int AgencyMaxLength = 250;
    public const int DirectionMaxLength = 2000;

    private IncomingDocument()
    {
    }

    public int ArrivalYear { get; private set; }
    /// <summary>Số đến: from 1 on 1 January of <see cref="ArrivalYear"/>.</summary>
    public int ArrivalNumber { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    /// <summary>The sender's own number and symbol, e.g. "716/CAT-PC02".</summary>
    public string NumberSymbol { get; private set; } = "";
    public DocumentType Type { get; private set; }
    /// <summary>The issuing agency when it is in the directory.</summary>
    public Guid? IssuingUnitId { get; private set; }
    /// <summary>The issuing agency's name as written on the document.</summary>
    public string IssuingAgency { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    /// <summary>Trích yếu.</summary>
    public string Summary { get; private set; } = "";
    public Urgency Urgency { get; private set; }
    public Confidentiality Confidentiality { get; private set; }
    /// <summary>Hạn xử lý stated on or for the document.</summary>
    public DateOnly? HandlingDeadline { get; private set; }
    public IncomingStatus Status { get; private set; }

    /// <summary>The leader asked for direction, when sent.</summary>
    public string? DirectingLeaderId { get; private set; }
    /// <summary>Ý kiến chỉ đạo (bút phê).</summary>
    public string? Direction { get; private set; }
    public string? DirectedById { get; private set; }
    public DateTime? DirectedAtUtc { get; private set; }
    /// <summary>The division the leader named to handle it.</summary>
    public Guid? HandlingUnitId { get; private set; }
    public DateOnly? DirectionDeadline { get; private set; }
    public string? HandlingNote { get; private set; }

    public string SearchText { get; private set; } = "";
    public Guid Version { get; set; } = Guid.NewGuid();

    public static IncomingDocument Register(int arrivalNumber, IncomingDocumentDetails details)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(arrivalNumber, 1);
        var document = new IncomingDocument
        {
            ArrivalNumber = arrivalNumber,
            ArrivalYear = details.ReceivedOn.Year,
            Status = IncomingStatus.Registered,
        };
        document.Apply(details);
        return document;
    }

    /// <summary>Corrects the register entry; the arrival number and year never change.</summary>
    public void Correct(IncomingDocumentDetails details)
    {
        if (Status is IncomingStatus.Handled or IncomingStatus.Filed)
            throw new DomainRuleException("Văn bản đã xử lý xong, không sửa được thông tin vào sổ.");
        if (details.ReceivedOn.Year != ArrivalYear)
            throw new DomainRuleException("Ngày đến phải thuộc năm của sổ đã vào.", nameof(IncomingDocumentDetails.ReceivedOn));
        Apply(details);
    }

    public void SendForDirection(string leaderId)
    {
        if (Status is not (IncomingStatus.Registered or IncomingStatus.AwaitingDirection))
            throw new DomainRuleException("Văn bản đã có ý kiến chỉ đạo.");
        DirectingLeaderId = leaderId;
        Status = IncomingStatus.AwaitingDirection;
    }

    public void Direct(string leaderId, DateTime atUtc, string direction, Guid handlingUnitId, DateOnly? deadline)
    {
        if (Status is not (IncomingStatus.Registered or IncomingStatus.AwaitingDirection or IncomingStatus.Directed))
            throw new DomainRuleException("Văn bản đang hoặc đã được xử lý, không cho ý kiến chỉ đạo lại được.");
        if (string.IsNullOrWhiteSpace(direction))
            throw new DomainRuleException("Hãy nhập ý kiến chỉ đạo.", nameof(Direction));
        Direction = VietnameseText.Compose(direction.Trim());
        DirectedById = leaderId;
        DirectedAtUtc = atUtc;
        HandlingUnitId = handlingUnitId;
        DirectionDeadline = deadline;
        Status = IncomingStatus.Directed;
    }

    public void StartHandling()
    {
        if (Status != IncomingStatus.Directed)
            throw new DomainRuleException("Chỉ văn bản đã có ý kiến chỉ đạo mới chuyển sang xử lý.");
        Status = IncomingStatus.InProgress;
    }

    public void MarkHandled(string? note)
    {
        if (Status is not (IncomingStatus.Directed or IncomingStatus.InProgress))
            throw new DomainRuleException("Chỉ văn bản đang xử lý mới được đánh dấu đã xử lý.");
        HandlingNote = string.IsNullOrWhiteSpace(note) ? null : VietnameseText.Compose(note.Trim());
        Status = IncomingStatus.Handled;
    }

    public void File()
    {
        if (Status != IncomingStatus.Handled)
            throw new DomainRuleException("Chỉ văn bản đã xử lý mới được lưu hồ sơ.");
        Status = IncomingStatus.Filed;
    }

    private void Apply(IncomingDocumentDetails details)
    {
        ReceivedOn = details.ReceivedOn;
        NumberSymbol = VietnameseText.Compose(details.NumberSymbol.Trim());
        Type = details.Type;
        IssuingUnitId = details.IssuingUnitId;
        IssuingAgency = VietnameseText.Compose(details.IssuingAgency.Trim());
        IssuedOn = details.IssuedOn;
        Summary = VietnameseText.Compose(details.Summary.Trim());
        Urgency = details.Urgency;
        Confidentiality = details.Confidentiality;
        HandlingDeadline = details.HandlingDeadline;
        SearchText = VietnameseText.Fold($"{ArrivalNumber} {NumberSymbol} {IssuingAgency} {Summary}");
    }
}

public sealed record IncomingDocumentDetails(
    DateOnly ReceivedOn,
    string NumberSymbol,
    DocumentType Type,
    Guid? IssuingUnitId,
    string IssuingAgency,
    DateOnly IssuedOn,
    string Summary,
    Urgency Urgency = Urgency.Normal,
    Confidentiality Confidentiality = Confidentiality.Normal,
    DateOnly? HandlingDeadline = null);
