using System.Text;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Documents;
using static SoTTTT.Portal.Core.Tests.Builders.OutgoingDraftBuilder;

namespace SoTTTT.Portal.Core.Tests.Documents;

/// <summary>DESIGN §3: draft → submitted → approved (or returned with a reason) → issued, then frozen.</summary>
public sealed class OutgoingDocumentWorkflowTests
{
    private static readonly DateOnly IssueDay = new(2022, 4, 20);
    private static readonly DateTime IssueInstant = new(2022, 4, 20, 3, 0, 0, DateTimeKind.Utc);

    private static OutgoingDocument Submitted()
    {
        var document = ACompleteDraft().Drafted();
        document.Submit();
        return document;
    }

    private static OutgoingDocument Returned()
    {
        var document = Submitted();
        document.Return("Bổ sung căn cứ Công văn số 716/CAT-PC02.");
        return document;
    }

    private static OutgoingDocument Issued()
    {
        var document = ACompleteDraft().Approved();
        document.Issue(4, IssueDay, "vanthu-id", IssueInstant, []);
        return document;
    }

    [Fact]
    public void New_draft_is_editable_unnumbered_and_remembers_its_author()
    {
        var document = ACompleteDraft().Drafted();

        Assert.Equal(OutgoingStatus.Draft, document.Status);
        Assert.True(document.IsEditable);
        Assert.Null(document.Number);
        Assert.Null(document.Year);
        Assert.Null(document.IssuedOn);
        Assert.Equal("chuyenvien-id", document.CreatedById);
        Assert.Equal("STTTT", document.IssuerCode);
    }

