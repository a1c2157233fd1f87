using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Attachments;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Infrastructure.Identity;

namespace SoTTTT.Portal.Infrastructure.Persistence;

public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser>(options), IPortalDbContext, IDataProtectionKeyContext
{
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<UnitGroup> UnitGroups => Set<UnitGroup>();
    public DbSet<UnitGroupMember> UnitGroupMembers => Set<UnitGroupMember>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}
