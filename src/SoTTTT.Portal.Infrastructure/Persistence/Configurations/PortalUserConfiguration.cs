using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SoTTTT.Portal.Infrastructure.Identity;

namespace SoTTTT.Portal.Infrastructure.Persistence.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(PortalUser.FullNameMaxLength).IsRequired();
        builder.Property(u => u.Position).HasMaxLength(PortalUser.PositionMaxLength);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
