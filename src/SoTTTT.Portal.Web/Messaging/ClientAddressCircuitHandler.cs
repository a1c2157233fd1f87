using Microsoft.AspNetCore.Components.Server.Circuits;
using SoTTTT.Portal.Infrastructure.Identity;

namespace SoTTTT.Portal.Web.Messaging;

/// <summary>
/// Takes the client's address when a circuit opens, from the connection that carries it (after the
/// trusted proxies' forwarded headers), and keeps it in the circuit's scope: the messages a page
/// sends later carry it into their audit entries.
/// </summary>
public sealed class ClientAddressCircuitHandler(IHttpContextAccessor http, ClientInfo client) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        client.Address ??= http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        return Task.CompletedTask;
    }
}
