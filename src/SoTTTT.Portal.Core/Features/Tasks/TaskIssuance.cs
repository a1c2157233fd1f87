using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Calendar;

namespace SoTTTT.Portal.Core.Features.Tasks;

/// <summary>
/// Turns a directive's planned tasks into assignments when it is issued, inside the issuing
/// transaction: groups are expanded as they stand that day, so later changes of membership do
/// not alter what was assigned.
/// </summary>
public static class TaskIssuance
{
    /// <summary>Refuses to submit a draft whose tasks point at sections it no longer has.</summary>
    public static async Task EnsureTasksFitSectionsAsync(IPortalDbContext db, OutgoingDocument document, CancellationToken cancellationToken)
    {
        var orphan = await db.DirectiveTasks
            .Where(t => t.DocumentId == document.Id && t.SectionNumber > document.Sections.Count)
            .Select(t => t.Title)
            .FirstOrDefaultAsync(cancellationToken);
        if (orphan is not null)
            throw new DomainRuleException("Có nhiệm vụ gắn với một mục không còn trong văn bản; hãy sửa hoặc xóa nhiệm vụ đó.", "Tasks");
    }

    /// <summary>Issues the document's tasks and returns the units they were assigned to.</summary>
    public static async Task<IReadOnlyCollection<Guid>> IssueAsync(
        IPortalDbContext db, OutgoingDocument document, DateOnly issuedOn, DateTime atUtc, CancellationToken cancellationToken)
    {
        var tasks = await db.DirectiveTasks
            .Include(t => t.Indicators).Include(t => t.Assignees)
            .Where(t => t.DocumentId == document.Id)
            .ToListAsync(cancellationToken);
        if (tasks.Count == 0)
            return [];

        var groupIds = tasks.SelectMany(t => t.Assignees).Where(a => a.GroupId is not null).Select(a => a.GroupId!.Value).Distinct().ToList();
        var members = (await db.UnitGroupMembers
                .Where(m => groupIds.Contains(m.GroupId))
                .Join(db.OrgUnits.Where(u => u.ActiveTo == null), m => m.UnitId, u => u.Id, (m, _) => new { m.GroupId, m.UnitId })
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.GroupId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)[.. g.Select(m => m.UnitId)]);
        var calendar = await WorkingCalendars.LoadAsync(db, cancellationToken);

        var assigned = new HashSet<Guid>();
        foreach (var task in tasks)
        {
            foreach (var assignment in task.Issue(issuedOn, atUtc, calendar, members))
            {
                db.Assignments.Add(assignment);
                assigned.Add(assignment.UnitId);
            }
        }
        return assigned;
    }
}
