using System.Net;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Exports;

/// <summary>GET /xuat/…: the files by URL, each refused as the data it holds would be.</summary>
public sealed class ExportEndpointTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_leader_downloads_the_compliance_workbook_as_an_attachment_that_no_cache_keeps()
    {
        var id = await portal.AntiFraudDispatchIdAsync();
        using var leader = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.Leader);

        using var response = await leader.GetAsync($"/xuat/bao-cao-thuc-hien/{id}?format=Excel", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExportFile.ExcelContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(ExportReading.SheetNames(await response.Content.ReadAsByteArrayAsync(Ct)));
    }

    [Fact]
    public async Task A_reporter_gets_its_own_history_but_403_for_the_compliance_report_and_404_for_another_units_history()
    {
        var id = await portal.AntiFraudDispatchIdAsync();
        var viettel = await portal.UnitIdAsync("VIETTELTV");
        using var vnpt = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.VnptReporter);

        using var own = await vnpt.GetAsync("/xuat/lich-su-bao-cao?format=Pdf", Ct);
        using var report = await vnpt.GetAsync($"/xuat/bao-cao-thuc-hien/{id}", Ct);
        using var other = await vnpt.GetAsync($"/xuat/lich-su-bao-cao?unitId={viettel}&format=Excel", Ct);
        using var assignments = await vnpt.GetAsync("/xuat/nhiem-vu", Ct);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(ExportFile.PdfContentType, own.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, assignments.StatusCode);
    }

    [Fact]
    public async Task The_police_cannot_download_a_dispatch_it_did_not_receive()
    {
        var id = await portal.AntiFraudDispatchIdAsync();
        using var police = await SignedInBrowser.CreateAsync(portal.Factory, DocumentDemoUsers.PoliceReporter);
        using var vnpt = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.VnptReporter);

        using var refused = await police.GetAsync($"/xuat/van-ban-di/{id}", Ct);
        using var received = await vnpt.GetAsync($"/xuat/van-ban-di/{id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await received.Content.ReadAsByteArrayAsync(Ct))[..4]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_period_gets_400_with_its_Vietnamese_reason_and_a_signed_out_visitor_is_sent_to_sign_in()
    {
        var vnptId = await portal.UnitIdAsync("VNPTTV");
        using var specialist = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.Specialist);
        using var anonymous = portal.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var backwards = await specialist.GetAsync($"/xuat/lich-su-bao-cao?unitId={vnptId}&from=2022-05-01&to=2022-04-01", Ct);
        using var signedOut = await anonymous.GetAsync("/xuat/nhiem-vu-cua-don-vi", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal("Ngày bắt đầu phải trước ngày kết thúc.", await backwards.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("/Account/Login", signedOut.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
