using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Core.Domain.Inspection;

/// <summary>
/// Đánh giá việc chấp hành: the inspector's rating of how one unit carried out one directive. There is one per
/// unit and directive; evaluating again replaces the rating and the comment and dates it anew.
/// </summary>
public sealed class ComplianceEvaluation : Entity
{
    public const int CommentMaxLength = 4000;
    public const int EvaluatedByNameMaxLength = 200;

    private ComplianceEvaluation()
    {
    }

    public ComplianceEvaluation(Guid unitId, Guid documentId, ComplianceRating rating, string? comment, string userId, string userName, DateTime atUtc)
    {
        UnitId = unitId;
        DocumentId = documentId;
        Revise(rating, comment, userId, userName, atUtc);
    }

    public Guid UnitId { get; private set; }
    /// <summary>The directive (an issued outgoing document) the unit's compliance with is rated.</summary>
    public Guid DocumentId { get; private set; }
    public ComplianceRating Rating { get; private set; }
    public string? Comment { get; private set; }
    public string EvaluatedById { get; private set; } = "";
    public string EvaluatedByName { get; private set; } = "";
    /// <summary>When the latest evaluation was made.</summary>
    public DateTime EvaluatedAtUtc { get; private set; }

    public void Revise(ComplianceRating rating, string? comment, string userId, string userName, DateTime atUtc)
    {
        if (!Enum.IsDefined(rating))
            throw new DomainRuleException("Hãy chọn mức đánh giá.", nameof(Rating));
        var cleanComment = VietnameseText.Clean(comment);
        if (cleanComment is { Length: > CommentMaxLength })
            throw new DomainRuleException("Nhận xét đánh giá dài tối đa 4000 ký tự.", nameof(Comment));
        if (rating == ComplianceRating.Unsatisfactory && cleanComment is null)
            throw new DomainRuleException("Hãy ghi nhận xét khi đánh giá chưa đạt.", nameof(Comment));
        Rating = rating;
        Comment = cleanComment;
        EvaluatedById = userId;
        EvaluatedByName = userName;
        EvaluatedAtUtc = atUtc;
    }
}
