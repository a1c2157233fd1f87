using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Inspection;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Core.Features.Inspection;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.IntegrationTests.Builders;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Exports.ExportReading;

namespace SoTTTT.Portal.IntegrationTests.Inspection;

/// <summary>
/// DESIGN §1 and §4: the inspectorate records findings on an assignment, a unit or an issued document and evaluates a unit's
/// compliance with a directive; leaders and specialists read them; nobody else does; inspectors change no document or report.
/// </summary>
public sealed class InspectionTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private async Task<Core.Domain.Tasks.Assignment> VnptAssignmentAsync() =>
        await portal.AssignmentOfAsync(await portal.AntiFraudDispatchIdAsync(), "VNPTTV");

    private static RecordFindingCommand AFindingOn(Guid assignmentId, FindingSeverity severity = FindingSeverity.High) =>
        new(FindingTargetKind.Assignment, assignmentId, severity,
            "Đơn vị chưa nhắn tin cảnh báo đến thuê bao trả sau.", "Bổ sung nhắn tin đến thuê bao trả sau trong 5 ngày làm việc.");

    [Fact]
    public async Task An_inspector_records_a_finding_on_an_assignment_and_it_carries_the_unit_and_the_directive()
    {
        var assignment = await VnptAssignmentAsync();

        var id = await portal.SendAsync(AFindingOn(assignment.Id), DemoUsers.Inspector);

        var stored = await portal.ExecuteDbContextAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.Id == id));
        Assert.Equal((FindingTargetKind.Assignment, assignment.Id, assignment.UnitId, assignment.DocumentId),
            (stored.TargetKind, stored.AssignmentId, stored.UnitId, stored.DocumentId));
        Assert.Equal(FollowUpState.Open, stored.FollowUp);
        var read = await portal.SendAsync(new GetFindingQuery(id), DemoUsers.Leader);
        Assert.Equal("VNPT Trà Vinh", read.UnitName);
        Assert.NotNull(read.TaskTitle);
        Assert.NotNull(read.DocumentNumberAndSymbol);
    }

    [Fact]
    public async Task A_finding_on_an_unknown_target_is_a_field_error_and_writes_nothing()
    {
        var before = await portal.CountAsync<Finding>();

        var error = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(AFindingOn(Guid.CreateVersion7()), DemoUsers.Inspector));

        Assert.Contains(nameof(RecordFindingCommand.TargetId), error.Errors.Keys);
        Assert.Equal(before, await portal.CountAsync<Finding>());
    }

    [Fact]
    public async Task A_finding_on_a_draft_document_is_refused()
    {
        var draft = await portal.DraftAsync(OutgoingDraftCommandBuilder.ADraftOf(await portal.UnitIdAsync("BCVTCNTT")));

        await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(
            new RecordFindingCommand(FindingTargetKind.Document, draft.Id, FindingSeverity.Low, "Nội dung", "Kiến nghị"), DemoUsers.Inspector));
    }

    [Fact]
    public async Task A_finding_without_description_is_a_field_error()
    {
        var assignment = await VnptAssignmentAsync();

        var error = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(
            AFindingOn(assignment.Id) with { Description = "   " }, DemoUsers.Inspector));

        Assert.Contains(nameof(RecordFindingCommand.Description), error.Errors.Keys);
    }

    [Fact]
    public async Task A_unit_reporter_can_neither_record_nor_read_findings()
    {
        var assignment = await VnptAssignmentAsync();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(AFindingOn(assignment.Id), DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ListFindingsQuery(), DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ListEvaluationsQuery(), DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            portal.SendAsync(new ExportFindingsQuery(new ListFindingsQuery(), ExportFormat.Excel), DemoUsers.VnptReporter));
    }

    [Fact]
    public async Task A_leader_reads_findings_but_cannot_record_or_update_them()
    {
        var assignment = await VnptAssignmentAsync();
        var id = await portal.SendAsync(AFindingOn(assignment.Id), DemoUsers.Inspector);

        var list = await portal.SendAsync(new ListFindingsQuery(AssignmentId: assignment.Id), DemoUsers.Leader);

        Assert.Contains(list.Items, f => f.Id == id);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(AFindingOn(assignment.Id), DemoUsers.Leader));
        var finding = list.Items.Single(f => f.Id == id);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(
            new UpdateFindingFollowUpCommand(id, finding.Version, FollowUpState.Resolved, "Đã khắc phục."), DemoUsers.Leader));
    }

    [Fact]
    public async Task The_list_filters_by_severity_state_unit_and_directive()
    {
        var documentId = await portal.AntiFraudDispatchIdAsync();
        var vnpt = await portal.AssignmentOfAsync(documentId, "VNPTTV");
        var viettel = await portal.AssignmentOfAsync(documentId, "VIETTELTV");
        var critical = await portal.SendAsync(AFindingOn(vnpt.Id, FindingSeverity.Critical), DemoUsers.Inspector);
        var low = await portal.SendAsync(AFindingOn(viettel.Id, FindingSeverity.Low), DemoUsers.Inspector);
        var onUnit = await portal.SendAsync(new RecordFindingCommand(FindingTargetKind.Unit, vnpt.UnitId, FindingSeverity.Medium,
            "Đơn vị chưa cử đầu mối phối hợp.", "Cử đầu mối phối hợp."), DemoUsers.Inspector);
        var lowRow = (await portal.SendAsync(new GetFindingQuery(low), DemoUsers.Inspector));
        await portal.SendAsync(new UpdateFindingFollowUpCommand(low, lowRow.Version, FollowUpState.InProgress, null), DemoUsers.Inspector);

        var bySeverity = await portal.SendAsync(new ListFindingsQuery(Severity: FindingSeverity.Critical), DemoUsers.Specialist);
        var byState = await portal.SendAsync(new ListFindingsQuery(State: FollowUpState.InProgress), DemoUsers.Specialist);
        var byUnit = await portal.SendAsync(new ListFindingsQuery(UnitId: vnpt.UnitId), DemoUsers.Specialist);
        var byDirective = await portal.SendAsync(new ListFindingsQuery(DocumentId: documentId), DemoUsers.Specialist);
        var tomorrow = portal.Today().AddDays(1);
        var future = await portal.SendAsync(new ListFindingsQuery(From: tomorrow), DemoUsers.Specialist);

        Assert.All(bySeverity.Items, f => Assert.Equal(FindingSeverity.Critical, f.Severity));
        Assert.Contains(bySeverity.Items, f => f.Id == critical);
        Assert.Contains(byState.Items, f => f.Id == low);
        Assert.All(byState.Items, f => Assert.Equal(FollowUpState.InProgress, f.FollowUp));
        Assert.Contains(byUnit.Items, f => f.Id == onUnit);
        Assert.Contains(byUnit.Items, f => f.Id == critical);
        Assert.DoesNotContain(byUnit.Items, f => f.Id == low);
        Assert.DoesNotContain(byDirective.Items, f => f.Id == onUnit);
        Assert.Contains(byDirective.Items, f => f.Id == low);
        Assert.Empty(future.Items);
    }

    [Fact]
    public async Task A_follow_up_against_an_old_version_is_refused()
    {
        var assignment = await VnptAssignmentAsync();
        var id = await portal.SendAsync(AFindingOn(assignment.Id), DemoUsers.Inspector);
        var loaded = await portal.SendAsync(new GetFindingQuery(id), DemoUsers.Inspector);
        await portal.SendAsync(new UpdateFindingFollowUpCommand(id, loaded.Version, FollowUpState.InProgress, null), DemoUsers.Inspector);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => portal.SendAsync(
            new UpdateFindingFollowUpCommand(id, loaded.Version, FollowUpState.Closed, "Kết thúc."), DemoUsers.Inspector));
    }

    [Fact]
    public async Task The_evaluation_is_one_per_unit_and_directive_and_a_new_one_replaces_it()
    {
        var assignment = await VnptAssignmentAsync();

        var first = await portal.SendAsync(new EvaluateUnitComplianceCommand(assignment.UnitId, assignment.DocumentId, ComplianceRating.Unsatisfactory,
            "Chưa báo cáo đúng hạn."), DemoUsers.Inspector);
        var second = await portal.SendAsync(new EvaluateUnitComplianceCommand(assignment.UnitId, assignment.DocumentId, ComplianceRating.Good,
            "Đã khắc phục, báo cáo đầy đủ."), DemoUsers.Inspector);

        Assert.Equal(first, second);
        var evaluations = await portal.SendAsync(new ListEvaluationsQuery(assignment.DocumentId), DemoUsers.Leader);
        var only = Assert.Single(evaluations, e => e.UnitId == assignment.UnitId);
        Assert.Equal((ComplianceRating.Good, "Đã khắc phục, báo cáo đầy đủ."), (only.Rating, only.Comment));
    }

    [Fact]
    public async Task A_unit_without_an_assignment_of_the_directive_cannot_be_evaluated_on_it()
    {
        var documentId = await portal.AntiFraudDispatchIdAsync();
        var unassigned = await portal.ExecuteDbContextAsync(db =>
            db.OrgUnits.Where(u => !db.Assignments.Any(a => a.UnitId == u.Id && a.DocumentId == documentId)).Select(u => u.Id).FirstAsync());

        var error = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(
            new EvaluateUnitComplianceCommand(unassigned, documentId, ComplianceRating.Good, null), DemoUsers.Inspector));

        Assert.Contains(nameof(EvaluateUnitComplianceCommand.DocumentId), error.Errors.Keys);
    }

    [Fact]
    public async Task An_inspector_cannot_edit_a_draft_or_accept_a_report()
    {
        var draft = await portal.DraftAsync(OutgoingDraftCommandBuilder.ADraftOf(await portal.UnitIdAsync("BCVTCNTT")));
        var reportId = await portal.ExecuteDbContextAsync(db => db.ProgressReports.Select(r => r.Id).FirstAsync());

        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            portal.SendAsync(OutgoingDraftCommandBuilder.EditOf(draft), DemoUsers.Inspector));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            portal.SendAsync(new AcceptProgressReportCommand(reportId), DemoUsers.Inspector));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            portal.SendAsync(new SubmitOutgoingDocumentCommand(draft.Id, draft.Version), DemoUsers.Inspector));
    }

    [Fact]
    public async Task The_findings_workbook_has_typed_dates_and_one_row_per_finding()
    {
        var assignment = await VnptAssignmentAsync();
        await portal.SendAsync(AFindingOn(assignment.Id, FindingSeverity.Critical), DemoUsers.Inspector);
        var expected = (await portal.SendAsync(new ListFindingsQuery(Severity: FindingSeverity.Critical), DemoUsers.Inspector)).TotalCount;

        var file = await portal.SendAsync(new ExportFindingsQuery(new ListFindingsQuery(Severity: FindingSeverity.Critical), ExportFormat.Excel), DemoUsers.Inspector);

        Assert.Equal(ExportFile.ExcelContentType, file.ContentType);
        var rows = Rows(file.Content, "Phát hiện thanh tra");
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.IsType<DateTime>(r["Ngày ghi nhận"]));
        Assert.All(rows, r => Assert.Equal("Nghiêm trọng", r["Mức độ"]));
    }

    [Fact]
    public async Task The_findings_pdf_has_the_title_the_filters_and_page_numbers()
    {
        var assignment = await VnptAssignmentAsync();
        await portal.SendAsync(AFindingOn(assignment.Id), DemoUsers.Inspector);

        var file = await portal.SendAsync(new ExportFindingsQuery(new ListFindingsQuery(UnitId: assignment.UnitId)), DemoUsers.Specialist);

        Assert.Equal(ExportFile.PdfContentType, file.ContentType);
        var text = PdfText(file.Content);
        Assert.Contains(ExportFindingsHandler.Title, text, StringComparison.Ordinal);
        Assert.Contains("Trang 1/", text, StringComparison.Ordinal);
        Assert.Contains("Đơn vị:", text, StringComparison.Ordinal);
        Assert.Contains("Đơn vị chưa nhắn tin cảnh báo", text, StringComparison.Ordinal);
    }
}
