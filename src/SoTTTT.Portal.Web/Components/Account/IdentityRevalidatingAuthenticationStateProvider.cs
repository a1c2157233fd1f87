using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Web.Security;

namespace SoTTTT.Portal.Web.Components.Account;

/// <summary>
/// Re-checks the circuit's user against the database every minute: a disabled user, a changed password or a
/// forced sign-out ends the open circuit too, not only new requests. The administration ends circuits at
/// once through <see cref="Security.OpenSessions"/>; this check is the safety net.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> options,
        SessionTimeouts sessionTimeouts,
        SessionActivity sessionActivity)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private static readonly AuthenticationState SignedOut = new(new ClaimsPrincipal(new ClaimsIdentity()));

    protected override TimeSpan RevalidationInterval => Interval;

    /// <summary>Makes the circuit's user anonymous now: the pages show the way to sign in again.</summary>
    public void End() => SetAuthenticationState(Task.FromResult(SignedOut));

    public async Task EndIfInvalidAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        if (!await ValidateAuthenticationStateAsync(state, cancellationToken))
            End();
    }

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (sessionTimeouts.HasEnded(authenticationState.User, sessionActivity))
            return false;
        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await ValidateSecurityStampAsync(userManager, authenticationState.User);
    }

    private async Task<bool> ValidateSecurityStampAsync(UserManager<PortalUser> userManager, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null || user.IsDisabled)
            return false;
        if (await userManager.IsLockedOutAsync(user))
            return false;
        if (!userManager.SupportsUserSecurityStamp)
            return true;
        var principalStamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        var userStamp = await userManager.GetSecurityStampAsync(user);
        return principalStamp == userStamp;
    }
}
