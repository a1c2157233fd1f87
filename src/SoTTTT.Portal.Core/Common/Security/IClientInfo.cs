namespace SoTTTT.Portal.Core.Common.Security;

/// <summary>
/// Where the current request comes from: the HTTP connection's address for a request, the address
/// at the circuit's start for a message sent from an interactive page.
/// </summary>
public interface IClientInfo
{
    string? Address { get; }
}
