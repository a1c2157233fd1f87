using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Core.Domain.Inspection;

/// <summary>
/// Phát hiện thanh tra: what an inspector found on an assignment, a unit or an issued document, how serious
/// it is, what the inspector recommends, and how its correction stands. A finding on an assignment names the
/// unit and the directive too, so lists by unit or by directive need no join through assignments.
/// </summary>
public sealed class Finding : Entity, IVersioned
{
    public const int DescriptionMaxLength = 4000;
    public const int RecommendationMaxLength = 4000;
    public const int FollowUpNoteMaxLength = 4000;
    public const int RecordedByNameMaxLength = 200;

    private Finding()
    {
    }

    private Finding(FindingTargetKind kind, Guid? assignmentId, Guid? unitId, Guid? documentId, FindingSeverity severity,
        string description, string recommendation, string userId, string userName, DateTime atUtc)
    {
        var cleanDescription = VietnameseText.Clean(description)
            ?? throw new DomainRuleException("Hãy ghi nội dung phát hiện.", nameof(Description));
        if (cleanDescription.Length > DescriptionMaxLength)
            throw new DomainRuleException("Nội dung phát hiện dài tối đa 4000 ký tự.", nameof(Description));
        var cleanRecommendation = VietnameseText.Clean(recommendation)
            ?? throw new DomainRuleException("Hãy ghi kiến nghị.", nameof(Recommendation));
        if (cleanRecommendation.Length > RecommendationMaxLength)
            throw new DomainRuleException("Kiến nghị dài tối đa 4000 ký tự.", nameof(Recommendation));
        if (!Enum.IsDefined(severity))
            throw new DomainRuleException("Hãy chọn mức độ.", nameof(Severity));

        TargetKind = kind;
        AssignmentId = assignmentId;
        UnitId = unitId;
        DocumentId = documentId;
        Severity = severity;
        Description = cleanDescription;
        Recommendation = cleanRecommendation;
        FollowUp = FollowUpState.Open;
        RecordedById = userId;
        RecordedByName = userName;
        RecordedAtUtc = atUtc;
    }

    public FindingTargetKind TargetKind { get; private set; }
    public Guid? AssignmentId { get; private set; }
    /// <summary>The unit concerned: always set for a finding on an assignment or a unit.</summary>
    public Guid? UnitId { get; private set; }
    /// <summary>The document: the target itself, or the directive of the assignment.</summary>
    public Guid? DocumentId { get; private set; }
    public FindingSeverity Severity { get; private set; }
    public string Description { get; private set; } = "";
    public string Recommendation { get; private set; } = "";
    public FollowUpState FollowUp { get; private set; }
    public string? FollowUpNote { get; private set; }
    public string RecordedById { get; private set; } = "";
    public string RecordedByName { get; private set; } = "";
    public DateTime RecordedAtUtc { get; private set; }
    public DateTime? UpdatedAtUtc { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public static Finding OnAssignment(Guid assignmentId, Guid unitId, Guid documentId, FindingSeverity severity,
        string description, string recommendation, string userId, string userName, DateTime atUtc) =>
        new(FindingTargetKind.Assignment, assignmentId, unitId, documentId, severity, description, recommendation, userId, userName, atUtc);

    public static Finding OnUnit(Guid unitId, FindingSeverity severity,
        string description, string recommendation, string userId, string userName, DateTime atUtc) =>
        new(FindingTargetKind.Unit, null, unitId, null, severity, description, recommendation, userId, userName, atUtc);

    public static Finding OnDocument(Guid documentId, FindingSeverity severity,
        string description, string recommendation, string userId, string userName, DateTime atUtc) =>
        new(FindingTargetKind.Document, null, null, documentId, severity, description, recommendation, userId, userName, atUtc);

    /// <summary>
    /// Cập nhật tình trạng khắc phục. A closed finding is settled and changes no more; saying a finding is
    /// corrected or closed needs a note of how.
    /// </summary>
    public void UpdateFollowUp(FollowUpState state, string? note, DateTime atUtc)
    {
        if (!Enum.IsDefined(state))
            throw new DomainRuleException("Hãy chọn tình trạng khắc phục.", nameof(FollowUp));
        if (FollowUp == FollowUpState.Closed)
            throw new DomainRuleException("Phát hiện đã kết thúc; không cập nhật được nữa.", nameof(FollowUp));
        var cleanNote = VietnameseText.Clean(note);
        if (cleanNote is { Length: > FollowUpNoteMaxLength })
            throw new DomainRuleException("Ghi chú dài tối đa 4000 ký tự.", nameof(FollowUpNote));
        if (state is FollowUpState.Resolved or FollowUpState.Closed && cleanNote is null)
            throw new DomainRuleException("Hãy ghi kết quả khắc phục.", nameof(FollowUpNote));
        FollowUp = state;
        FollowUpNote = cleanNote;
        UpdatedAtUtc = atUtc;
    }
}
