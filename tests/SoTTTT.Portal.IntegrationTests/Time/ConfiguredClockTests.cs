using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Infrastructure.Time;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Time;

/// <summary>"Clock:StartAt" lets a tester see the 2022 demo as it stood on a given day; without it, the system clock.</summary>
public sealed class ConfiguredClockTests
{
    private static readonly DateTimeOffset RealNow = new(2026, 11, 29, 2, 30, 0, TimeSpan.Zero);

    /// <summary>The real clock, stopped, moved by hand.</summary>
    private sealed class HandMovedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static IConfiguration Configuration(string? startAt) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ConfiguredClock.StartAtKey] = startAt }).Build();

    [Fact]
    public void Without_a_start_instant_the_portal_runs_on_the_system_clock()
    {
        Assert.Same(TimeProvider.System, ConfiguredClock.FromConfiguration(Configuration(null)));
        Assert.Same(TimeProvider.System, ConfiguredClock.FromConfiguration(Configuration(" ")));
    }

    [Fact]
    public void Clock_reads_the_configured_instant_when_the_portal_starts()
    {
        var clock = ConfiguredClock.FromConfiguration(Configuration("2022-05-20T09:00:00+07:00"), new HandMovedClock(RealNow));

        Assert.Equal(new DateTimeOffset(2022, 5, 20, 2, 0, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Equal(new DateOnly(2022, 5, 20), clock.Today());
    }

    [Fact]
    public void Clock_advances_in_real_time_from_the_configured_instant()
    {
        var real = new HandMovedClock(RealNow);
        var clock = ConfiguredClock.FromConfiguration(Configuration("2022-05-20T23:30:00+07:00"), real);

        real.Now += TimeSpan.FromMinutes(45);

        Assert.Equal(new DateTimeOffset(2022, 5, 20, 17, 15, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Equal(new DateOnly(2022, 5, 21), clock.Today());
    }

    [Theory]
    [InlineData("2022-05-20T02:00:00Z")]
    [InlineData("2022-05-20T09:00+07:00")]
    [InlineData("2022-05-20T09:00:00.000+07:00")]
    public void Start_instant_may_be_given_in_utc_or_with_any_offset(string startAt)
    {
        var clock = ConfiguredClock.FromConfiguration(Configuration(startAt), new HandMovedClock(RealNow));

        Assert.Equal(new DateTimeOffset(2022, 5, 20, 2, 0, 0, TimeSpan.Zero), clock.GetUtcNow());
    }

    [Theory]
    [InlineData("2022-05-20T09:00:00")]
    [InlineData("20/05/2022 09:00")]
    [InlineData("tomorrow")]
    public void Start_instant_without_an_offset_or_unreadable_stops_the_start(string startAt)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ConfiguredClock.FromConfiguration(Configuration(startAt)));

        Assert.Contains(ConfiguredClock.StartAtKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portal_started_with_a_start_instant_judges_today_by_it()
    {
        await using var factory = new PortalFactory(new PortalSettings(DemoData: false,
            Settings: new Dictionary<string, string> { [ConfiguredClock.StartAtKey] = "2022-05-20T09:00:00+07:00" }));

        var clock = factory.Services.GetRequiredService<TimeProvider>();

        Assert.IsType<ConfiguredClock>(clock);
        Assert.Equal(new DateOnly(2022, 5, 20), clock.Today());
    }
}
