using SoTTTT.Portal.Infrastructure.Identity;

namespace SoTTTT.Portal.Web.Security;

/// <summary>
/// A user signed in with a temporary password reaches nothing but the change-password page (and signing out)
/// until they have chosen their own.
/// </summary>
public static class TemporaryPasswordGate
{
    public const string ChangePasswordPath = "/Account/Manage/ChangePassword";

    private static readonly string[] Allowed = [ChangePasswordPath, "/Account/Logout", "/Account/Login", "/_framework", "/_content", "/culture"];

    public static IApplicationBuilder UseTemporaryPasswordGate(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path;
            if (context.User.HasClaim(c => c.Type == PortalClaimTypes.MustChangePassword)
                && !Allowed.Any(a => path.StartsWithSegments(a, StringComparison.OrdinalIgnoreCase))
                && !Path.HasExtension(path.Value))
            {
                context.Response.Redirect(ChangePasswordPath);
                return Task.CompletedTask;
            }
            return next(context);
        });
}
