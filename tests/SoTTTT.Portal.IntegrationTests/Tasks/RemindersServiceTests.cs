using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Infrastructure.Jobs;

namespace SoTTTT.Portal.IntegrationTests.Tasks;

/// <summary>The hosted service runs the reminders at start and then at every interval of the portal's clock.</summary>
public sealed class RemindersServiceTests(RemindersPortal portal) : IClassFixture<RemindersPortal>
{
    [Fact]
    public async Task The_service_sends_reminders_at_start_and_again_when_the_interval_has_passed()
    {
        var monday = portal.StartAFreshWeek();
        var first = await portal.IssueTaskAsync(new TaskDeadline(DeadlineKind.FixedDate, monday.AddDays(3)), "VNPTTV");
        var service = new ReminderService(
            portal.Factory.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new ReminderOptions { IntervalMinutes = 60 }),
            portal.Clock,
            portal.Factory.Services.GetRequiredService<ILogger<ReminderService>>());

        await service.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            await EventuallyAsync(async () => (await portal.RemindersOfAsync(first.Assignments["VNPTTV"])).Count == 1);
            var second = await portal.IssueTaskAsync(new TaskDeadline(DeadlineKind.FixedDate, monday.AddDays(3)), "VIETTELTV");

            portal.Clock.Advance(TimeSpan.FromMinutes(59));
            Assert.Empty(await portal.RemindersOfAsync(second.Assignments["VIETTELTV"]));
            portal.Clock.Advance(TimeSpan.FromMinutes(1));

            await EventuallyAsync(async () => (await portal.RemindersOfAsync(second.Assignments["VIETTELTV"])).Count == 1);
            Assert.Single(await portal.RemindersOfAsync(first.Assignments["VNPTTV"]));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
            service.Dispose();
        }
    }

    [Fact]
    public async Task A_disabled_service_sends_nothing()
    {
        var monday = portal.StartAFreshWeek();
        var task = await portal.IssueTaskAsync(new TaskDeadline(DeadlineKind.FixedDate, monday.AddDays(3)), "VNPTTV");
        using var service = new ReminderService(
            portal.Factory.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new ReminderOptions { Enabled = false }),
            portal.Clock,
            portal.Factory.Services.GetRequiredService<ILogger<ReminderService>>());

        await service.StartAsync(TestContext.Current.CancellationToken);
        await service.ExecuteTask!;

        Assert.Empty(await portal.RemindersOfAsync(task.Assignments["VNPTTV"]));
    }

    /// <summary>Waits for the service's run on its own thread, not for time to pass: the clock is fake.</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The reminder service did not run.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
