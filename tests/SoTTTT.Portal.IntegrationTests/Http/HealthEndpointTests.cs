using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Http;

/// <summary>GET /suc-khoe: a monitor's probe, open to anyone, plain text.</summary>
public sealed class HealthEndpointTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task The_health_endpoint_answers_Healthy_in_plain_text_to_an_anonymous_monitor()
    {
        using var browser = portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await browser.GetAsync("/suc-khoe", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
