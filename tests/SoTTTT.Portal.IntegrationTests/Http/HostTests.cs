using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Http;

/// <summary>The host as a browser meets it: sign-in redirect, static files from the root wwwroot, language choice.</summary>
public sealed class HostTests(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    private HttpClient Browser() => portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static string PathAndQuery(Uri? location)
    {
        Assert.NotNull(location);
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    [Fact]
    public void Portal_runs_from_the_repository_root()
    {
        var environment = portal.Factory.Services.GetRequiredService<IWebHostEnvironment>();

        Assert.Equal(PortalFactory.RepositoryRoot, Path.TrimEndingDirectorySeparator(environment.ContentRootPath));
        Assert.Equal(Path.Combine(PortalFactory.RepositoryRoot, "wwwroot"), Path.TrimEndingDirectorySeparator(environment.WebRootPath));
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/canh-bao")]
    public async Task The_portals_theme_is_written_into_the_pages_head(string path)
    {
        var browser = portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://sotttt.example/") });

        var html = await browser.GetStringAsync(path, TestContext.Current.CancellationToken);

        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains("<style class='mud-theme-provider'>", head, StringComparison.Ordinal);
        Assert.Contains("--mud-palette-primary: rgba(11,79,138,1);", head, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-theme-provider", html[head.Length..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_sends_an_anonymous_visitor_to_sign_in()
    {
        using var response = await Browser().GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login?ReturnUrl=%2F", PathAndQuery(response.Headers.Location));
    }

    [Theory]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", "text/javascript")]
    [InlineData("/favicon.png", "image/png")]
    public async Task Static_files_are_served(string path, string contentType)
    {
        using var response = await Browser().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 0);
    }

    [Fact]
    public async Task Favicon_is_the_one_in_the_repository_root_wwwroot()
    {
        using var response = await Browser().GetAsync("/favicon.png", TestContext.Current.CancellationToken);

        var served = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(PortalFactory.RepositoryRoot, "wwwroot", "favicon.png"), TestContext.Current.CancellationToken), served);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("")]
    public async Task Culture_switch_never_redirects_off_site(string returnUrl)
    {
        using var response = await Browser().GetAsync($"/culture?name=en-US&returnUrl={Uri.EscapeDataString(returnUrl)}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", PathAndQuery(response.Headers.Location));
    }

    [Fact]
    public async Task Culture_switch_returns_to_a_local_page()
    {
        using var response = await Browser().GetAsync("/culture?name=en-US&returnUrl=%2Fdon-vi%3Floai%3DTelecomEnterprise", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/don-vi?loai=TelecomEnterprise", PathAndQuery(response.Headers.Location));
    }

    [Theory]
    [InlineData("en-US", "c%3Den-US%7Cuic%3Den-US")]
    [InlineData("EN-us", "c%3Den-US%7Cuic%3Den-US")]
    [InlineData("vi-VN", "c%3Dvi-VN%7Cuic%3Dvi-VN")]
    [InlineData("fr-FR", "c%3Dvi-VN%7Cuic%3Dvi-VN")]
    public async Task Culture_switch_stores_a_supported_culture_in_a_cookie(string name, string cookieValue)
    {
        using var response = await Browser().GetAsync($"/culture?name={name}&returnUrl=//evil.example", TestContext.Current.CancellationToken);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.StartsWith($".AspNetCore.Culture={cookieValue};", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
