using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>The demo portal on a clock the tests move by hand: lockouts and sessions end without waiting.</summary>
public sealed class HandClockPortal() : SliceFixture(new PortalSettings(
    DemoData: true,
    ConfigureServices: services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow))))
{
    public FakeTimeProvider Clock => (FakeTimeProvider)Factory.Services.GetRequiredService<TimeProvider>();
}
