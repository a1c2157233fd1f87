using Mediator;
using Microsoft.AspNetCore.Components.Authorization;
using SoTTTT.Portal.Infrastructure.Identity;

namespace SoTTTT.Portal.Web.Messaging;

/// <summary>
/// How components send messages. A Blazor circuit lives for a whole visit, so each message runs
/// in a DI scope of its own — its own DbContext — carrying the circuit's signed-in user and client address.
/// </summary>
public interface IPortalSender
{
    Task<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default);
    Task<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default);
}

public sealed class ScopedPortalSender(IServiceScopeFactory scopes, AuthenticationStateProvider authentication, ClientInfo client) : IPortalSender
{
    public Task<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default) =>
        Run((mediator, ct) => mediator.Send(command, ct), cancellationToken);

    public Task<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default) =>
        Run((mediator, ct) => mediator.Send(query, ct), cancellationToken);

    private async Task<TResponse> Run<TResponse>(Func<IMediator, CancellationToken, ValueTask<TResponse>> send, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ClaimsCurrentUser>().Principal = state.User;
        scope.ServiceProvider.GetRequiredService<ClientInfo>().Address = client.Address;
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>(), cancellationToken);
    }
}
