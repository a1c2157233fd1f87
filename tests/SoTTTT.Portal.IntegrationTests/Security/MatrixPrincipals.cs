using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>
/// The principals of the authorization matrix, in the order of the matrix's columns: an anonymous visitor,
/// then one demo account per role.
/// </summary>
public sealed record MatrixPrincipal(string Name, string? UserName, string? Role)
{
    public static IReadOnlyList<MatrixPrincipal> All { get; } =
    [
        new("Anonymous", DemoUsers.Anonymous, null),
        new(PortalRoles.Admin, DemoUsers.Administrator, PortalRoles.Admin),
        new(PortalRoles.Leader, DemoUsers.Leader, PortalRoles.Leader),
        new(PortalRoles.Clerk, DemoUsers.Clerk, PortalRoles.Clerk),
        new(PortalRoles.Specialist, DemoUsers.Specialist, PortalRoles.Specialist),
        new(PortalRoles.Inspector, DemoUsers.Inspector, PortalRoles.Inspector),
        new(PortalRoles.UnitReporter, DemoUsers.VnptReporter, PortalRoles.UnitReporter),
    ];

    /// <summary>The matrix's column header, for failure messages.</summary>
    public static string Header { get; } = string.Join(" ", All.Select(p => p.Name));
}
