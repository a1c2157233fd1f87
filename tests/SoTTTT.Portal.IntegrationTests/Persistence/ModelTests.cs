using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using SqlServerDesignTimeFactory = SoTTTT.Portal.Migrations.SqlServer.DesignTimeFactory;

namespace SoTTTT.Portal.IntegrationTests.Persistence;

/// <summary>Each provider's migration set matches the model: nobody forgot to add a migration.</summary>
public sealed class ModelTests(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    [Fact]
    public async Task Sqlite_migrations_match_the_model()
    {
        var pending = await portal.ExecuteDbContextAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending);
    }

    [Fact]
    public async Task Sqlite_database_has_every_migration_applied()
    {
        var pending = await portal.ExecuteDbContextAsync(db => db.Database.GetPendingMigrationsAsync());

        Assert.Empty(pending);
    }

    [Fact]
    public void Sql_Server_migrations_match_the_model()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", db.Database.ProviderName);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
