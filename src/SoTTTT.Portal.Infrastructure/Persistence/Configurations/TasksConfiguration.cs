using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Infrastructure.Persistence.Configurations;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("CalendarDays");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => d.Date).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(CalendarDay.NameMaxLength).IsRequired();
        builder.Property(d => d.Kind).HasConversion<int>();
    }
}

internal sealed class DirectiveTaskConfiguration : IEntityTypeConfiguration<DirectiveTask>
{
    public void Configure(EntityTypeBuilder<DirectiveTask> builder)
    {
        builder.ToTable("DirectiveTasks");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Title).HasMaxLength(DirectiveTask.TitleMaxLength).IsRequired();
        builder.Property(t => t.Content).HasMaxLength(DirectiveTask.ContentMaxLength);
        builder.Property(t => t.CreatedById).HasMaxLength(450).IsRequired();
        builder.Property(t => t.Priority).HasConversion<int>();
        builder.Property(t => t.DeadlineKind).HasConversion<int>();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.IsIssued);
        builder.Ignore(t => t.Deadline);
        builder.HasOne<OutgoingDocument>().WithMany().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.DocumentId, t.SectionNumber });

        builder.OwnsMany(t => t.Indicators, indicator =>
        {
            indicator.ToTable("TaskIndicators");
            indicator.WithOwner().HasForeignKey("TaskId");
            indicator.HasKey(i => i.Id);
            // The task gives its indicators their ids, kept across edits.
            indicator.Property(i => i.Id).ValueGeneratedNever();
            indicator.Property(i => i.Name).HasMaxLength(DirectiveTask.IndicatorNameMaxLength).IsRequired();
            indicator.Property(i => i.UnitOfMeasure).HasMaxLength(DirectiveTask.UnitOfMeasureMaxLength).IsRequired();
            indicator.Property(i => i.Target).HasPrecision(18, 2);
        });
        builder.OwnsMany(t => t.Assignees, assignee =>
        {
            assignee.ToTable("TaskPlannedAssignees");
            assignee.WithOwner().HasForeignKey("TaskId");
            assignee.HasKey("TaskId", nameof(PlannedAssignee.Position));
            assignee.Property(a => a.Position).ValueGeneratedNever();
            assignee.Property(a => a.Role).HasConversion<int>();
            assignee.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
            assignee.HasOne<UnitGroup>().WithMany().HasForeignKey(a => a.GroupId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(nameof(DirectiveTask.Indicators)).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(nameof(DirectiveTask.Assignees)).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("Assignments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Role).HasConversion<int>();
        builder.Property(a => a.DeadlineKind).HasConversion<int>();
        builder.Property(a => a.AcknowledgedById).HasMaxLength(450);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsCompleted);
        builder.Ignore(a => a.Deadline);
        builder.HasOne<DirectiveTask>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutgoingDocument>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<UnitGroup>().WithMany().HasForeignKey(a => a.ViaGroupId).OnDelete(DeleteBehavior.Restrict);
        // One assignment per unit and task.
        builder.HasIndex(a => new { a.TaskId, a.UnitId }).IsUnique();
        // A unit's workspace, and the status roll-ups by unit: open first, by due date.
        builder.HasIndex(a => new { a.UnitId, a.CompletedOn, a.DueDate });
        // A directive's matrix and the reminders' scan of open assignments by due date; with the status columns, the
        // dashboard of a period counts its directives' assignments by unit and status from the index alone.
        builder.HasIndex(a => new { a.DocumentId, a.UnitId, a.CompletedOn, a.DueDate });
        builder.HasIndex(a => new { a.CompletedOn, a.DueDate });
        // A directive's overdue and due-soon assignments (its dashboard), found without walking every open assignment.
        builder.HasIndex(a => new { a.DocumentId, a.CompletedOn, a.DueDate });
    }
}

internal sealed class IndicatorFigureConfiguration : IEntityTypeConfiguration<IndicatorFigure>
{
    public void Configure(EntityTypeBuilder<IndicatorFigure> builder)
    {
        builder.ToTable("IndicatorFigures");
        builder.HasKey(f => new { f.AssignmentId, f.IndicatorId });
        builder.Property(f => f.Name).HasMaxLength(DirectiveTask.IndicatorNameMaxLength).IsRequired();
        builder.Property(f => f.UnitOfMeasure).HasMaxLength(DirectiveTask.UnitOfMeasureMaxLength).IsRequired();
        builder.Property(f => f.Value).HasPrecision(18, 2);
        builder.HasOne<Assignment>().WithMany().HasForeignKey(f => f.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        // A directive's totals (and a kind of unit's in a period) from the index alone; whether a unit gave an indicator
        // in a period, by one seek.
        builder.HasIndex(f => new { f.DocumentId, f.Name, f.UnitOfMeasure, f.UnitId, f.Value });
        builder.HasIndex(f => new { f.Name, f.UnitOfMeasure, f.UnitId, f.IssuedOn });
    }
}

internal sealed class AssignmentTallyConfiguration : IEntityTypeConfiguration<AssignmentTally>
{
    public void Configure(EntityTypeBuilder<AssignmentTally> builder)
    {
        builder.ToTable("AssignmentTallies");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedOnAdd();
        // A key's rows (found to be counted up or down), and a directive's or the province's counts, from the index alone.
        builder.HasIndex(t => new { t.DocumentId, t.UnitKind, t.State, t.DueDate, t.Count });
        // The directives with an open assignment, read in directive order.
        builder.HasIndex(t => new { t.State, t.DocumentId, t.UnitKind, t.Count });
        // A period's directives' rows, one range of issue dates; their open rows likewise.
        builder.HasIndex(t => new { t.IssuedOn, t.DocumentId, t.UnitKind, t.State, t.DueDate, t.Count });
        builder.HasIndex(t => new { t.State, t.IssuedOn, t.DocumentId, t.UnitKind, t.DueDate, t.Count });
    }
}

internal sealed class IndicatorTallyConfiguration : IEntityTypeConfiguration<IndicatorTally>
{
    public void Configure(EntityTypeBuilder<IndicatorTally> builder)
    {
        builder.ToTable("IndicatorTallies");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedOnAdd();
        builder.Property(t => t.Name).HasMaxLength(DirectiveTask.IndicatorNameMaxLength).IsRequired();
        builder.Property(t => t.UnitOfMeasure).HasMaxLength(DirectiveTask.UnitOfMeasureMaxLength).IsRequired();
        builder.Property(t => t.Total).HasPrecision(18, 2);
        // The province's rows (no issue date) or a period's days (of one kind of unit), and a key's rows.
        builder.HasIndex(t => new { t.IssuedOn, t.UnitKind, t.Name, t.UnitOfMeasure, t.UnitId });
    }
}

internal sealed class ReportTallyConfiguration : IEntityTypeConfiguration<ReportTally>
{
    public void Configure(EntityTypeBuilder<ReportTally> builder)
    {
        builder.ToTable("ReportTallies");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedOnAdd();
        // A directive's weeks, a period's issue days' or the province's (and a key's rows), from the index alone; and a
        // period's directives' weeks of one kind of unit.
        builder.HasIndex(t => new { t.DocumentId, t.IssuedOn, t.UnitKind, t.WeekStart, t.Count });
        builder.HasIndex(t => new { t.UnitKind, t.IssuedOn, t.WeekStart, t.Count });
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("ProgressReports");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Narrative).HasMaxLength(ProgressReport.NarrativeMaxLength).IsRequired();
        builder.Property(r => r.UnitReportNumber).HasMaxLength(ProgressReport.UnitReportNumberMaxLength);
        builder.Property(r => r.SubmittedById).HasMaxLength(450).IsRequired();
        builder.Property(r => r.ReviewedById).HasMaxLength(450);
        builder.Property(r => r.ReviewNote).HasMaxLength(ProgressReport.ReviewNoteMaxLength);
        builder.Property(r => r.Status).HasConversion<int>();
        builder.HasOne<Assignment>().WithMany().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AssignmentId, r.Sequence }).IsUnique();
        // The review queue: reports awaiting review, oldest first.
        builder.HasIndex(r => new { r.Status, r.SubmittedAtUtc });
        builder.HasIndex(r => new { r.DocumentId, r.UnitId });
        // A directive's accepted reports (the compliance report) and the dashboard's reports by submission day, from the index.
        builder.HasIndex(r => new { r.DocumentId, r.Status, r.SubmittedAtUtc });
        builder.HasIndex(r => r.SubmittedAtUtc);
        builder.OwnsMany(r => r.Values, value =>
        {
            value.ToTable("ReportIndicatorValues");
            value.WithOwner().HasForeignKey("ReportId");
            value.HasKey("ReportId", nameof(IndicatorValue.IndicatorId));
            value.Property(v => v.IndicatorId).ValueGeneratedNever();
            value.Property(v => v.Value).HasPrecision(18, 2);
            value.HasIndex(v => v.IndicatorId);
        });
        builder.Navigation(nameof(ProgressReport.Values)).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> builder)
    {
        builder.ToTable("ExtensionRequests");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Reason).HasMaxLength(ExtensionRequest.ReasonMaxLength).IsRequired();
        builder.Property(e => e.RequestedById).HasMaxLength(450).IsRequired();
        builder.Property(e => e.DecidedById).HasMaxLength(450);
        builder.Property(e => e.DecisionNote).HasMaxLength(ExtensionRequest.ReasonMaxLength);
        builder.Property(e => e.Status).HasConversion<int>();
        builder.HasOne<Assignment>().WithMany().HasForeignKey(e => e.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.Status, e.RequestedAtUtc });
        builder.HasIndex(e => e.AssignmentId);
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("Reminders");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<int>();
        builder.HasOne<Assignment>().WithMany().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        // Exactly once per assignment, kind and due date, whatever number of instances run.
        builder.HasIndex(r => new { r.AssignmentId, r.Kind, r.DueDate }).IsUnique();
    }
}
