using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace SoTTTT.Portal.Infrastructure.Time;

/// <summary>
/// A clock that starts at a configured instant when the portal starts and runs in real time from
/// there, so a tester can see the 2022 demo as it stood on a given day ("Clock:StartAt"). Without
/// that setting the portal runs on the system clock.
/// </summary>
public sealed class ConfiguredClock : TimeProvider
{
    public const string StartAtKey = "Clock:StartAt";

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    private readonly TimeProvider _real;
    private readonly TimeSpan _shift;

    /// <param name="startAt">What the clock reads now.</param>
    /// <param name="real">The clock whose passing time this one follows.</param>
    public ConfiguredClock(DateTimeOffset startAt, TimeProvider real)
    {
        ArgumentNullException.ThrowIfNull(real);
        _real = real;
        _shift = startAt - real.GetUtcNow();
    }

    public override DateTimeOffset GetUtcNow() => _real.GetUtcNow() + _shift;

    public override long GetTimestamp() => _real.GetTimestamp();

    public override long TimestampFrequency => _real.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _real.CreateTimer(callback, state, dueTime, period);

    /// <summary>The portal's clock: <paramref name="real"/> (the system clock by default) unless "Clock:StartAt" is set.</summary>
    public static TimeProvider FromConfiguration(IConfiguration configuration, TimeProvider? real = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        real ??= TimeProvider.System;
        var text = configuration[StartAtKey];
        if (string.IsNullOrWhiteSpace(text))
            return real;
        // An instant without its offset would depend on the server's time zone: refused.
        if (!DateTimeOffset.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var startAt))
            throw new InvalidOperationException(
                $"{StartAtKey} must be an ISO 8601 date and time with its offset, e.g. 2022-05-20T09:00:00+07:00; it is '{text}'.");
        return new ConfiguredClock(startAt, real);
    }
}
