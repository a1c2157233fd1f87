using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Inspection;

namespace SoTTTT.Portal.Core.Tests.Domain.Inspection;

public sealed class ComplianceEvaluationTests
{
    private static readonly DateTime First = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Revising_an_evaluation_replaces_the_rating_and_comment_and_keeps_the_latest_date()
    {
        var evaluation = new ComplianceEvaluation(Guid.CreateVersion7(), Guid.CreateVersion7(), ComplianceRating.Unsatisfactory, "Chậm báo cáo.", "a", "Thanh tra A", First);
        var later = First.AddDays(10);

        evaluation.Revise(ComplianceRating.Good, "Đã khắc phục.", "b", "Thanh tra B", later);

        Assert.Equal((ComplianceRating.Good, "Đã khắc phục.", "Thanh tra B", later),
            (evaluation.Rating, evaluation.Comment, evaluation.EvaluatedByName, evaluation.EvaluatedAtUtc));
    }

    [Fact]
    public void An_unsatisfactory_rating_needs_a_comment()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new ComplianceEvaluation(Guid.CreateVersion7(), Guid.CreateVersion7(), ComplianceRating.Unsatisfactory, "  ", "a", "A", First));

        Assert.Equal(nameof(ComplianceEvaluation.Comment), error.Field);
    }

    [Fact]
    public void A_good_rating_may_go_without_a_comment()
    {
        var evaluation = new ComplianceEvaluation(Guid.CreateVersion7(), Guid.CreateVersion7(), ComplianceRating.Good, null, "a", "A", First);

        Assert.Null(evaluation.Comment);
    }

    [Fact]
    public void A_comment_longer_than_the_limit_is_refused()
    {
        Assert.Throws<DomainRuleException>(() => new ComplianceEvaluation(
            Guid.CreateVersion7(), Guid.CreateVersion7(), ComplianceRating.Good, new string('x', ComplianceEvaluation.CommentMaxLength + 1), "a", "A", First));
    }
}
