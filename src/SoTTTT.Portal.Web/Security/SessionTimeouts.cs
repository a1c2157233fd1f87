using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SoTTTT.Portal.Web.Security;

/// <summary>How long a session lasts ("Security:Session"): idle, and at most from sign-in whatever the activity.</summary>
public sealed class SessionOptions
{
    public const string Section = "Security:Session";

    /// <summary>Without a request (or, in an open page, any input) for this long, the user signs in again.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>This long after signing in, the user signs in again, active or not (a working day and more).</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(10);
}

/// <summary>
/// Idle and absolute session time-outs (OWASP ASVS 5.0 §7.3), for the cookie and for open circuits.
/// The cookie expires after <see cref="SessionOptions.IdleTimeout"/> without a request (sliding); the
/// sign-in instant travels in the cookie as a claim, and a cookie older than
/// <see cref="SessionOptions.AbsoluteTimeout"/> is refused. A circuit tracks its user's input
/// (<see cref="SessionActivity"/>) and becomes anonymous at either limit, at the next revalidation.
/// </summary>
public sealed class SessionTimeouts(IOptions<SessionOptions> options, TimeProvider clock)
{
    /// <summary>When the user signed in (Unix seconds), in the principal and in the cookie's properties.</summary>
    public const string SignedInAtClaim = "portal:signed_in_at";

    public SessionOptions Options => options.Value;

    /// <summary>The sign-in instant the principal carries, or null for a principal without one.</summary>
    public static DateTimeOffset? SignedInAt(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return long.TryParse(principal.FindFirstValue(SignedInAtClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    /// <summary>Past the absolute limit, or signed in without the claim (a cookie from before this rule).</summary>
    public bool IsPastAbsoluteLimit(ClaimsPrincipal principal) =>
        SignedInAt(principal) is not { } signedInAt || clock.GetUtcNow() >= signedInAt + Options.AbsoluteTimeout;

    /// <summary>Whether an open circuit's session has ended: no input for the idle time-out, or past the absolute limit.</summary>
    public bool HasEnded(ClaimsPrincipal principal, SessionActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (principal.Identity?.IsAuthenticated != true)
            return false;
        return IsPastAbsoluteLimit(principal) || clock.GetUtcNow() - activity.LastInputAt >= Options.IdleTimeout;
    }

    /// <summary>Adds the sign-in instant (kept across a refreshed sign-in, e.g. after a password change).</summary>
    internal Task OnSigningIn(CookieSigningInContext context)
    {
        var signedInAt = context.Properties.Items.TryGetValue(SignedInAtClaim, out var kept) && kept is not null
            ? kept
            : clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        context.Properties.Items[SignedInAtClaim] = signedInAt;
        if (context.Principal?.Identity is ClaimsIdentity identity)
        {
            foreach (var old in identity.FindAll(SignedInAtClaim).ToList())
                identity.RemoveClaim(old);
            identity.AddClaim(new Claim(SignedInAtClaim, signedInAt));
        }
        // "Ghi nhớ đăng nhập" keeps the cookie across browser restarts, never beyond the absolute limit.
        var limit = DateTimeOffset.FromUnixTimeSeconds(long.Parse(signedInAt, CultureInfo.InvariantCulture)) + Options.AbsoluteTimeout;
        if (context.Properties.ExpiresUtc is { } expires && expires > limit)
            context.Properties.ExpiresUtc = limit;
        return Task.CompletedTask;
    }

    /// <summary>Refuses a cookie past the absolute limit, then runs Identity's own check (the security stamp).</summary>
    internal async Task OnValidatePrincipal(CookieValidatePrincipalContext context, Func<CookieValidatePrincipalContext, Task> next)
    {
        if (context.Principal is { } principal && IsPastAbsoluteLimit(principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await next(context);
    }
}

/// <summary>The last input of the user of one circuit (scoped: one per circuit).</summary>
public sealed class SessionActivity(TimeProvider clock)
{
    public DateTimeOffset LastInputAt { get; private set; } = clock.GetUtcNow();

    public void Record() => LastInputAt = clock.GetUtcNow();
}

/// <summary>Records every message the browser sends to the circuit (events, navigation) as activity.</summary>
public sealed class SessionActivityCircuitHandler(SessionActivity activity) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            activity.Record();
            return next(context);
        };
}

public static class SessionTimeoutsServiceCollectionExtensions
{
    /// <summary>Binds and validates "Security:Session" at start, and applies it to Identity's cookie and to circuits.</summary>
    public static IServiceCollection AddPortalSessionTimeouts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SessionOptions>()
            .Bind(configuration.GetSection(SessionOptions.Section))
            .Validate(o => o.IdleTimeout > TimeSpan.Zero, "Security:Session:IdleTimeout must be positive.")
            .Validate(o => o.AbsoluteTimeout > TimeSpan.Zero, "Security:Session:AbsoluteTimeout must be positive.")
            .Validate(o => o.IdleTimeout <= o.AbsoluteTimeout, "Security:Session:IdleTimeout must not exceed Security:Session:AbsoluteTimeout.")
            .ValidateOnStart();
        services.AddSingleton<SessionTimeouts>();
        services.AddScoped<SessionActivity>();
        services.AddScoped<CircuitHandler, SessionActivityCircuitHandler>();

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessionTimeouts, TimeProvider>((cookie, timeouts, clock) =>
            {
                cookie.TimeProvider = clock;
                cookie.ExpireTimeSpan = timeouts.Options.IdleTimeout;
                cookie.SlidingExpiration = true;
                var identityCheck = cookie.Events.OnValidatePrincipal;
                cookie.Events.OnValidatePrincipal = context => timeouts.OnValidatePrincipal(context, identityCheck);
                var signingIn = cookie.Events.OnSigningIn;
                cookie.Events.OnSigningIn = async context =>
                {
                    await timeouts.OnSigningIn(context);
                    await signingIn(context);
                };
            });
        // Identity rebuilds the principal when it checks the security stamp: the sign-in instant stays.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            var refreshing = options.OnRefreshingPrincipal;
            options.OnRefreshingPrincipal = async context =>
            {
                if (context.CurrentPrincipal?.FindFirst(SessionTimeouts.SignedInAtClaim) is { } claim
                    && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == claim.Type))
                    identity.AddClaim(new Claim(claim.Type, claim.Value));
                if (refreshing is not null)
                    await refreshing(context);
            };
        });
        return services;
    }
}
