using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SoTTTT.Portal.Web.Security;

namespace SoTTTT.Portal.Web.Tests.Security;

/// <summary>"Security:Session": 30 minutes idle, 10 hours at most; an open page ends at either.</summary>
public sealed class SessionTimeoutsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));

    private static ServiceProvider Services(Dictionary<string, string?> settings, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton(clock).AddLogging().AddPortalSessionTimeouts(configuration).BuildServiceProvider();
    }

    private SessionTimeouts Timeouts(Dictionary<string, string?>? settings = null) =>
        Services(settings ?? [], _clock).GetRequiredService<SessionTimeouts>();

    private ClaimsPrincipal SignedInNow() =>
        new(new ClaimsIdentity(
            [new Claim(SessionTimeouts.SignedInAtClaim, _clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))],
            "Identity.Application"));

    [Fact]
    public void Defaults_are_thirty_minutes_idle_and_ten_hours_in_all()
    {
        var options = Timeouts().Options;

        Assert.Equal(TimeSpan.FromMinutes(30), options.IdleTimeout);
        Assert.Equal(TimeSpan.FromHours(10), options.AbsoluteTimeout);
    }

    [Fact]
    public void Configured_time_outs_are_bound()
    {
        var options = Timeouts(new() { ["Security:Session:IdleTimeout"] = "00:15:00", ["Security:Session:AbsoluteTimeout"] = "08:00:00" }).Options;

        Assert.Equal(TimeSpan.FromMinutes(15), options.IdleTimeout);
        Assert.Equal(TimeSpan.FromHours(8), options.AbsoluteTimeout);
    }

    [Theory]
    [InlineData("00:00:00", "10:00:00")]
    [InlineData("00:30:00", "-01:00:00")]
    [InlineData("11:00:00", "10:00:00")]
    public void Nonsensical_time_outs_are_refused(string idle, string absolute)
    {
        var services = Services(new() { ["Security:Session:IdleTimeout"] = idle, ["Security:Session:AbsoluteTimeout"] = absolute }, _clock);

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SessionOptions>>().Value);
    }

    [Fact]
    public void An_open_page_ends_after_thirty_minutes_without_input()
    {
        var timeouts = Timeouts();
        var user = SignedInNow();
        var activity = new SessionActivity(_clock);

        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.False(timeouts.HasEnded(user, activity));
        activity.Record();
        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.False(timeouts.HasEnded(user, activity));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(timeouts.HasEnded(user, activity));
    }

    [Fact]
    public void An_open_page_ends_ten_hours_after_signing_in_however_active()
    {
        var timeouts = Timeouts();
        var user = SignedInNow();
        var activity = new SessionActivity(_clock);

        for (var i = 0; i < 39; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(15));
            activity.Record();
        }
        Assert.False(timeouts.HasEnded(user, activity));

        _clock.Advance(TimeSpan.FromMinutes(15));
        activity.Record();
        Assert.True(timeouts.HasEnded(user, activity));
    }

    [Fact]
    public void A_principal_without_its_sign_in_instant_is_past_the_limit_and_an_anonymous_one_never_ends()
    {
        var timeouts = Timeouts();

        Assert.True(timeouts.IsPastAbsoluteLimit(new ClaimsPrincipal(new ClaimsIdentity([], "Identity.Application"))));
        Assert.False(timeouts.HasEnded(new ClaimsPrincipal(new ClaimsIdentity()), new SessionActivity(_clock)));
    }
}
