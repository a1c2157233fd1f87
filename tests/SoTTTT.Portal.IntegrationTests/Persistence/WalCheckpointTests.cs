using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoTTTT.Portal.Core.Domain.Notifications;
using SoTTTT.Portal.Infrastructure.Persistence;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Persistence;

/// <summary>The write-ahead log is copied into the database file by a service of its own, not by the commands.</summary>
public sealed class WalCheckpointTests(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    [Fact]
    public async Task A_commands_connection_checkpoints_only_past_ten_thousand_pages()
    {
        var threshold = (long?)await portal.PragmaAsync("wal_autocheckpoint");

        Assert.Equal(10_000, threshold);
    }

    [Fact]
    public async Task The_checkpoint_service_copies_a_saved_change_into_the_database_file()
    {
        var service = Assert.Single(portal.Factory.Services.GetServices<IHostedService>().OfType<SqliteCheckpointService>());
        await portal.ExecuteDbContextAsync(async db =>
        {
            var administrator = await db.Users.Select(u => u.Id).FirstAsync(TestContext.Current.CancellationToken);
            var now = portal.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            db.Notifications.Add(new Notification(administrator, "Kiểm tra ghi nhật ký", "Một thông báo để có trang mới trong nhật ký ghi trước.", null, now));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var checkpoint = await service.CheckpointAsync(TestContext.Current.CancellationToken);

        Assert.True(checkpoint.LogPages > 0, $"The log held {checkpoint.LogPages} pages.");
        Assert.Equal(checkpoint.LogPages, checkpoint.CheckpointedPages);
    }

    [Fact]
    public async Task A_checkpoint_before_the_database_exists_creates_no_file()
    {
        var folder = Directory.CreateTempSubdirectory("sotttt-checkpoint-").FullName;
        try
        {
            var service = new SqliteCheckpointService(PortalDatabase.SqliteConnectionString(folder),
                Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteCheckpointService>.Instance);

            var checkpoint = await service.CheckpointAsync(TestContext.Current.CancellationToken);

            Assert.Equal(WalCheckpoint.NotRun, checkpoint);
            Assert.False(File.Exists(Path.Combine(folder, "portal.db")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
