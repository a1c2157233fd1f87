using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Infrastructure.Persistence;
using static SoTTTT.Portal.Infrastructure.Seeding.DemoClock;

namespace SoTTTT.Portal.Infrastructure.Seeding;

/// <summary>
/// Seeds the tasks of the anti-fraud dispatch, issues them as the dispatch was issued, and plays
/// each unit's story through the domain, as the units, the specialist and the leader would have.
/// Skipped when the dispatch already has tasks.
/// </summary>
internal sealed class DemoTaskSeeder(PortalDbContext db)
{
    private Dictionary<string, string> _userIds = [];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var dispatch = await db.OutgoingDocuments.SingleOrDefaultAsync(
            d => d.Summary == DemoDocuments.AntiFraudSummary && d.Status == OutgoingStatus.Issued, cancellationToken);
        if (dispatch is null || await db.DirectiveTasks.AnyAsync(t => t.DocumentId == dispatch.Id, cancellationToken))
            return;

        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, cancellationToken);
        var groups = await db.UnitGroups.ToDictionaryAsync(g => g.Code, g => g.Id, StringComparer.Ordinal, cancellationToken);
        _userIds = await db.Users.ToDictionaryAsync(u => u.UserName!, u => u.Id, StringComparer.Ordinal, cancellationToken);
        var members = (await db.UnitGroupMembers.OrderBy(m => m.Position).Select(m => new { m.GroupId, m.UnitId }).ToListAsync(cancellationToken))
            .GroupBy(m => m.GroupId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)[.. g.Select(m => m.UnitId)]);
        var calendar = await WorkingCalendars.LoadAsync(db, cancellationToken);

        var assignments = new Dictionary<(int Section, Guid UnitId), Assignment>();
        var tasks = new Dictionary<int, DirectiveTask>();
        foreach (var seed in DemoTasks.Tasks)
        {
            var task = DirectiveTask.Plan(dispatch.Id, _userIds["chuyenvien"], new TaskPlan(
                seed.SectionNumber, seed.Title, DemoDocuments.AntiFraudSections[seed.SectionNumber - 1].Body, seed.Priority, seed.Deadline,
                [.. seed.Indicators.Select(i => new IndicatorPlan(null, i.Name, i.UnitOfMeasure))],
                [.. seed.Assignees.Select(a => new AssigneePlan(
                    a.UnitCode is null ? null : units[a.UnitCode], a.GroupCode is null ? null : groups[a.GroupCode], a.Role))]));
            db.DirectiveTasks.Add(task);
            tasks.Add(seed.SectionNumber, task);
            foreach (var assignment in task.Issue(dispatch.IssuedOn!.Value, dispatch.IssuedAtUtc!.Value, calendar, members))
            {
                db.Assignments.Add(assignment);
                assignments.Add((seed.SectionNumber, assignment.UnitId), assignment);
            }
        }

        foreach (var story in DemoTasks.Stories)
            Play(tasks[story.SectionNumber], dispatch.IssuedOn!.Value, assignments[(story.SectionNumber, units[story.UnitCode])], story.Steps);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Play(DirectiveTask task, DateOnly issuedOn, Assignment assignment, IEnumerable<DemoTasks.Step> steps)
    {
        ProgressReport? lastReport = null;
        ExtensionRequest? lastExtension = null;
        foreach (var step in steps)
        {
            var userId = _userIds[step.UserName];
            var at = At(step.Day, step.Hour);
            switch (step)
            {
                case DemoTasks.Acknowledged:
                    assignment.Acknowledge(userId, at);
                    break;
                case DemoTasks.Reported report:
                    var values = task.Indicators.Zip(report.Values)
                        .Where(pair => pair.Second is not null)
                        .Select(pair => new IndicatorValueDraft(pair.First.Id, pair.Second!.Value))
                        .ToList();
                    lastReport = assignment.SubmitReport(
                        new ReportDraft(report.PeriodFrom, report.PeriodTo, report.Narrative, report.PercentDone, values, report.UnitReportNumber, report.ClaimsCompletion),
                        userId, at, step.Day);
                    db.ProgressReports.Add(lastReport);
                    break;
                case DemoTasks.Accepted accepted:
                    if (assignment.AcceptReport(lastReport!, userId, at, accepted.Note))
                    {
                        db.IndicatorFigures.RemoveRange(db.IndicatorFigures.Local.Where(f => f.AssignmentId == assignment.Id).ToList());
                        db.IndicatorFigures.AddRange(IndicatorFigure.Of(lastReport!, issuedOn, task.Indicators));
                    }
                    break;
                case DemoTasks.MoreRequested more:
                    assignment.RequestMore(lastReport!, userId, at, more.Reason);
                    break;
                case DemoTasks.ExtensionAsked asked:
                    lastExtension = assignment.RequestExtension(asked.NewDueDate, asked.Reason, userId, at, step.Day);
                    db.ExtensionRequests.Add(lastExtension);
                    break;
                case DemoTasks.ExtensionGranted granted:
                    assignment.ApproveExtension(lastExtension!, userId, at, granted.Note);
                    break;
                case DemoTasks.ExtensionRefused refused:
                    assignment.RefuseExtension(lastExtension!, userId, at, refused.Reason);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown demo step {step.GetType().Name}.");
            }
        }
    }
}
