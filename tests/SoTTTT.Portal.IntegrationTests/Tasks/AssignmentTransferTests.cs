using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Tasks;

/// <summary>DESIGN §2: units merge; open assignments move to the successor, completed ones stay with the unit that did them.</summary>
public sealed class AssignmentTransferTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task Merged_units_open_assignments_move_to_the_successor_and_completed_ones_stay()
    {
        var open = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, portal.Today().AddDays(30)));
        var done = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, portal.Today().AddDays(30)));
        var completed = await portal.AssignmentOfAsync(done, "VNMOBILETV");
        await portal.ExecuteDbContextAsync(async db =>
        {
            var assignment = await db.Assignments.SingleAsync(a => a.Id == completed.Id);
            var report = assignment.SubmitReport(new(portal.Today(), portal.Today(), "Đã nhắn tin.", 100, [], null, true), "seed", DateTime.UtcNow, portal.Today());
            db.ProgressReports.Add(report);
            assignment.AcceptReport(report, "seed", DateTime.UtcNow, null);
            await db.SaveChangesAsync();
        });
        var vnmobile = await portal.UnitIdAsync("VNMOBILETV");
        var mobifone = await portal.UnitIdAsync("MOBIFONETV");
        var unit = await portal.SendAsync(new GetOrgUnitQuery(vnmobile), DemoUsers.Administrator);
        var openOfVnmobileOnOtherTasks = await portal.ExecuteDbContextAsync(db => db.Assignments.CountAsync(a => a.UnitId == vnmobile && a.CompletedOn == null));

        await portal.SendAsync(new DeactivateOrgUnitCommand(vnmobile, unit.Version, portal.Today(), mobifone), DemoUsers.Administrator);

        // MobiFone already holds the same tasks (the telecom group), so nothing of these two moves; an own task would.
        Assert.Equal(vnmobile, (await portal.AssignmentOfAsync(done, "VNMOBILETV")).UnitId);
        Assert.Equal(openOfVnmobileOnOtherTasks, await portal.ExecuteDbContextAsync(db => db.Assignments.CountAsync(a => a.UnitId == vnmobile && a.CompletedOn == null)));
        Assert.Equal(vnmobile, (await portal.AssignmentOfAsync(open, "VNMOBILETV")).UnitId);
        Assert.Single(await portal.ExecuteDbContextAsync(db => db.Assignments.Where(a => a.DocumentId == open && a.UnitId == mobifone).ToListAsync()));
    }

    [Fact]
    public async Task Open_assignment_the_successor_does_not_hold_moves_to_it()
    {
        var vnpt = await portal.UnitIdAsync("VNPTTV");
        var documentId = await portal.IssueWithTaskAsync(async id => await portal.SmsTaskAsync(id, portal.Today().AddDays(30)) with
        {
            Assignees = [new(vnpt, null, Core.Domain.Tasks.AssignmentRole.Lead)],
        });
        var viettel = await portal.UnitIdAsync("VIETTELTV");
        await portal.ExecuteDbContextAsync(async db =>
        {
            var assignment = await db.Assignments.SingleAsync(a => a.DocumentId == documentId);
            Assert.Equal(vnpt, assignment.UnitId);
        });
        var unit = await portal.SendAsync(new GetOrgUnitQuery(vnpt), DemoUsers.Administrator);

        await portal.SendAsync(new DeactivateOrgUnitCommand(vnpt, unit.Version, portal.Today(), viettel), DemoUsers.Administrator);

        var moved = await portal.ExecuteDbContextAsync(db => db.Assignments.SingleAsync(a => a.DocumentId == documentId));
        Assert.Equal(viettel, moved.UnitId);
        var list = await portal.SendAsync(new ListMyAssignmentsQuery(PageSize: 200), "viettel");
        Assert.Contains(list.Items, i => i.Id == moved.Id);
    }
}
