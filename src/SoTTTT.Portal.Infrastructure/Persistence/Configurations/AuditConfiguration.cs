using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SoTTTT.Portal.Core.Domain.Audit;

namespace SoTTTT.Portal.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        // Numbered by the log itself (1, 2, 3 …), so a gap shows a removed entry.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(AuditEntry.UserNameMaxLength).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(AuditEntry.EntityTypeMaxLength);
        builder.Property(e => e.EntityId).HasMaxLength(AuditEntry.EntityIdMaxLength);
        builder.Property(e => e.Summary).IsRequired();
        builder.Property(e => e.ClientAddress).HasMaxLength(AuditEntry.ClientAddressMaxLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(AuditEntry.HashLength).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(AuditEntry.HashLength).IsFixedLength().IsUnicode(false).IsRequired();
        // Two writers that chained after the same entry: the second is refused and retries.
        builder.HasIndex(e => e.PreviousHash).IsUnique();
        // The viewer's filters, newest first.
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => new { e.UserId, e.AtUtc });
        builder.HasIndex(e => new { e.Action, e.AtUtc });
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
