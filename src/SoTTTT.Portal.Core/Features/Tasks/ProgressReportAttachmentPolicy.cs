using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Files;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Core.Features.Tasks;

public static class TaskOwnerTypes
{
    public const string ProgressReport = "ProgressReport";
}

/// <summary>
/// A report's evidence: read by the department and by the reporting unit; added by the reporting
/// unit while the report awaits review — what was reviewed stays as it was reviewed.
/// </summary>
public sealed class ProgressReportAttachmentPolicy(IPortalDbContext db, IResourceAuthorizer authorizer, ICurrentUser user) : IAttachmentOwnerPolicy
{
    public string OwnerType => TaskOwnerTypes.ProgressReport;

    public async Task<bool> CanReadAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        if (authorizer.HasPermission(Permission.ReadTasks))
            return await db.ProgressReports.AnyAsync(r => r.Id == ownerId, cancellationToken);
        return authorizer.HasPermission(Permission.ReportProgress) && user.UnitId is { } unitId
            && await db.ProgressReports.AnyAsync(r => r.Id == ownerId && r.UnitId == unitId, cancellationToken);
    }

    public async Task<bool> CanAttachAsync(Guid ownerId, CancellationToken cancellationToken) =>
        authorizer.HasPermission(Permission.ReportProgress) && user.UnitId is { } unitId
        && await db.ProgressReports.AnyAsync(r => r.Id == ownerId && r.UnitId == unitId && r.Status == ReportStatus.AwaitingReview, cancellationToken);
}
