using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Infrastructure.Seeding;

namespace SoTTTT.Portal.EndToEndTests.Infrastructure;

/// <summary>Data the journeys need that no page of theirs creates, arranged in the test's own portal.</summary>
internal static class TaskArrangements
{
    public const string VnptTaskTitle = "Nhắn tin cảnh báo lừa đảo đến toàn bộ thuê bao trên địa bàn tỉnh";

    /// <summary>
    /// A task on the issued anti-fraud dispatch, led by VNPT Trà Vinh and due in a month, issued as
    /// the issuing step does it (planning tasks on a draft is another journey's page). Returns the
    /// id of VNPT's assignment.
    /// </summary>
    public static async Task<Guid> AssignTaskToVnptAsync(this PortalFixture portal, string title = VnptTaskTitle)
    {
        var assignmentId = Guid.Empty;
        await portal.ArrangeAsync(async services =>
        {
            var db = services.GetRequiredService<IPortalDbContext>();
            var clock = services.GetRequiredService<TimeProvider>();
            var document = await db.OutgoingDocuments.SingleAsync(d => d.Summary == DemoDocuments.AntiFraudSummary);
            var vnpt = await db.OrgUnits.SingleAsync(u => u.Code == "VNPTTV");
            var today = clock.Today();
            var task = DirectiveTask.Plan(document.Id, document.CreatedById, new TaskPlan(
                1, title, "Nhắn tin cảnh báo các thủ đoạn lừa đảo qua mạng đến toàn bộ thuê bao di động.", TaskPriority.High,
                new TaskDeadline(DeadlineKind.FixedDate, today.AddDays(30)),
                [new IndicatorPlan(null, "Số thuê bao đã nhắn tin cảnh báo", "thuê bao", 320_000)],
                [new AssigneePlan(vnpt.Id, null, AssignmentRole.Lead)]));
            db.DirectiveTasks.Add(task);
            var calendar = await WorkingCalendars.LoadAsync(db, CancellationToken.None);
            foreach (var assignment in task.Issue(today, clock.UtcNow(), calendar, new Dictionary<Guid, IReadOnlyList<Guid>>()))
            {
                db.Assignments.Add(assignment);
                assignmentId = assignment.Id;
            }
            await db.SaveChangesAsync(CancellationToken.None);
        });
        return assignmentId;
    }

    /// <summary>How many notifications <paramref name="userName"/> has not read yet: what the bell should show.</summary>
    public static async Task<int> UnreadNotificationsAsync(this PortalFixture portal, string userName)
    {
        var count = 0;
        await portal.ArrangeAsync(async services =>
        {
            var user = await services.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName)
                ?? throw new InvalidOperationException($"No demo account {userName}.");
            count = await services.GetRequiredService<IPortalDbContext>().Notifications
                .CountAsync(n => n.UserId == user.Id && n.ReadAtUtc == null);
        });
        return count;
    }
}
