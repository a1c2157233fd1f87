using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Inspection;

namespace SoTTTT.Portal.Core.Tests.Domain.Inspection;

public sealed class FindingTests
{
    private static readonly DateTime Recorded = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    private static Finding AFinding(string description = "Chưa nhắn tin cảnh báo đến thuê bao trả sau.", string recommendation = "Bổ sung trong 5 ngày.") =>
        Finding.OnAssignment(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), FindingSeverity.High,
            description, recommendation, "inspector-id", "Thanh tra viên", Recorded);

    [Fact]
    public void A_finding_on_an_assignment_names_its_unit_and_directive_and_starts_open()
    {
        var assignmentId = Guid.CreateVersion7();
        var unitId = Guid.CreateVersion7();
        var documentId = Guid.CreateVersion7();

        var finding = Finding.OnAssignment(assignmentId, unitId, documentId, FindingSeverity.Critical, " Nội dung ", " Kiến nghị ", "id", "Tên", Recorded);

        Assert.Equal((FindingTargetKind.Assignment, (Guid?)assignmentId, (Guid?)unitId, (Guid?)documentId),
            (finding.TargetKind, finding.AssignmentId, finding.UnitId, finding.DocumentId));
        Assert.Equal(FollowUpState.Open, finding.FollowUp);
        Assert.Equal(("Nội dung", "Kiến nghị"), (finding.Description, finding.Recommendation));
        Assert.Null(finding.UpdatedAtUtc);
    }

    [Fact]
    public void A_finding_on_a_unit_has_no_document_and_one_on_a_document_no_unit()
    {
        var onUnit = Finding.OnUnit(Guid.CreateVersion7(), FindingSeverity.Low, "Nội dung", "Kiến nghị", "id", "Tên", Recorded);
        var onDocument = Finding.OnDocument(Guid.CreateVersion7(), FindingSeverity.Low, "Nội dung", "Kiến nghị", "id", "Tên", Recorded);

        Assert.Equal((FindingTargetKind.Unit, true, false), (onUnit.TargetKind, onUnit.UnitId is not null, onUnit.DocumentId is not null));
        Assert.Equal((FindingTargetKind.Document, false, true), (onDocument.TargetKind, onDocument.UnitId is not null, onDocument.DocumentId is not null));
    }

    [Theory]
    [InlineData("", "Kiến nghị", nameof(Finding.Description))]
    [InlineData("Nội dung", "  ", nameof(Finding.Recommendation))]
    public void A_finding_needs_a_description_and_a_recommendation(string description, string recommendation, string field)
    {
        var error = Assert.Throws<DomainRuleException>(() => AFinding(description, recommendation));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_description_longer_than_the_limit_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => AFinding(new string('a', Finding.DescriptionMaxLength + 1)));

        Assert.Equal(nameof(Finding.Description), error.Field);
    }

    [Fact]
    public void Updating_the_follow_up_records_the_state_the_note_and_when()
    {
        var finding = AFinding();
        var at = Recorded.AddDays(3);

        finding.UpdateFollowUp(FollowUpState.InProgress, " Đơn vị đang nhắn tin bổ sung. ", at);

        Assert.Equal((FollowUpState.InProgress, "Đơn vị đang nhắn tin bổ sung.", (DateTime?)at), (finding.FollowUp, finding.FollowUpNote, finding.UpdatedAtUtc));
    }

    [Theory]
    [InlineData(FollowUpState.Resolved)]
    [InlineData(FollowUpState.Closed)]
    public void Saying_a_finding_is_corrected_or_closed_needs_a_note(FollowUpState state)
    {
        var finding = AFinding();

        var error = Assert.Throws<DomainRuleException>(() => finding.UpdateFollowUp(state, " ", Recorded));

        Assert.Equal(nameof(Finding.FollowUpNote), error.Field);
        Assert.Equal(FollowUpState.Open, finding.FollowUp);
    }

    [Fact]
    public void A_closed_finding_changes_no_more()
    {
        var finding = AFinding();
        finding.UpdateFollowUp(FollowUpState.Closed, "Đã kiểm tra lại, kết thúc.", Recorded);

        Assert.Throws<DomainRuleException>(() => finding.UpdateFollowUp(FollowUpState.Open, null, Recorded));
        Assert.Equal(FollowUpState.Closed, finding.FollowUp);
    }
}
