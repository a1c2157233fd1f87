using System.Globalization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using SoTTTT.Portal.Core;
using SoTTTT.Portal.Core.Common.Behaviours;
using SoTTTT.Portal.Infrastructure;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Infrastructure.Persistence;
using SoTTTT.Portal.Infrastructure.Seeding;
using SoTTTT.Portal.Web.Attachments;
using SoTTTT.Portal.Web.Components;
using SoTTTT.Portal.Web.Components.Account;
using SoTTTT.Portal.Web.Exports;
using SoTTTT.Portal.Web.Messaging;
using SoTTTT.Portal.Web.Notices;
using SoTTTT.Portal.Web.Security;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = PortalHost.ContentRoot(args),
});

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddTransient<MudBlazor.MudLocalizer, SoTTTT.Portal.Web.Components.Shared.VietnameseMudLocalizer>();
builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");

builder.Services.AddCascadingAuthenticationState();
builder.Services.AddScoped<IdentityRedirectManager>();
builder.Services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
builder.Services.AddAuthentication(options =>
    {
        options.DefaultScheme = IdentityConstants.ApplicationScheme;
        options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
    })
    .AddIdentityCookies();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/Account/Login";
    options.LogoutPath = "/Account/Logout";
    options.AccessDeniedPath = "/Account/AccessDenied";
    // A signed-in user refused a page or an endpoint gets 403 at the address asked for, shown by the
    // portal's own page (/loi/403 through the status-code pages), not a redirect that reads as success.
    options.Events.OnRedirectToAccessDenied = context =>
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    };
    options.Cookie.Name = PortalCookies.AuthName(builder.Environment);
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
});
builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
// The cookie's lifetime: Security:Session (idle, sliding; absolute from sign-in).
builder.Services.AddPortalSessionTimeouts(builder.Configuration);
builder.Services.AddAuthorization(options => options.AddPermissionPolicies());
builder.Services.AddSingleton<OpenSessions>();
builder.Services.AddSingleton<SoTTTT.Portal.Core.Common.Security.IUserSessions>(sp => sp.GetRequiredService<OpenSessions>());
builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, SessionCircuitHandler>();
builder.Services.AddPortalCookies(builder.Environment);
builder.Services.AddPortalRateLimits(builder.Configuration);
builder.Services.AddSingleton<UploadRateLimiter>();
builder.Services.AddPortalReverseProxy(builder.Configuration);

builder.Services.AddPortalCore();
builder.Services.AddPortalInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddScoped<PortalIdentityErrorDescriber, VietnameseIdentityErrorDescriber>();
builder.Services.AddScoped<IdentityErrorDescriber>(sp => sp.GetRequiredService<PortalIdentityErrorDescriber>());
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(CoreMarker)];
    // Outermost first (DESIGN §6).
    options.PipelineBehaviors =
    [
        typeof(LoggingBehaviour<,>),
        // Outside the transaction: evicts the cached public pages after the change is committed.
        typeof(PublicNoticeCacheEviction<,>),
        typeof(AuthorizationBehaviour<,>),
        typeof(UploadRateLimitBehaviour<,>),
        typeof(ValidationBehaviour<,>),
        typeof(TransactionBehaviour<,>),
    ];
});
builder.Services.AddScoped<IPortalSender, ScopedPortalSender>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<CircuitHandler, ClientAddressCircuitHandler>();
// Liveness only: the process answers HTTP. No check touches the database, so a monitor's probe costs nothing.
builder.Services.AddHealthChecks();
builder.Services.AddPublicNoticeCache();
builder.Services.AddDataProtection()
    .SetApplicationName("SoTTTT.Portal")
    .PersistKeysToDbContext<PortalDbContext>();
builder.Services.AddCacheablePublicPages();

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
    await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync();

app.UseForwardedHeaders();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}
// 403 → /loi/403 (Forbidden.razor), any other status without a body → /loi/{code} (NotFound.razor).
app.UseStatusCodePagesWithReExecute("/loi/{0}", createScopeForStatusCodePages: true);

app.UseRequestLocalization(PortalCultures.LocalizationOptions());
app.UseRateLimiter();
app.UseAuthentication();
// The request's user and address are those of everything the request's scope resolves.
app.Use((context, next) =>
{
    context.RequestServices.GetRequiredService<ClaimsCurrentUser>().Principal = context.User;
    context.RequestServices.GetRequiredService<ClientInfo>().Address = context.Connection.RemoteIpAddress?.ToString();
    return next(context);
});
app.UseTwoFactorRequirement();
app.UseTemporaryPasswordGate();
app.UseAuthorization();
app.UseAntiforgery();
// After every gate above (sign-in, two-factor and password gates): only pages that opt in are cached.
app.UseOutputCache();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();
app.MapCultureEndpoint();
app.MapAttachmentEndpoints();
app.MapExportEndpoints();
app.MapNoticeFeedEndpoints();
app.MapHealthChecks(PortalHealth.Path).WithMetadata(new HttpMethodMetadata([HttpMethods.Get])).AllowAnonymous();

await app.RunAsync();

/// <summary>Where the portal runs from.</summary>
internal static class PortalHost
{
    /// <summary>
    /// The repository root under dotnet run (its working directory), the publish folder for a
    /// published portal started from elsewhere: wherever appsettings.json is. A content root given
    /// explicitly (--contentRoot, as test hosts do) is left to the host.
    /// </summary>
    public static string? ContentRoot(string[] args)
    {
        var explicitRoot = new ConfigurationBuilder().AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(args)
            .Build()[WebHostDefaults.ContentRootKey];
        if (!string.IsNullOrEmpty(explicitRoot))
            return null;
        var current = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(current, "appsettings.json")) ? current : AppContext.BaseDirectory;
    }
}

/// <summary>GET /suc-khoe ("health"): "Healthy" in plain text while the portal answers requests, for monitors and load balancers.</summary>
internal static class PortalHealth
{
    public const string Path = "/suc-khoe";
}

/// <summary>Vietnamese first, English second (DESIGN: the UI is Vietnamese first).</summary>
internal static class PortalCultures
{
    public static readonly CultureInfo[] Supported = [new("vi-VN"), new("en-US")];

    public static RequestLocalizationOptions LocalizationOptions()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("vi-VN"),
            SupportedCultures = Supported,
            SupportedUICultures = Supported,
        };
        // Only the user's explicit choice changes the language, not the browser's headers.
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return options;
    }

    /// <summary>GET /culture?name=en-US&amp;returnUrl=/ stores the choice in a cookie and reloads the page.</summary>
    public static void MapCultureEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture", (HttpContext context, string? name, string? returnUrl) =>
        {
            var culture = Supported.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? Supported[0];
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            var target = !string.IsNullOrEmpty(returnUrl) && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? returnUrl
                : "/";
            return Results.LocalRedirect(target);
        });
}

public partial class Program;
