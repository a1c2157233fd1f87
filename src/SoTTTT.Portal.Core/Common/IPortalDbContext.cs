using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SoTTTT.Portal.Core.Domain.Attachments;
using SoTTTT.Portal.Core.Domain.Audit;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Inspection;
using SoTTTT.Portal.Core.Domain.Notices;
using SoTTTT.Portal.Core.Domain.Notifications;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Core.Common;

/// <summary>What handlers see of the database: the sets they query, nothing of a provider.</summary>
public interface IPortalDbContext
{
    DbSet<Attachment> Attachments { get; }
    DbSet<OrgUnit> OrgUnits { get; }
    DbSet<UnitGroup> UnitGroups { get; }
    DbSet<UnitGroupMember> UnitGroupMembers { get; }
    DbSet<RegisterCounter> RegisterCounters { get; }
    DbSet<IncomingDocument> IncomingDocuments { get; }
    DbSet<OutgoingDocument> OutgoingDocuments { get; }
    DbSet<DocumentEvent> DocumentEvents { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<CalendarDay> CalendarDays { get; }
    DbSet<DirectiveTask> DirectiveTasks { get; }
    DbSet<Assignment> Assignments { get; }
    DbSet<ProgressReport> ProgressReports { get; }
    DbSet<IndicatorFigure> IndicatorFigures { get; }
    DbSet<AssignmentTally> AssignmentTallies { get; }
    DbSet<IndicatorTally> IndicatorTallies { get; }
    DbSet<ReportTally> ReportTallies { get; }
    DbSet<ExtensionRequest> ExtensionRequests { get; }
    DbSet<Reminder> Reminders { get; }
    DbSet<Finding> Findings { get; }
    DbSet<ComplianceEvaluation> ComplianceEvaluations { get; }
    DbSet<PublicNotice> PublicNotices { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
