using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Web.Components.Account;

namespace SoTTTT.Portal.Web.Security;

/// <summary>
/// The open circuits of each signed-in user, so that disabling an account, resetting its password, changing
/// its roles or forcing a sign-out ends its open pages at once rather than at the next revalidation.
/// </summary>
public sealed class OpenSessions : IUserSessions
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<SessionCircuitHandler, byte>> _byUser = new(StringComparer.Ordinal);

    public Task EndAsync(string userId)
    {
        if (_byUser.TryGetValue(userId, out var circuits))
            foreach (var circuit in circuits.Keys)
                circuit.End();
        return Task.CompletedTask;
    }

    /// <summary>How many circuits the user has open (for tests and diagnostics).</summary>
    public int CountOf(string userId) => _byUser.TryGetValue(userId, out var circuits) ? circuits.Count : 0;

    internal void Add(string userId, SessionCircuitHandler circuit) =>
        _byUser.GetOrAdd(userId, _ => new()).TryAdd(circuit, 0);

    internal void Remove(string userId, SessionCircuitHandler circuit)
    {
        if (_byUser.TryGetValue(userId, out var circuits))
            circuits.TryRemove(circuit, out _);
    }
}

/// <summary>Registers the circuit under its user while it is open; checks the user once as it opens.</summary>
public sealed class SessionCircuitHandler(OpenSessions sessions, AuthenticationStateProvider provider) : CircuitHandler
{
    private string? _userId;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await provider.GetAuthenticationStateAsync();
        _userId = state.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (_userId is null)
            return;
        sessions.Add(_userId, this);
        // A page opened with a cookie issued before a forced sign-out must not wait for the next revalidation.
        if (provider is IdentityRevalidatingAuthenticationStateProvider revalidating)
            await revalidating.EndIfInvalidAsync(state, cancellationToken);
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_userId is not null)
            sessions.Remove(_userId, this);
        return Task.CompletedTask;
    }

    internal void End()
    {
        if (provider is IdentityRevalidatingAuthenticationStateProvider revalidating)
            revalidating.End();
    }
}
