using SoTTTT.Portal.Core.Common.Security;

namespace SoTTTT.Portal.Infrastructure.Identity;

/// <summary>The client address of one DI scope, set by the host: from the request, or from the circuit's start.</summary>
public sealed class ClientInfo : IClientInfo
{
    public string? Address { get; set; }
}
