using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Exports.ExportReading;

namespace SoTTTT.Portal.IntegrationTests.Exports;

/// <summary>
/// The exports through the mediator against the demo database: each file holds what its sender may read,
/// the figures agree with the database, and a refusal writes nothing.
/// </summary>
public sealed class ExportQueryTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task The_founding_dispatch_prints_for_a_recipient_unit_and_is_not_found_for_the_police()
    {
        var id = await portal.AntiFraudDispatchIdAsync();
        var view = await portal.OutgoingAsync(id);

        var file = await portal.SendAsync(new ExportOutgoingDocumentQuery(id), DemoUsers.VnptReporter);

        Assert.Equal(ExportFile.PdfContentType, file.ContentType);
        Assert.EndsWith(".pdf", file.FileName, StringComparison.Ordinal);
        var text = PdfText(file.Content);
        Assert.Contains($"Số: {view.NumberAndSymbol}", text, StringComparison.Ordinal);
        Assert.Contains("Kính gửi:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DỰ THẢO", text, StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new ExportOutgoingDocumentQuery(id), DocumentDemoUsers.PoliceReporter));
    }

    [Fact]
    public async Task The_compliance_workbook_holds_every_assignment_with_typed_dates_and_the_sql_totals()
    {
        var id = await portal.AntiFraudDispatchIdAsync();
        var assignments = await portal.ExecuteDbContextAsync(db => db.Assignments.CountAsync(a => a.DocumentId == id));

        var file = await portal.SendAsync(new ExportComplianceReportQuery(id, Format: ExportFormat.Excel), DemoUsers.Leader);

        Assert.Equal(ExportFile.ExcelContentType, file.ContentType);
        Assert.Equal(["Tổng hợp", "Ma trận", "Chi tiết", "Số liệu"], SheetNames(file.Content));
        var detail = Rows(file.Content, "Chi tiết");
        Assert.Equal(assignments, detail.Count);
        Assert.Contains(detail, r => r["Hạn xử lý"] is DateTime);
        Assert.All(detail, r => Assert.IsNotType<string>(r["Tiến độ (%)"]));

        var sql = (await portal.SendAsync(new GetComplianceSummaryQuery(ComplianceGrouping.Document, id), DemoUsers.Leader)).Single();
        var total = Rows(file.Content, "Tổng hợp").First();
        Assert.Equal("Tất cả đơn vị", total["Nhóm"]);
        Assert.Equal(
            (sql.CompletedOnTime, sql.CompletedLate, sql.OpenOnTime, sql.OpenOverdue, sql.Total),
            (Int(total["Hoàn thành đúng hạn"]), Int(total["Hoàn thành quá hạn"]), Int(total["Chưa hoàn thành – trong hạn"]),
             Int(total["Chưa hoàn thành – quá hạn"]), Int(total["Tổng số"])));

        // The matrix: one row per unit, one column per task.
        var units = await portal.ExecuteDbContextAsync(db => db.Assignments.Where(a => a.DocumentId == id).Select(a => a.UnitId).Distinct().CountAsync());
        Assert.Equal(units, Rows(file.Content, "Ma trận").Count);
    }

    [Fact]
    public async Task The_compliance_report_filtered_by_unit_kind_lists_only_that_kind()
    {
        var id = await portal.AntiFraudDispatchIdAsync();

        var file = await portal.SendAsync(new ExportComplianceReportQuery(id, OrgUnitKind.TelecomEnterprise, Format: ExportFormat.Excel), DemoUsers.Inspector);

        var detail = Rows(file.Content, "Chi tiết");
        Assert.NotEmpty(detail);
        Assert.All(detail, r => Assert.Equal("Doanh nghiệp viễn thông", r["Loại đơn vị"]));
    }

    [Fact]
    public async Task The_compliance_pdf_names_every_assigned_unit_with_its_filters_and_page_numbers()
    {
        var id = await portal.AntiFraudDispatchIdAsync();
        var units = await portal.ExecuteDbContextAsync(db =>
            db.Assignments.Where(a => a.DocumentId == id).Join(db.OrgUnits, a => a.UnitId, u => u.Id, (a, u) => u.ShortName).Distinct().ToListAsync());

        var file = await portal.SendAsync(new ExportComplianceReportQuery(id), DemoUsers.Leader);

        var pages = PdfPages(file.Content);
        var text = string.Join(" ", pages);
        Assert.Contains(ExportComplianceReportHandler.Title, text, StringComparison.Ordinal);
        Assert.Contains("Loại đơn vị: Tất cả", text, StringComparison.Ordinal);
        foreach (var unit in units)
            Assert.Contains(unit, text, StringComparison.Ordinal);
        for (var i = 0; i < pages.Count; i++)
            Assert.Contains($"Trang {i + 1}/{pages.Count}", pages[i], StringComparison.Ordinal);
        Assert.True(IsNfc(text));
    }

    [Fact]
    public async Task A_reporter_may_not_export_the_compliance_report_or_the_departments_lists()
    {
        var id = await portal.AntiFraudDispatchIdAsync();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ExportComplianceReportQuery(id), DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ExportAssignmentsQuery(new ListAssignmentsQuery()), DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ExportIncomingDocumentsQuery(new ListIncomingDocumentsQuery()), DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ExportReviewQueueQuery(), DemoUsers.Leader));
    }

    [Fact]
    public async Task A_reporters_history_holds_only_its_own_units_reports_and_another_units_id_is_not_found()
    {
        var vnpt = await portal.UnitIdAsync("VNPTTV");
        var viettel = await portal.UnitIdAsync("VIETTELTV");
        var own = await portal.ExecuteDbContextAsync(db => db.ProgressReports.CountAsync(r => r.UnitId == vnpt));
        Assert.True(own > 0, "the demo holds VNPT's reports");

        var history = await portal.SendAsync(new ListUnitReportsQuery(), DemoUsers.VnptReporter);
        var workbook = await portal.SendAsync(new ExportUnitReportHistoryQuery(Format: ExportFormat.Excel), DemoUsers.VnptReporter);

        Assert.Equal(vnpt, history.UnitId);
        Assert.Equal(own, history.Reports.Count);
        var rows = Rows(workbook.Content, "Lịch sử báo cáo");
        Assert.Equal(own, rows.Count);
        Assert.All(rows, r => Assert.IsType<DateTime>(r["Từ ngày"]));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new ListUnitReportsQuery(viettel), DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new ExportUnitReportHistoryQuery(viettel), DemoUsers.VnptReporter));
    }

    [Fact]
    public async Task The_department_names_the_unit_and_a_period_that_ends_before_it_starts_is_refused()
    {
        var vnpt = await portal.UnitIdAsync("VNPTTV");
        var today = portal.Today();

        var noUnit = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(new ListUnitReportsQuery(), DemoUsers.Specialist));
        var backwards = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new ExportUnitReportHistoryQuery(vnpt, From: today, To: today.AddDays(-1)), DemoUsers.Specialist));
        var pdf = await portal.SendAsync(new ExportUnitReportHistoryQuery(vnpt), DemoUsers.Inspector);

        Assert.Equal("Hãy chọn đơn vị.", Assert.Single(noUnit.Errors["UnitId"]));
        Assert.Equal("Ngày bắt đầu phải trước ngày kết thúc.", Assert.Single(backwards.Errors["To"]));
        Assert.Contains("Viễn thông Trà Vinh", PdfText(pdf.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_keeps_only_the_reports_sent_within_it()
    {
        var vnpt = await portal.UnitIdAsync("VNPTTV");
        var all = await portal.SendAsync(new ListUnitReportsQuery(vnpt), DemoUsers.Leader);
        var first = all.Reports.Min(r => r.SubmittedAtUtc);
        var day = DateOnly.FromDateTime(Core.Common.PortalTime.ToLocal(first));

        var within = await portal.SendAsync(new ListUnitReportsQuery(vnpt, From: day, To: day), DemoUsers.Leader);

        Assert.NotEmpty(within.Reports);
        Assert.All(within.Reports, r => Assert.Equal(day, DateOnly.FromDateTime(Core.Common.PortalTime.ToLocal(r.SubmittedAtUtc))));
        Assert.True(within.Reports.Count < all.Reports.Count || all.Reports.All(r => DateOnly.FromDateTime(Core.Common.PortalTime.ToLocal(r.SubmittedAtUtc)) == day));
    }

    [Fact]
    public async Task List_workbooks_hold_every_row_of_the_filter_not_one_page()
    {
        var listed = await portal.SendAsync(new ListAssignmentsQuery(PageSize: 1), DemoUsers.Leader);
        var mine = await portal.SendAsync(new ListMyAssignmentsQuery(IncludeCompleted: true, PageSize: 1), DemoUsers.VnptReporter);

        var assignments = await portal.SendAsync(new ExportAssignmentsQuery(new ListAssignmentsQuery(PageSize: 1)), DemoUsers.Leader);
        var own = await portal.SendAsync(new ExportMyAssignmentsQuery(), DemoUsers.VnptReporter);
        var incoming = await portal.SendAsync(new ExportIncomingDocumentsQuery(new ListIncomingDocumentsQuery(Search: "716/CAT")), DemoUsers.Clerk);

        Assert.Equal(listed.TotalCount, Rows(assignments.Content, "Nhiệm vụ").Count);
        var ownRows = Rows(own.Content, "Nhiệm vụ của đơn vị");
        Assert.Equal(mine.TotalCount, ownRows.Count);
        Assert.All(ownRows, r => Assert.Equal("VNPT Trà Vinh", r["Đơn vị"]));
        var police = Assert.Single(Rows(incoming.Content, "Văn bản đến"));
        Assert.Equal("716/CAT-PC02", police["Số, ký hiệu"]);
        Assert.IsType<DateTime>(police["Ngày đến"]);
        Assert.IsNotType<string>(police["Số đến"]);
    }

    [Fact]
    public async Task The_other_lists_export_as_many_rows_as_they_list_with_typed_dates()
    {
        var outgoing = await portal.SendAsync(new ListOutgoingDocumentsQuery(PageSize: 1), DemoUsers.Clerk);
        var queue = await portal.SendAsync(new ListReportsAwaitingReviewQuery(PageSize: 1), DemoUsers.Specialist);
        var extensions = await portal.SendAsync(new ListExtensionRequestsQuery(PendingOnly: false, PageSize: 1), DemoUsers.Leader);
        var units = await portal.SendAsync(new Core.Features.Organisation.ListOrgUnitsQuery(PageSize: 1), DemoUsers.Clerk);
        var members = await portal.ExecuteDbContextAsync(db => db.UnitGroups.Where(g => g.IsActive).SelectMany(g => g.Members).CountAsync());
        var days = await portal.SendAsync(new Core.Features.Calendar.ListCalendarDaysQuery(2022), DemoUsers.Clerk);

        var outgoingRows = Rows((await portal.SendAsync(new ExportOutgoingDocumentsQuery(new ListOutgoingDocumentsQuery()), DemoUsers.Clerk)).Content, "Văn bản đi");
        var queueRows = Rows((await portal.SendAsync(new ExportReviewQueueQuery(), DemoUsers.Specialist)).Content, "Báo cáo chờ xem xét");
        var extensionRows = Rows((await portal.SendAsync(new ExportExtensionRequestsQuery(), DemoUsers.Leader)).Content, "Đề nghị gia hạn");
        var unitRows = Rows((await portal.SendAsync(new ExportOrgUnitsQuery(new Core.Features.Organisation.ListOrgUnitsQuery()), DemoUsers.Clerk)).Content, "Đơn vị");
        var memberRows = Rows((await portal.SendAsync(new ExportUnitGroupsQuery(), DemoUsers.Clerk)).Content, "Nhóm đơn vị");
        var dayRows = Rows((await portal.SendAsync(new ExportCalendarDaysQuery(2022), DemoUsers.Clerk)).Content, "Lịch nghỉ 2022");

        Assert.Equal(outgoing.TotalCount, outgoingRows.Count);
        Assert.Contains(outgoingRows, r => r["Ngày ban hành"] is DateTime);
        Assert.Equal(queue.TotalCount, queueRows.Count);
        Assert.All(queueRows, r => Assert.IsType<DateTime>(r["Ngày gửi"]));
        Assert.Equal(extensions.TotalCount, extensionRows.Count);
        Assert.All(extensionRows, r => Assert.IsType<DateTime>(r["Hạn đề nghị"]));
        Assert.Equal(units.TotalCount, unitRows.Count);
        Assert.Equal(members, memberRows.Count);
        Assert.Equal(days.Count, dayRows.Count);
        Assert.Contains(dayRows, r => Equals(r["Tên"], "Ngày Giải phóng miền Nam, thống nhất đất nước") || r["Loại ngày"] is "Ngày lễ");
    }

    private static int Int(object? value) => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
}
