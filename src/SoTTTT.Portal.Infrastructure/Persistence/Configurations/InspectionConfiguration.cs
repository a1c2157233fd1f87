using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Inspection;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Infrastructure.Persistence.Configurations;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("Findings");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.TargetKind).HasConversion<int>();
        builder.Property(f => f.Severity).HasConversion<int>();
        builder.Property(f => f.FollowUp).HasConversion<int>();
        builder.Property(f => f.Description).HasMaxLength(Finding.DescriptionMaxLength).IsRequired();
        builder.Property(f => f.Recommendation).HasMaxLength(Finding.RecommendationMaxLength).IsRequired();
        builder.Property(f => f.FollowUpNote).HasMaxLength(Finding.FollowUpNoteMaxLength);
        builder.Property(f => f.RecordedById).HasMaxLength(450).IsRequired();
        builder.Property(f => f.RecordedByName).HasMaxLength(Finding.RecordedByNameMaxLength).IsRequired();
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne<Assignment>().WithMany().HasForeignKey(f => f.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutgoingDocument>().WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Restrict);
        // The workspace lists newest first, filtered by unit, directive, severity or follow-up.
        builder.HasIndex(f => f.RecordedAtUtc);
        builder.HasIndex(f => new { f.UnitId, f.RecordedAtUtc });
        builder.HasIndex(f => new { f.DocumentId, f.RecordedAtUtc });
        builder.HasIndex(f => f.AssignmentId);
    }
}

internal sealed class ComplianceEvaluationConfiguration : IEntityTypeConfiguration<ComplianceEvaluation>
{
    public void Configure(EntityTypeBuilder<ComplianceEvaluation> builder)
    {
        builder.ToTable("ComplianceEvaluations");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Rating).HasConversion<int>();
        builder.Property(e => e.Comment).HasMaxLength(ComplianceEvaluation.CommentMaxLength);
        builder.Property(e => e.EvaluatedById).HasMaxLength(450).IsRequired();
        builder.Property(e => e.EvaluatedByName).HasMaxLength(ComplianceEvaluation.EvaluatedByNameMaxLength).IsRequired();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutgoingDocument>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Restrict);
        // One evaluation per unit and directive: a second one revises the first.
        builder.HasIndex(e => new { e.UnitId, e.DocumentId }).IsUnique();
        builder.HasIndex(e => e.DocumentId);
    }
}
