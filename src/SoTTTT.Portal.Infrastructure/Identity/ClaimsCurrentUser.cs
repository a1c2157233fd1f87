using System.Security.Claims;
using SoTTTT.Portal.Core.Common.Security;

namespace SoTTTT.Portal.Infrastructure.Identity;

/// <summary>
/// The current user of one DI scope, read from a principal. In a Blazor circuit each message gets a
/// fresh scope whose principal is set from the circuit's authentication state; in an HTTP request
/// it is the request's user.
/// </summary>
public sealed class ClaimsCurrentUser : ICurrentUser
{
    private ClaimsPrincipal _principal = new(new ClaimsIdentity());
    private string[] _roles = [];

    public ClaimsPrincipal Principal
    {
        get => _principal;
        set
        {
            _principal = value;
            _roles = value.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();
        }
    }

    public bool IsAuthenticated => _principal.Identity?.IsAuthenticated == true;
    public string? UserId => _principal.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => _principal.Identity?.Name;
    public string DisplayName => _principal.FindFirstValue(PortalClaimTypes.FullName) is { Length: > 0 } name ? name : UserName ?? "";
    public Guid? UnitId => Guid.TryParse(_principal.FindFirstValue(PortalClaimTypes.UnitId), out var id) ? id : null;
    public IReadOnlyCollection<string> Roles => _roles;
}
