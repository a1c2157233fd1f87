using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.Migrations.SqlServer;

/// <summary>Lets dotnet-ef build the model for SQL Server without a server: no connection is opened.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDatabase.Configure(options, DatabaseProvider.SqlServer, "Server=(design-time);Database=SoTTTTPortal;Trusted_Connection=True;TrustServerCertificate=True");
        return new PortalDbContext(options.Options);
    }
}
