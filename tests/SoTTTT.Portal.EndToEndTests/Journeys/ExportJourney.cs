using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using SoTTTT.Portal.Infrastructure.Persistence;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

/// <summary>
/// The files people print and forward: the Leader downloads the founding dispatch and its compliance report,
/// a unit reads and downloads its own report history on a phone, a specialist drafts the summary report.
/// Every downloaded file is opened and read.
/// </summary>
public sealed class ExportJourney(PortalFixture portal)
{
    private const string AntiFraudSummary = SoTTTT.Portal.Infrastructure.Seeding.DemoDocuments.AntiFraudSummary;
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    [Fact]
    public async Task The_leader_downloads_the_founding_dispatch_and_its_compliance_report_as_PDF_and_Excel()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("lanhdao", portal.DemoPassword);
        await OpenFoundingDispatchAsync(page);

        var dispatch = await page.DownloadAsync("download-document-pdf");
        Assert.EndsWith(".pdf", dispatch.SuggestedFilename, StringComparison.Ordinal);
        var text = PdfText(await dispatch.BytesAsync());
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("/STTTT-BCVTCNTT", text, StringComparison.Ordinal);
        Assert.Contains("KT. GIÁM ĐỐC", text, StringComparison.Ordinal);
        Assert.Contains("Bùi Thống Nhứt", text, StringComparison.Ordinal);

        var report = page.GetByTestId("compliance-report");
        await Expect(report).ToBeVisibleAsync();
        await page.SaveScreenshotAsync(portal, "compliance-report-panel.png");
        var pdf = PdfText(await (await page.DownloadAsync("compliance-pdf")).BytesAsync());
        Assert.Contains("BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", pdf, StringComparison.Ordinal);
        Assert.Contains("VNPT Trà Vinh", pdf, StringComparison.Ordinal);
        Assert.Contains("Trang 1/", pdf, StringComparison.Ordinal);

        var detail = await (await page.DownloadAsync("compliance-excel")).SheetRowsAsync("Chi tiết");
        Assert.Contains(detail, row => Equals(row["Đơn vị"], "VNPT Trà Vinh"));
        Assert.Contains(detail, row => row["Hạn xử lý"] is DateTime);
    }

    [Fact]
    public async Task A_unit_reads_and_downloads_its_own_report_history_on_a_phone()
    {
        await using var context = await portal.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("vnpt", portal.DemoPassword);
        await page.OpenInteractiveAsync("/nhiem-vu");
        await page.GetByTestId("report-history-link").ClickAsync();
        await page.WaitUntilInteractiveAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lịch sử báo cáo" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("history-report").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByTestId("history-unit").CountAsync());
        await page.AssertNoSidewaysScrollAsync();
        await page.SaveScreenshotAsync(portal, "unit-report-history-phone.png");

        var rows = await (await page.DownloadAsync("history-excel")).SheetRowsAsync("Lịch sử báo cáo");
        Assert.Equal(await page.GetByTestId("history-report").CountAsync(), rows.Count);
        Assert.All(rows, row => Assert.IsType<DateTime>(row["Ngày gửi"]));
    }

    [Fact]
    public async Task A_specialist_drafts_the_summary_report_of_the_founding_dispatch_and_lands_on_the_draft()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("chuyenvien", portal.DemoPassword);
        await OpenFoundingDispatchAsync(page);

        await page.GetByTestId("draft-summary-report").ClickAsync();

        await Expect(page.GetByTestId("outgoing-status")).ToHaveTextAsync("Dự thảo");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Báo cáo");
        await Expect(page.GetByText("Tồn tại, hạn chế").First).ToBeVisibleAsync();
        var draft = PdfText(await (await page.DownloadAsync("download-document-pdf")).BytesAsync());
        Assert.Contains("DỰ THẢO", draft, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận:", draft, StringComparison.Ordinal);
    }

    private async Task OpenFoundingDispatchAsync(IPage page)
    {
        var id = Guid.Empty;
        await portal.ArrangeAsync(async services =>
            id = await services.GetRequiredService<PortalDbContext>().OutgoingDocuments
                .Where(d => d.Summary == AntiFraudSummary).Select(d => d.Id).SingleAsync());
        await page.OpenInteractiveAsync($"/van-ban-di/{id}");
        await Expect(page.GetByTestId("outgoing-status")).ToHaveTextAsync("Đã phát hành");
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
