using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Audit;
using SoTTTT.Portal.Infrastructure.Identity;

namespace SoTTTT.Portal.Web.Components.Account;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>The endpoints the account pages post to that are not pages themselves.</summary>
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var accountGroup = endpoints.MapGroup("/Account");

        // Antiforgery is validated for form posts by UseAntiforgery.
        accountGroup.MapPost("/Logout", async (
            ClaimsPrincipal user,
            [FromServices] SignInManager<PortalUser> signInManager,
            [FromServices] ISecurityEvents securityEvents,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            if (user.Identity?.IsAuthenticated == true)
                await securityEvents.RecordAsync(SecurityEventKind.SignedOut, user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name ?? "");
            return TypedResults.LocalRedirect("~/Account/Login");
        });

        return accountGroup;
    }
}
