using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Exports.ExportReading;

namespace SoTTTT.Portal.IntegrationTests.Exports;

/// <summary>The periodic summary report: a Báo cáo draft to UBND tỉnh, pre-filled with the database's figures.</summary>
public sealed class SummaryReportTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task The_summary_of_the_founding_dispatch_is_a_report_draft_with_its_figures_that_prints_as_a_draft()
    {
        var dispatchId = await portal.AntiFraudDispatchIdAsync();
        var dispatch = await portal.OutgoingAsync(dispatchId);
        var sql = (await portal.SendAsync(new GetComplianceSummaryQuery(ComplianceGrouping.Document, dispatchId), DemoUsers.Leader)).Single();

        var id = await portal.SendAsync(new DraftSummaryReportCommand(dispatch.IssuedOn, portal.Today(), dispatchId), DemoUsers.Specialist);

        var report = await portal.OutgoingAsync(id, DemoUsers.Specialist);
        Assert.Equal(DocumentType.BaoCao, report.Type);
        Assert.Equal(OutgoingStatus.Draft, report.Status);
        Assert.Contains(dispatch.NumberAndSymbol, report.Summary, StringComparison.Ordinal);
        Assert.Equal(["Tình hình triển khai", "Kết quả thực hiện", "Tồn tại, hạn chế", "Đề xuất, kiến nghị"], report.Sections.Select(s => s.Heading));
        var results = report.Sections[1].Body;
        Assert.Contains($"trong tổng số {sql.Total} lượt nhiệm vụ", results, StringComparison.Ordinal);
        Assert.Contains($"- {sql.CompletedOnTime} lượt hoàn thành đúng hạn", results, StringComparison.Ordinal);
        Assert.Contains($"- {sql.OpenOverdue} lượt chưa hoàn thành, đã quá hạn", results, StringComparison.Ordinal);
        Assert.Contains(report.Distribution, l => l.Purpose == DistributionPurpose.Report && l.Text == "UBND tỉnh");
        Assert.Contains(report.Cited, c => c.NumberSymbol == "716/CAT-PC02");
        Assert.Equal(dispatch.SignerName, report.SignerName);
        Assert.Empty(report.FormatIssues);

        var pdf = PdfText((await portal.SendAsync(new ExportOutgoingDocumentQuery(id), DemoUsers.Specialist)).Content);
        Assert.Contains("DỰ THẢO", pdf, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", pdf, StringComparison.Ordinal);
        Assert.Contains("Tồn tại, hạn chế", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_without_directives_is_refused_and_writes_nothing()
    {
        var before = await portal.ExecuteDbContextAsync(db => db.OutgoingDocuments.CountAsync());

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() =>
            portal.SendAsync(new DraftSummaryReportCommand(new DateOnly(2001, 1, 1), new DateOnly(2001, 3, 31)), DemoUsers.Specialist));

        Assert.Equal("Trong kỳ đã chọn Sở không ban hành văn bản chỉ đạo nào có nhiệm vụ.", refusal.Message);
        Assert.Equal(before, await portal.ExecuteDbContextAsync(db => db.OutgoingDocuments.CountAsync()));
    }

    [Fact]
    public async Task A_future_or_backwards_period_is_refused_and_a_reporter_may_not_draft_it()
    {
        var today = portal.Today();

        var future = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new DraftSummaryReportCommand(today, today.AddDays(1)), DemoUsers.Specialist));
        var backwards = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new DraftSummaryReportCommand(today, today.AddDays(-1)), DemoUsers.Specialist));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            portal.SendAsync(new DraftSummaryReportCommand(today.AddDays(-30), today), DemoUsers.VnptReporter));

        Assert.Equal("Kỳ báo cáo không được ở tương lai.", Assert.Single(future.Errors["To"]));
        Assert.Equal("Ngày bắt đầu kỳ báo cáo phải trước ngày kết thúc.", Assert.Single(backwards.Errors["To"]));
    }
}
