using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Infrastructure.Identity;

namespace SoTTTT.Portal.Web.Security;

/// <summary>
/// A signed-in user whose role requires two-factor sign-in (Security:TwoFactor:RequiredRoles) and who has no
/// authenticator app set up reaches nothing but the page that sets it up, sign-out and the static assets:
/// every other page, export and file is redirected there. The sign-in cookie says whether the app is set up
/// (<see cref="PortalClaimTypes.TwoFactorEnabled"/>, refreshed by the setup and reset pages).
/// </summary>
internal static class TwoFactorRequirement
{
    public const string SetupPath = "/Account/Manage/EnableAuthenticator";

    // What such a user may still reach: the setup page, signing out (or in as someone else), the pages of errors.
    private static readonly string[] AllowedPaths =
    [
        SetupPath,
        "/Account/Logout",
        "/Account/Login",
        "/Account/Lockout",
        "/Error",
        "/not-found",
        "/culture",
    ];

    public static IApplicationBuilder UseTwoFactorRequirement(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (MustSetUpFirst(context))
            {
                context.Response.Redirect(SetupPath);
                return;
            }
            await next(context);
        });

    private static bool MustSetUpFirst(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true || user.HasClaim(PortalClaimTypes.TwoFactorEnabled, "true"))
            return false;
        if (!context.RequestServices.GetRequiredService<IOptions<TwoFactorOptions>>().Value.IsRequiredFor(user))
            return false;
        if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
            return false;
        var path = context.Request.Path;
        return !AllowedPaths.Any(allowed => path.Equals(allowed, StringComparison.OrdinalIgnoreCase));
    }
}
