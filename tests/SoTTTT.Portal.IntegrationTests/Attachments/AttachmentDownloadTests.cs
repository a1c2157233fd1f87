using System.Net;
using SoTTTT.Portal.Core.Tests.Builders;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Attachments;

/// <summary>GET /tep-dinh-kem/{id}: a download under the original name for readers of the owner, 404 for anyone else.</summary>
public sealed class AttachmentDownloadTests(AttachmentPortal portal) : IClassFixture<AttachmentPortal>
{
    private const string Specialist = DemoUsers.Specialist;

    [Fact]
    public async Task A_reader_downloads_the_file_as_an_attachment_under_its_Vietnamese_name()
    {
        var owner = portal.NewOwner(attachers: [Specialist], readers: [DemoUsers.Leader]);
        var uploaded = await portal.UploadAsync(owner, "Công văn 716 (bản quét).pdf", SampleFiles.Pdf(), asUser: Specialist);
        using var browser = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.Leader);

        using var response = await browser.GetAsync($"/tep-dinh-kem/{uploaded.Id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Công văn 716 (bản quét).pdf", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20716", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(SampleFiles.Pdf(), await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_user_who_may_not_read_the_owner_gets_404()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var uploaded = await portal.UploadAsync(owner, "mat.pdf", SampleFiles.Pdf(), asUser: Specialist);
        using var browser = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.VnptReporter);

        using var response = await browser.GetAsync($"/tep-dinh-kem/{uploaded.Id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task An_unknown_id_gets_404()
    {
        using var browser = await SignedInBrowser.CreateAsync(portal.Factory, Specialist);

        using var response = await browser.GetAsync($"/tep-dinh-kem/{Guid.CreateVersion7()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var uploaded = await portal.UploadAsync(owner, "bao-cao.pdf", SampleFiles.Pdf(), asUser: Specialist);
        using var browser = portal.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await browser.GetAsync($"/tep-dinh-kem/{uploaded.Id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal($"/Account/Login?ReturnUrl=%2Ftep-dinh-kem%2F{uploaded.Id}", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
    }
}
