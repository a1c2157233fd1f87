using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.IntegrationTests.Audit;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Tasks;

/// <summary>
/// A report tells its directive's division. The notifications of a command are written together, in its transaction:
/// they read like any other, and the command's audit entry lists them.
/// </summary>
public sealed class ReportNotificationTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task A_report_tells_the_division_s_specialist_and_its_audit_entry_lists_the_notification()
    {
        var document = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, portal.Today().AddDays(10)));
        var assignment = await portal.AssignmentOfAsync(document, "VNPTTV");

        var report = await portal.SendAsync(new SubmitProgressReportCommand(
            assignment.Id, portal.Today().AddDays(-1), portal.Today(), "Đã nhắn tin cảnh báo.", 30, [], null, false), DemoUsers.VnptReporter);

        var told = Assert.Single(await portal.NotificationsAsync(DemoUsers.Specialist, AssignmentLinks.Of(assignment.Id)));
        Assert.Equal("Đơn vị gửi báo cáo tiến độ", told.Title);
        Assert.Null(told.ReadAtUtc);
        var submitted = await portal.ExecuteDbContextAsync(db => db.ProgressReports.Where(r => r.Id == report).Select(r => r.SubmittedAtUtc).SingleAsync());
        Assert.InRange(told.CreatedAtUtc, submitted, submitted.AddMinutes(1));
        // Found again by its id, as the inbox marks it read.
        Assert.Equal(told.Title, await portal.ExecuteDbContextAsync(db => db.Notifications.Where(n => n.Id == told.Id).Select(n => n.Title).SingleAsync()));

        var entry = await portal.LastAuditEntryAsync();
        Assert.Equal(nameof(SubmitProgressReportCommand), entry.Action);
        using var summary = JsonDocument.Parse(entry.Summary);
        Assert.Contains(summary.RootElement.GetProperty("changes").EnumerateArray(), change =>
            change.GetProperty("entity").GetString() == "Notification" && change.GetProperty("id").GetString() == told.Id.ToString());
    }
}
