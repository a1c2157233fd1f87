using Microsoft.AspNetCore.Authentication.Cookies;

namespace SoTTTT.Portal.Web.Security;

/// <summary>
/// Cookie flags. Outside Development every cookie the portal sets for sign-in and forms is Secure,
/// and the two that matter carry the __Host- prefix (Secure, Path=/, no Domain: the browser refuses
/// them otherwise, so no subdomain can set or overwrite them). Development serves plain HTTP on
/// localhost, so there cookies are Secure only over HTTPS and keep plain names.
/// </summary>
public static class PortalCookies
{
    public static string AuthName(IHostEnvironment environment) =>
        environment.IsDevelopment() ? "SoTTTT.Auth" : "__Host-SoTTTT.Auth";

    public static string AntiforgeryName(IHostEnvironment environment) =>
        environment.IsDevelopment() ? "SoTTTT.Antiforgery" : "__Host-SoTTTT.Antiforgery";

    public static CookieSecurePolicy SecurePolicy(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    public static IServiceCollection AddPortalCookies(this IServiceCollection services, IHostEnvironment environment)
    {
        var securePolicy = SecurePolicy(environment);
        // Every cookie scheme Identity registers (application, external, two-factor).
        services.ConfigureAll<CookieAuthenticationOptions>(options =>
        {
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.HttpOnly = true;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryName(environment);
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.Path = "/";
        });
        return services;
    }
}
