using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SoTTTT.Portal.Core.Domain.Attachments;
using SoTTTT.Portal.Infrastructure.Identity;

namespace SoTTTT.Portal.Infrastructure.Persistence.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Attachments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.OwnerType).HasMaxLength(Attachment.OwnerTypeMaxLength).IsRequired();
        builder.Property(a => a.OriginalFileName).HasMaxLength(Attachment.FileNameMaxLength).IsRequired();
        builder.Property(a => a.StoredFileName).HasMaxLength(Attachment.StoredFileNameMaxLength).IsUnicode(false).IsRequired();
        builder.HasIndex(a => a.StoredFileName).IsUnique();
        builder.Property(a => a.Kind).HasConversion<int>();
        builder.Property(a => a.ContentType).HasMaxLength(Attachment.ContentTypeMaxLength).IsUnicode(false).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(Attachment.Sha256Length).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(a => a.UploadedByUserId).IsRequired();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UploadedByUserId).OnDelete(DeleteBehavior.Restrict);
        // SQLite gives DateTime back without a kind; the value was stored as UTC.
        builder.Property(a => a.UploadedAtUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(a => a.Description).HasMaxLength(Attachment.DescriptionMaxLength);
        builder.HasIndex(a => new { a.OwnerType, a.OwnerId });
    }
}
