using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
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

        // Renews the sliding cookie while the user works inside an open page (js/session-keepalive.js posts
        // on input, at most every few minutes): the circuit alone never reaches the cookie. Authentication
        // renews it; past the absolute limit it is refused like any request.
        accountGroup.MapPost("/KeepAlive", async Task<Results<NoContent, BadRequest>> (HttpContext context, [FromServices] IAntiforgery antiforgery) =>
                await antiforgery.IsRequestValidAsync(context) ? TypedResults.NoContent() : TypedResults.BadRequest())
            .RequireAuthorization()
            .DisableAntiforgery();

        return accountGroup;
    }
}