    [Fact]
    public void Draft_text_is_trimmed_composed_and_has_unix_line_breaks()
    {
        var document = ACompleteDraft().With(d => d with
        {
            Summary = "  V/v cảnh giác lừa đảo  ".Normalize(NormalizationForm.FormD),
            Preamble = "Dòng một.\r\nDòng hai.",
            Closing = "   ",
        }).Drafted();

        Assert.Equal("V/v cảnh giác lừa đảo", document.Summary);
        Assert.True(document.Summary.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Dòng một.\nDòng hai.", document.Preamble);
        Assert.Null(document.Closing);
    }

    [Fact]
    public void Complete_draft_is_submitted()
    {
        var document = ACompleteDraft().Drafted();

        document.Submit();

        Assert.Equal(OutgoingStatus.Submitted, document.Status);
        Assert.False(document.IsEditable);
    }

    [Fact]
    public void Submitting_a_draft_with_format_issues_is_refused_naming_the_first_issue()
    {
        var document = ACompleteDraft().With(d => d with { Summary = "Thông báo cảnh giác", Distribution = [] }).Drafted();

        var refused = Assert.Throws<DomainRuleException>(document.Submit);

        Assert.Equal(nameof(OutgoingDocument.Summary), refused.Field);
        Assert.Equal("Trích yếu của công văn phải bắt đầu bằng “V/v”.", refused.Message);
        Assert.Equal(OutgoingStatus.Draft, document.Status);
    }

    [Fact]
    public void Submitted_document_cannot_be_submitted_again()
    {
        var document = Submitted();

        var refused = Assert.Throws<DomainRuleException>(document.Submit);

        Assert.Equal("Chỉ dự thảo hoặc văn bản bị trả lại mới được trình ký.", refused.Message);
    }

    [Fact]
    public void Submitted_document_cannot_be_edited()
    {
        var document = Submitted();

        var refused = Assert.Throws<DomainRuleException>(() => document.Edit(ACompleteDraft().WithSummary("V/v sửa khi đang trình")));

        Assert.Equal("Chỉ sửa được dự thảo hoặc văn bản bị trả lại.", refused.Message);
        Assert.NotEqual("V/v sửa khi đang trình", document.Summary);
    }

    [Fact]
    public void Leader_returns_a_submitted_document_with_the_reason()
    {
        var document = Submitted();

        document.Return("  Bổ sung thời hạn báo cáo.  ");

        Assert.Equal(OutgoingStatus.Returned, document.Status);
        Assert.Equal("Bổ sung thời hạn báo cáo.", document.ReturnReason);
        Assert.True(document.IsEditable);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Returning_needs_a_reason(string reason)
    {
        var document = Submitted();

        var refused = Assert.Throws<DomainRuleException>(() => document.Return(reason));

        Assert.Equal("Reason", refused.Field);
        Assert.Equal(OutgoingStatus.Submitted, document.Status);
    }

    [Fact]
    public void Only_a_submitted_document_can_be_returned()
    {
        Assert.Throws<DomainRuleException>(() => ACompleteDraft().Drafted().Return("Lý do"));
        Assert.Throws<DomainRuleException>(() => Returned().Return("Lý do"));
        Assert.Throws<DomainRuleException>(() => ACompleteDraft().Approved().Return("Lý do"));
        Assert.Throws<DomainRuleException>(() => Issued().Return("Lý do"));
    }

    [Fact]
    public void Returned_document_is_edited_and_resubmitted_and_forgets_the_reason()
    {
        var document = Returned();

        document.Edit(ACompleteDraft().WithSummary("V/v đôn đốc báo cáo trước ngày 30/5/2022"));
        document.Submit();

        Assert.Equal(OutgoingStatus.Submitted, document.Status);
        Assert.Equal("V/v đôn đốc báo cáo trước ngày 30/5/2022", document.Summary);
        Assert.Null(document.ReturnReason);
    }

    [Fact]
    public void Leader_approves_a_submitted_document()
    {
        var document = Submitted();

        document.Approve();

        Assert.Equal(OutgoingStatus.Approved, document.Status);
        Assert.False(document.IsEditable);
    }

    [Fact]
    public void Only_a_submitted_document_can_be_approved()
    {
        var fromDraft = Assert.Throws<DomainRuleException>(() => ACompleteDraft().Drafted().Approve());
        Assert.Equal("Chỉ văn bản đang trình ký mới duyệt được.", fromDraft.Message);
        Assert.Throws<DomainRuleException>(() => Returned().Approve());
        Assert.Throws<DomainRuleException>(() => ACompleteDraft().Approved().Approve());
        Assert.Throws<DomainRuleException>(() => Issued().Approve());
    }

    [Fact]
    public void Issuing_an_approved_document_gives_number_year_date_clerk_and_recipients()
    {
        var document = ACompleteDraft().Approved();
        var vnpt = Guid.NewGuid();
        var viettel = Guid.NewGuid();

        document.Issue(4, IssueDay, "vanthu-id", IssueInstant, [vnpt, viettel, vnpt]);

        Assert.Equal(OutgoingStatus.Issued, document.Status);
        Assert.Equal(4, document.Number);
        Assert.Equal(2022, document.Year);
        Assert.Equal(IssueDay, document.IssuedOn);
        Assert.Equal("vanthu-id", document.IssuedById);
        Assert.Equal(IssueInstant, document.IssuedAtUtc);
        Assert.Equal("4/STTTT-BCVTCNTT", document.NumberAndSymbol);
        Assert.Equal([vnpt, viettel], document.RecipientUnits.Select(r => r.UnitId));
        Assert.False(document.IsEditable);
    }

    [Fact]
    public void Issued_number_is_searchable()
    {
        var document = Issued();

        Assert.Contains("4/stttt-bcvtcntt", document.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_approved_document_can_be_issued()
    {
        var fromDraft = Assert.Throws<DomainRuleException>(() => ACompleteDraft().Drafted().Issue(1, IssueDay, "vanthu-id", IssueInstant, []));
        Assert.Equal("Chỉ văn bản đã được lãnh đạo duyệt mới được cấp số, phát hành.", fromDraft.Message);
        Assert.Throws<DomainRuleException>(() => Submitted().Issue(1, IssueDay, "vanthu-id", IssueInstant, []));
        Assert.Throws<DomainRuleException>(() => Returned().Issue(1, IssueDay, "vanthu-id", IssueInstant, []));
        Assert.Throws<DomainRuleException>(() => Issued().Issue(5, IssueDay, "vanthu-id", IssueInstant, []));
    }

    [Fact]
    public void Refused_issuance_leaves_the_document_unnumbered()
    {
        var document = Submitted();

        Assert.Throws<DomainRuleException>(() => document.Issue(7, IssueDay, "vanthu-id", IssueInstant, [Guid.NewGuid()]));

        Assert.Null(document.Number);
        Assert.Null(document.IssuedOn);
        Assert.Empty(document.RecipientUnits);
        Assert.Equal(OutgoingStatus.Submitted, document.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Register_numbers_start_from_one(int number)
    {
        var document = ACompleteDraft().Approved();

        Assert.Throws<ArgumentOutOfRangeException>(() => document.Issue(number, IssueDay, "vanthu-id", IssueInstant, []));
    }

    [Fact]
    public void Issued_document_is_never_edited()
    {
        var document = Issued();

        var refused = Assert.Throws<DomainRuleException>(() => document.Edit(ACompleteDraft().WithSummary("V/v sửa sau khi phát hành")));

        Assert.Equal("Văn bản đã phát hành không được sửa; hãy soạn văn bản thay thế.", refused.Message);
        Assert.NotEqual("V/v sửa sau khi phát hành", document.Summary);
        Assert.Equal(4, document.Number);
    }

    [Fact]
    public void Approved_document_cannot_be_edited_either()
    {
        var document = ACompleteDraft().Approved();

        Assert.Throws<DomainRuleException>(() => document.Edit(ACompleteDraft()));
    }

    [Fact]
    public void Correction_is_a_new_draft_that_names_the_document_it_replaces()
    {
        var issued = Issued();

        var correction = OutgoingDocument.Draft("chuyenvien-id", "STTTT", ACompleteDraft(), replacesId: issued.Id);

        Assert.Equal(issued.Id, correction.ReplacesId);
        Assert.Equal(OutgoingStatus.Draft, correction.Status);
        Assert.Null(correction.Number);
    }
}
