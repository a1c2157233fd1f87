using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Core.Features.Tasks;

/// <summary>
/// Who reaches an assignment: the department's readers all of them, a unit reporter only its own
/// unit's. Any other id is "not found", so a guessed id tells nothing and changes nothing.
/// </summary>
public static class AssignmentAccess
{
    public static IQueryable<Assignment> VisibleTo(this IQueryable<Assignment> assignments, IResourceAuthorizer authorizer, ICurrentUser user)
    {
        if (authorizer.HasPermission(Permission.ReadTasks))
            return assignments;
        if (authorizer.HasPermission(Permission.ReportProgress) && user.UnitId is { } unitId)
            return assignments.Where(a => a.UnitId == unitId);
        return assignments.Where(_ => false);
    }

    /// <summary>
    /// The unit a unit-scoped read is about: for the department's readers the one asked for (null: every unit),
    /// for a unit reporter their own unit — another unit's id is "not found" — and for anyone else nothing.
    /// </summary>
    public static Guid? UnitInScope(IResourceAuthorizer authorizer, ICurrentUser user, Guid? requested)
    {
        if (authorizer.HasPermission(Permission.ReadTasks))
            return requested;
        if (authorizer.HasPermission(Permission.ReportProgress) && user.UnitId is { } own)
            return requested is null || requested == own ? own : throw new NotFoundException();
        throw new ForbiddenAccessException();
    }

    /// <summary>The user's own unit's assignment, tracked for a change the unit makes.</summary>
    public static async Task<Assignment> LoadOwnAsync(IPortalDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var unitId = user.UnitId ?? throw new NotFoundException();
        return await db.Assignments.SingleOrDefaultAsync(a => a.Id == id && a.UnitId == unitId, cancellationToken)
            ?? throw new NotFoundException();
    }

    public static async Task<string> DescribeAsync(IPortalDbContext db, Assignment assignment, CancellationToken cancellationToken)
    {
        var names = await db.DirectiveTasks.Where(t => t.Id == assignment.TaskId)
            .Select(t => new { t.Title, Unit = db.OrgUnits.Where(u => u.Id == assignment.UnitId).Select(u => u.ShortName).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        return $"{names.Unit}: {names.Title}";
    }
}
