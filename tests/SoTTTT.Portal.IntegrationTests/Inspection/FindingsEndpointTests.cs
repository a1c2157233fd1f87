using System.Net;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.IntegrationTests.Exports;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Inspection;

/// <summary>GET /xuat/phat-hien: the findings as a file for their readers, 403 for anyone else, 400 for a bad period.</summary>
public sealed class FindingsEndpointTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_inspector_downloads_the_findings_workbook_and_a_reporter_is_refused()
    {
        using var inspector = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.Inspector);
        using var vnpt = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.VnptReporter);

        using var workbook = await inspector.GetAsync("/xuat/phat-hien?format=Excel&severity=High", Ct);
        using var pdf = await inspector.GetAsync("/xuat/phat-hien", Ct);
        using var refused = await vnpt.GetAsync("/xuat/phat-hien?format=Excel", Ct);

        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal(ExportFile.ExcelContentType, workbook.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["Phát hiện thanh tra"], ExportReading.SheetNames(await workbook.Content.ReadAsByteArrayAsync(Ct)));
        Assert.Equal(ExportFile.PdfContentType, pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_in_Vietnamese()
    {
        using var leader = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.Leader);

        using var response = await leader.GetAsync("/xuat/phat-hien?from=2026-05-10&to=2026-05-01", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Ngày bắt đầu phải trước ngày kết thúc.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
