using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>A portal that lets three sign-in attempts per minute through.</summary>
public sealed class SignInLimitedPortal() : SliceFixture(new PortalSettings(
    DemoData: false,
    AdministratorPassword: ProductionPortal.AdministratorPassword,
    Settings: new Dictionary<string, string> { ["RateLimits:SignInPerMinute"] = "3" }))
{
    public const int SignInPerMinute = 3;
}

/// <summary>
/// The portal in the Production environment, with one address, <see cref="FailingPath"/>, that fails
/// with an unhandled exception, standing in for any bug.
/// </summary>
public sealed class FailingProductionPortal() : SliceFixture(new PortalSettings(
    DemoData: false,
    AdministratorPassword: ProductionPortal.AdministratorPassword,
    ConfigureServices: services => services.AddTransient<IStartupFilter, FailingAddress>(),
    Settings: new Dictionary<string, string> { ["environment"] = "Production" }))
{
    public const string FailingPath = "/thu-loi";
    public const string SecretDetail = "Chi tiết nội bộ không được lộ ra";

    // Appended after the portal's own pipeline: reached for an address no endpoint serves, inside the
    // portal's exception handler.
    private sealed class FailingAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == FailingPath
                ? throw new InvalidOperationException(SecretDetail)
                : nextMiddleware(context));
        };
    }
}
