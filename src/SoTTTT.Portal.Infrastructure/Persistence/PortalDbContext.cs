using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Infrastructure.Persistence.Configurations;
using SoTTTT.Portal.Core.Domain.Attachments;
using SoTTTT.Portal.Core.Domain.Audit;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Inspection;
using SoTTTT.Portal.Core.Domain.Notices;
using SoTTTT.Portal.Core.Domain.Notifications;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Infrastructure.Identity;

namespace SoTTTT.Portal.Infrastructure.Persistence;

public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser>(options), IPortalDbContext, IDataProtectionKeyContext
{
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<UnitGroup> UnitGroups => Set<UnitGroup>();
    public DbSet<UnitGroupMember> UnitGroupMembers => Set<UnitGroupMember>();
    public DbSet<RegisterCounter> RegisterCounters => Set<RegisterCounter>();
    public DbSet<IncomingDocument> IncomingDocuments => Set<IncomingDocument>();
    public DbSet<OutgoingDocument> OutgoingDocuments => Set<OutgoingDocument>();
    public DbSet<DocumentEvent> DocumentEvents => Set<DocumentEvent>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<DirectiveTask> DirectiveTasks => Set<DirectiveTask>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();
    public DbSet<IndicatorFigure> IndicatorFigures => Set<IndicatorFigure>();
    public DbSet<AssignmentTally> AssignmentTallies => Set<AssignmentTally>();
    public DbSet<IndicatorTally> IndicatorTallies => Set<IndicatorTally>();
    public DbSet<ReportTally> ReportTallies => Set<ReportTally>();
    public DbSet<ExtensionRequest> ExtensionRequests => Set<ExtensionRequest>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<ComplianceEvaluation> ComplianceEvaluations => Set<ComplianceEvaluation>();
    public DbSet<PublicNotice> PublicNotices => Set<PublicNotice>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit log is append-only: an entry, once written, is neither changed nor removed.</summary>
    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Audit entries are append-only: they cannot be changed or deleted.");
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        IncomingDocumentConfiguration.AddSearchIndex(builder.Entity<IncomingDocument>(), Database.IsSqlServer());
    }
}
