using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Tasks;

/// <summary>The status roll-ups counted in SQL agree with the one rule applied to each assignment.</summary>
public sealed class ComplianceSummaryTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private DateOnly Today => portal.Today();

    private async Task CompleteAsync(Guid documentId, string unitCode)
    {
        var assignment = await portal.AssignmentOfAsync(documentId, unitCode);
        var user = unitCode == "VNPTTV" ? DemoUsers.VnptReporter : "viettel";
        var report = await portal.SendAsync(new SubmitProgressReportCommand(assignment.Id, Today.AddDays(-1), Today, "Đã hoàn thành.", 100, [], null, true), user);
        await portal.SendAsync(new AcceptProgressReportCommand(report), DemoUsers.Specialist);
    }

    [Fact]
    public async Task Counts_by_document_unit_and_unit_kind_match_each_assignments_status()
    {
        // Overdue since yesterday: VNPT completes today (late), the others stay overdue.
        var late = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(-1)));
        await CompleteAsync(late, "VNPTTV");
        // Due tomorrow: Viettel completes on time, the others are due soon.
        var soon = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(1)));
        await CompleteAsync(soon, "VIETTELTV");

        var byDocument = await portal.SendAsync(new GetComplianceSummaryQuery(ComplianceGrouping.Document), DemoUsers.Leader);
        var lateRow = byDocument.Single(r => r.Id == late);
        Assert.Equal((4, 0, 1, 0, 3, 0), (lateRow.Total, lateRow.CompletedOnTime, lateRow.CompletedLate, lateRow.OpenOnTime, lateRow.OpenOverdue, lateRow.DueSoon));
        var soonRow = byDocument.Single(r => r.Id == soon);
        Assert.Equal((4, 1, 0, 3, 0, 3), (soonRow.Total, soonRow.CompletedOnTime, soonRow.CompletedLate, soonRow.OpenOnTime, soonRow.OpenOverdue, soonRow.DueSoon));

        // Every assignment of the database, judged one by one, gives the same totals per unit kind and per unit.
        var all = await portal.SendAsync(new ListAssignmentsQuery(PageSize: 200), DemoUsers.Leader);
        Assert.True(all.TotalCount <= 200, "the fixture holds one page of assignments");
        var kinds = await portal.ExecuteDbContextAsync(db => db.OrgUnits.ToDictionaryAsync(u => u.Id, u => u.Kind));
        var byKind = await portal.SendAsync(new GetComplianceSummaryQuery(ComplianceGrouping.UnitKind), DemoUsers.Inspector);
        foreach (var group in all.Items.GroupBy(i => kinds[i.UnitId]))
        {
            var row = byKind.Single(r => r.Kind == group.Key);
            Assert.Equal(Expected(group), (row.Total, row.CompletedOnTime, row.CompletedLate, row.OpenOnTime, row.OpenOverdue, row.DueSoon, row.Stale));
        }
        var byUnit = await portal.SendAsync(new GetComplianceSummaryQuery(ComplianceGrouping.Unit, late), DemoUsers.Leader);
        Assert.Equal(4, byUnit.Count);
        var vnpt = await portal.UnitIdAsync("VNPTTV");
        Assert.Equal(1, byUnit.Single(r => r.Id == vnpt).CompletedLate);
    }

    [Fact]
    public async Task Reporter_cannot_read_the_province_wide_summary()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            portal.SendAsync(new GetComplianceSummaryQuery(ComplianceGrouping.UnitKind), DemoUsers.VnptReporter));
    }

    private static (int, int, int, int, int, int, int) Expected(IEnumerable<AssignmentRow> rows)
    {
        var list = rows.ToList();
        return (list.Count,
            list.Count(r => r.Standing.Status == ComplianceStatus.CompletedOnTime),
            list.Count(r => r.Standing.Status == ComplianceStatus.CompletedLate),
            list.Count(r => r.Standing.Status == ComplianceStatus.OpenOnTime),
            list.Count(r => r.Standing.Status == ComplianceStatus.OpenOverdue),
            list.Count(r => r.Standing.DueSoon),
            list.Count(r => r.Standing.Stale));
    }
}
