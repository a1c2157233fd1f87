using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
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
            [FromServices] SignInManager<PortalUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });

        return accountGroup;
    }
}
