using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Core.Domain.Tasks;

/// <summary>Đề nghị gia hạn: a unit asks a leader for a later due date, with its reason.</summary>
public sealed class ExtensionRequest : Entity
{
    public const int ReasonMaxLength = 2000;

    private ExtensionRequest()
    {
    }

    internal ExtensionRequest(Assignment assignment, DateOnly currentDueDate, DateOnly requestedDueDate, string reason, string userId, DateTime atUtc)
    {
        AssignmentId = assignment.Id;
        TaskId = assignment.TaskId;
        DocumentId = assignment.DocumentId;
        UnitId = assignment.UnitId;
        CurrentDueDate = currentDueDate;
        RequestedDueDate = requestedDueDate;
        Reason = VietnameseText.Clean(reason) ?? "";
        RequestedById = userId;
        RequestedAtUtc = atUtc;
        Status = ExtensionStatus.Pending;
    }

    public Guid AssignmentId { get; private set; }
    public Guid TaskId { get; private set; }
    public Guid DocumentId { get; private set; }
    public Guid UnitId { get; private set; }
    /// <summary>The due date when the unit asked.</summary>
    public DateOnly CurrentDueDate { get; private set; }
    public DateOnly RequestedDueDate { get; private set; }
    public string Reason { get; private set; } = "";
    public string RequestedById { get; private set; } = "";
    public DateTime RequestedAtUtc { get; private set; }
    public ExtensionStatus Status { get; private set; }
    public string? DecidedById { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DecisionNote { get; private set; }

    internal void Approve(string leaderId, DateTime atUtc, string? note) => Decide(ExtensionStatus.Approved, leaderId, atUtc, note);

    internal void Refuse(string leaderId, DateTime atUtc, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("Hãy ghi lý do không đồng ý gia hạn.", "Reason");
        Decide(ExtensionStatus.Refused, leaderId, atUtc, reason);
    }

    private void Decide(ExtensionStatus status, string leaderId, DateTime atUtc, string? note)
    {
        if (Status != ExtensionStatus.Pending)
            throw new DomainRuleException("Đề nghị gia hạn này đã được quyết định.");
        Status = status;
        DecidedById = leaderId;
        DecidedAtUtc = atUtc;
        DecisionNote = VietnameseText.Clean(note);
    }
}
