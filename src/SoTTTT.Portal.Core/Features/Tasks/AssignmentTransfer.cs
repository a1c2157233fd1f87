using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;

namespace SoTTTT.Portal.Core.Features.Tasks;

/// <summary>
/// When a unit is merged into another, its open assignments move to the successor (completed ones
/// stay with the unit that did them). A task the successor already holds stays where it was, so
/// no unit ever holds one task twice.
/// </summary>
public static class AssignmentTransfer
{
    public static async Task<int> MoveOpenAsync(IPortalDbContext db, Guid fromUnitId, Guid toUnitId, CancellationToken cancellationToken)
    {
        var held = await db.Assignments.Where(a => a.UnitId == toUnitId).Select(a => a.TaskId).ToListAsync(cancellationToken);
        var open = await db.Assignments
            .Where(a => a.UnitId == fromUnitId && a.CompletedOn == null && !held.Contains(a.TaskId))
            .ToListAsync(cancellationToken);
        foreach (var assignment in open)
            assignment.MoveTo(toUnitId);
        return open.Count;
    }
}
