using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Features.Attachments;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Tests.Builders;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>
/// ASVS V8 for the endpoints that are not pages: every route endpoint the running portal maps (read from
/// its <see cref="EndpointDataSource"/>) that is not a Razor component, a static asset or Blazor's own, is
/// requested by every principal and compared with <see cref="EndpointMatrix"/>. An endpoint the matrix does
/// not list fails the test.
/// </summary>
public sealed partial class EndpointMatrixTests(DemoPortal portal, ITestOutputHelper output) : IClassFixture<DemoPortal>
{
    [Fact]
    public void Every_endpoint_that_is_not_a_page_is_in_the_endpoint_matrix()
    {
        var mapped = MappedEndpoints();
        var listed = EndpointMatrix.Rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        var missing = mapped.Where(e => !listed.Contains(e)).ToList();
        var stale = listed.Where(k => !mapped.Contains(k)).ToList();

        output.WriteLine($"endpoints: {mapped.Count} mapped outside pages, {listed.Count} listed");
        Assert.True(missing.Count == 0, "Endpoints missing from EndpointMatrix:\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "EndpointMatrix lists endpoints that are not mapped:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task Every_endpoint_answers_each_principal_as_the_matrix_says()
    {
        var targets = new EndpointTargets(await DemoTargets.LoadAsync(portal), await PoliceDispatchScanAsync());
        var browsers = await Task.WhenAll(MatrixPrincipal.All.Select(BrowserAsync));
        var ct = TestContext.Current.CancellationToken;

        var actual = await Task.WhenAll(EndpointMatrix.Rows.Select(async row =>
        {
            var url = row.Url(targets);
            var outcomes = await Task.WhenAll(browsers.Select(browser => OutcomeAsync(browser, row.Method, url, ct)));
            return (Row: row, Url: url, Actual: string.Concat(outcomes));
        }));

        var comparison = OutcomeComparison.Of(actual.Select(a => ($"{a.Row.Key} [{a.Row.Target}] {a.Url}", a.Row.Expected, a.Actual)));

        output.WriteLine(
            $"endpoint matrix: {EndpointMatrix.Rows.Select(r => r.Key).Distinct().Count()} endpoints, {actual.Length} targets × " +
            $"{MatrixPrincipal.All.Count} principals = {actual.Length * MatrixPrincipal.All.Count} requests; " +
            $"unexpected allows {comparison.UnexpectedAllows}, unexpected denies {comparison.UnexpectedDenies}");
        Assert.True(comparison.Mismatches.Count == 0,
            $"Columns: {MatrixPrincipal.Header} (P 2xx, S sign-in, D 403 page, N 404, R redirect, B 400)\n" + string.Join("\n", comparison.Mismatches));
    }

    [Fact]
    public async Task The_language_switch_never_sends_a_visitor_to_another_site()
    {
        using var browser = portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var returnUrl in new[] { "https://example.com/", "//example.com/", "/\\example.com/", "\\\\example.com" })
        {
            using var response = await browser.GetAsync($"/culture?name=en-US&returnUrl={Uri.EscapeDataString(returnUrl)}", TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/", response.Headers.Location?.OriginalString);
        }
    }

    /// <summary>"GET /xuat/…" for every route endpoint that is neither a component page, a static asset nor Blazor's.</summary>
    private HashSet<string> MappedEndpoints() =>
        portal.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.StartsWith("_blazor", StringComparison.Ordinal)
                        && !raw.StartsWith("/_blazor", StringComparison.Ordinal) && !raw.StartsWith("_framework", StringComparison.Ordinal)
                        && !raw.StartsWith("/_framework", StringComparison.Ordinal))
            .Where(e => !IsStaticAsset(e))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method} {Normalise(e.RoutePattern.RawText!)}"))
            .ToHashSet(StringComparer.Ordinal);

    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor");

    private static string Normalise(string template) => template.StartsWith('/') ? template : "/" + template;

    private async Task<Guid> PoliceDispatchScanAsync()
    {
        var dispatch = await portal.ExecuteDbContextAsync(db =>
            db.IncomingDocuments.Where(d => d.NumberSymbol == DocumentFixtureExtensions.PoliceDispatch).Select(d => d.Id).SingleAsync());
        var pdf = SampleFiles.Pdf();
        var uploaded = await portal.SendAsync(
            new UploadAttachmentCommand(DocumentOwnerTypes.Incoming, dispatch, "716-CAT-PC02.pdf", pdf.Length, new MemoryStream(pdf)), DemoUsers.Clerk);
        return uploaded.Id;
    }

    private async Task<HttpClient> BrowserAsync(MatrixPrincipal principal) =>
        principal.UserName is null
            ? portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            : await SignedInBrowser.CreateAsync(portal.Factory, principal.UserName);

    private static async Task<string> OutcomeAsync(HttpClient browser, string method, string url, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
            request.Content = new FormUrlEncodedContent([]);
        using var response = await browser.SendAsync(request, ct);
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
            return "P";
        switch (response.StatusCode)
        {
            case HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.RedirectKeepVerb or HttpStatusCode.SeeOther:
                var location = response.Headers.Location?.OriginalString ?? "";
                var path = Uri.TryCreate(location, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : location;
                return path.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase) ? "S" : "R";
            case HttpStatusCode.NotFound:
                return "N";
            case HttpStatusCode.BadRequest:
                return "B";
            case HttpStatusCode.Forbidden:
                return AccessDeniedHeading().IsMatch(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct))) ? "D" : "E";
            default:
                return "E";
        }
    }

    [GeneratedRegex(@"<h1[^>]*>\s*Không có quyền truy cập")]
    private static partial Regex AccessDeniedHeading();
}
