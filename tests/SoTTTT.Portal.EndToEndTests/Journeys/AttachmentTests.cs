using System.Text;
using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

public sealed class AttachmentTests(PortalFixture portal)
{
    private static readonly byte[] ScannedPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    [Fact]
    public async Task Clerk_attaches_the_scan_of_716_a_renamed_program_is_refused_and_a_unit_reporter_cannot_fetch_the_scan()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("vanthu", portal.DemoPassword);
        await page.OpenInteractiveAsync("/van-ban-den");
        await page.GetByTestId("incoming-search").FillAsync("716");
        await page.GetByRole(AriaRole.Link, new() { Name = "716/CAT-PC02" }).ClickAsync();
        await page.WaitUntilInteractiveAsync();

        var input = await page.ReadyFileInputAsync(".attachment-upload input[type=file]");
        await input.SetInputFilesAsync(new FilePayload { Name = "716-CAT-PC02.pdf", MimeType = "application/pdf", Buffer = ScannedPdf });
        var link = page.GetByRole(AriaRole.Link, new() { Name = "716-CAT-PC02.pdf" });
        await Expect(link).ToBeVisibleAsync();

        input = await page.ReadyFileInputAsync(".attachment-upload input[type=file]");
        await input.SetInputFilesAsync(new FilePayload { Name = "bao-cao.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0 this program cannot be run in DOS mode") });
        await Expect(page.GetByTestId("attachment-refusals")).ToContainTextAsync("bao-cao.pdf");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "bao-cao.pdf" })).ToHaveCountAsync(0);

        var downloadUrl = await link.GetAttributeAsync("href");
        Assert.NotNull(downloadUrl);
        var clerkResponse = await context.APIRequest.GetAsync(downloadUrl);
        Assert.Equal(200, clerkResponse.Status);
        Assert.StartsWith("attachment", clerkResponse.Headers["content-disposition"], StringComparison.Ordinal);

        await using var reporterContext = await portal.NewContextAsync();
        var reporter = await reporterContext.NewPageAsync();
        await reporter.SignInAsync("vnpt", portal.DemoPassword);
        var reporterResponse = await reporterContext.APIRequest.GetAsync(downloadUrl);
        Assert.Equal(404, reporterResponse.Status);
    }
}
