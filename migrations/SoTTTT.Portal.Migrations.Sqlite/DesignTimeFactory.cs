using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the model for SQLite without starting the portal.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDatabase.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new PortalDbContext(options.Options);
    }
}
