using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Attachments;
using SoTTTT.Portal.Core.Domain.Audit;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Inspection;
using SoTTTT.Portal.Core.Domain.Notices;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Notifications;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Core.Tests.Fakes;

/// <summary>
/// A database a validator must not reach: the rules under test refuse the input before any
/// uniqueness check runs, and touching this proves otherwise by throwing.
/// </summary>
internal sealed class UntouchableDbContext : IPortalDbContext
{
    public DbSet<Attachment> Attachments => throw Touched();
    public DbSet<OrgUnit> OrgUnits => throw Touched();
    public DbSet<UnitGroup> UnitGroups => throw Touched();
    public DbSet<UnitGroupMember> UnitGroupMembers => throw Touched();
    public DbSet<RegisterCounter> RegisterCounters => throw Touched();
    public DbSet<IncomingDocument> IncomingDocuments => throw Touched();
    public DbSet<OutgoingDocument> OutgoingDocuments => throw Touched();
    public DbSet<DocumentEvent> DocumentEvents => throw Touched();
    public DbSet<Notification> Notifications => throw Touched();
    public DbSet<CalendarDay> CalendarDays => throw Touched();
    public DbSet<DirectiveTask> DirectiveTasks => throw Touched();
    public DbSet<Assignment> Assignments => throw Touched();
    public DbSet<ProgressReport> ProgressReports => throw Touched();
    public DbSet<IndicatorFigure> IndicatorFigures => throw Touched();
    public DbSet<AssignmentTally> AssignmentTallies => throw Touched();
    public DbSet<IndicatorTally> IndicatorTallies => throw Touched();
    public DbSet<ReportTally> ReportTallies => throw Touched();
    public DbSet<ExtensionRequest> ExtensionRequests => throw Touched();
    public DbSet<Reminder> Reminders => throw Touched();
    public DbSet<Finding> Findings => throw Touched();
    public DbSet<ComplianceEvaluation> ComplianceEvaluations => throw Touched();
    public DbSet<PublicNotice> PublicNotices => throw Touched();
    public DbSet<AuditEntry> AuditEntries => throw Touched();
    public DatabaseFacade Database => throw Touched();

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => throw Touched();

    private static InvalidOperationException Touched() =>
        new("The validator queried the database although an earlier rule had already refused the input.");
}
