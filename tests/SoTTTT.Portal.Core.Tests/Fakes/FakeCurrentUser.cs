using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Tests.Fakes;

/// <summary>A sender as the behaviours and the authorizer see it, without Identity.</summary>
internal sealed class FakeCurrentUser : ICurrentUser
{
    public bool IsAuthenticated { get; init; }
    public string? UserId { get; init; }
    public string? UserName { get; init; }
    public string DisplayName => UserName ?? "";
    public Guid? UnitId { get; init; }
    public IReadOnlyCollection<string> Roles { get; init; } = [];

    public static FakeCurrentUser Anonymous { get; } = new();

    public static FakeCurrentUser InRole(string role, Guid? unitId = null) => new()
    {
        IsAuthenticated = true,
        UserId = Guid.NewGuid().ToString(),
        UserName = role.ToLowerInvariant(),
        UnitId = unitId,
        Roles = [role],
    };

    public static FakeCurrentUser UnitReporterOf(Guid unitId) => InRole(PortalRoles.UnitReporter, unitId);
}
