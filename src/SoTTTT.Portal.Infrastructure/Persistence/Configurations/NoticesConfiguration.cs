using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Notices;

namespace SoTTTT.Portal.Infrastructure.Persistence.Configurations;

internal sealed class PublicNoticeConfiguration : IEntityTypeConfiguration<PublicNotice>
{
    public void Configure(EntityTypeBuilder<PublicNotice> builder)
    {
        builder.ToTable("PublicNotices");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Title).HasMaxLength(PublicNotice.TitleMaxLength).IsRequired();
        builder.Property(n => n.Summary).HasMaxLength(PublicNotice.SummaryMaxLength).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(PublicNotice.BodyMaxLength).IsRequired();
        builder.Property(n => n.PublishedById).HasMaxLength(450).IsRequired();
        builder.Property(n => n.UnpublishedById).HasMaxLength(450);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.Ignore(n => n.IsPublished);
        builder.HasOne<OutgoingDocument>().WithMany().HasForeignKey(n => n.SourceDocumentId).OnDelete(DeleteBehavior.Restrict);
        // The public list: published notices, newest first.
        builder.HasIndex(n => new { n.UnpublishedAtUtc, n.PublishedAtUtc });
    }
}
