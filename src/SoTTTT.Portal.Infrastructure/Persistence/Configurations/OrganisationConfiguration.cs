using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Infrastructure.Persistence.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.ToTable("OrgUnits");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Code).HasMaxLength(OrgUnit.CodeMaxLength).IsRequired();
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.FullName).HasMaxLength(OrgUnit.NameMaxLength).IsRequired();
        builder.Property(u => u.ShortName).HasMaxLength(OrgUnit.ShortNameMaxLength).IsRequired();
        builder.Property(u => u.Kind).HasConversion<int>();
        builder.Property(u => u.Address).HasMaxLength(300);
        builder.Property(u => u.Phone).HasMaxLength(30);
        builder.Property(u => u.Email).HasMaxLength(200);
        builder.Property(u => u.SearchText).HasMaxLength(OrgUnit.CodeMaxLength + OrgUnit.NameMaxLength + OrgUnit.ShortNameMaxLength + 2).IsRequired();
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.Ignore(u => u.IsActive);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.Successor).WithMany().HasForeignKey(u => u.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.Kind, u.FullName });
    }
}

internal sealed class UnitGroupConfiguration : IEntityTypeConfiguration<UnitGroup>
{
    public void Configure(EntityTypeBuilder<UnitGroup> builder)
    {
        builder.ToTable("UnitGroups");
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Code).HasMaxLength(UnitGroup.CodeMaxLength).IsRequired();
        builder.HasIndex(g => g.Code).IsUnique();
        builder.Property(g => g.Name).HasMaxLength(UnitGroup.NameMaxLength).IsRequired();
        builder.Property(g => g.Description).HasMaxLength(1000);
        builder.Property(g => g.SearchText).HasMaxLength(UnitGroup.CodeMaxLength + UnitGroup.NameMaxLength + 1).IsRequired();
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.HasMany(g => g.Members).WithOne(m => m.Group).HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class UnitGroupMemberConfiguration : IEntityTypeConfiguration<UnitGroupMember>
{
    public void Configure(EntityTypeBuilder<UnitGroupMember> builder)
    {
        builder.ToTable("UnitGroupMembers");
        builder.HasKey(m => new { m.GroupId, m.UnitId });
        builder.HasOne(m => m.Unit).WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.UnitId);
    }
}
