using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using SoTTTT.Portal.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

/// <summary>
/// The inspectorate at work: the inspector opens a unit's assignment of the founding dispatch, records a finding,
/// finds it in the workspace /thanh-tra and downloads the findings as a workbook.
/// </summary>
public sealed class InspectionJourney(PortalFixture portal)
{
    private const string AntiFraudSummary = SoTTTT.Portal.Infrastructure.Seeding.DemoDocuments.AntiFraudSummary;
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    [Fact]
    public async Task The_inspector_records_a_finding_from_an_assignment_sees_it_in_the_workspace_and_downloads_the_Excel()
    {
        var description = $"Đơn vị chưa nhắn tin cảnh báo đến thuê bao trả sau ({Guid.NewGuid():N}).";
        var assignmentId = await VnptAssignmentIdAsync();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("thanhtra", portal.DemoPassword);
        await page.OpenInteractiveAsync($"/nhiem-vu/{assignmentId}");

        await page.GetByTestId("record-finding").ClickAsync();
        await page.GetByTestId("finding-description").FillAsync(description);
        await page.GetByTestId("finding-recommendation").FillAsync("Bổ sung nhắn tin trong 5 ngày làm việc và báo cáo về Sở.");
        await page.SaveScreenshotAsync(portal, "record-finding-dialog.png");
        await page.GetByTestId("finding-save").ClickAsync();
        await Expect(page.GetByText("Đã ghi nhận phát hiện.")).ToBeVisibleAsync();

        await page.GetByTestId("nav-inspection").ClickAsync();
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thanh tra", Level = 1 })).ToBeVisibleAsync();
        var row = page.GetByTestId("finding-description-cell").Filter(new() { HasText = description });
        await Expect(row).ToBeVisibleAsync();
        await page.SaveScreenshotAsync(portal, "inspection-workspace.png");

        var file = await page.DownloadAsync("findings-excel");
        Assert.EndsWith(".xlsx", file.SuggestedFilename, StringComparison.Ordinal);
        var rows = await file.SheetRowsAsync("Phát hiện thanh tra");
        var recorded = Assert.Single(rows, r => Equals(r["Nội dung phát hiện"], description));
        Assert.IsType<DateTime>(recorded["Ngày ghi nhận"]);
        Assert.Equal("VNPT Trà Vinh", recorded["Đơn vị"]);
    }

    [Fact]
    public async Task The_workspace_fits_a_phone_without_sideways_scrolling()
    {
        await using var context = await portal.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("thanhtra", portal.DemoPassword);
        await page.OpenInteractiveAsync("/thanh-tra");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thanh tra", Level = 1 })).ToBeVisibleAsync();
        await page.AssertNoSidewaysScrollAsync();
        await page.SaveScreenshotAsync(portal, "inspection-workspace-phone.png");
    }

    // Any of VNPT's assignments on the founding dispatch: other journeys may add tasks to it in the same database.
    private async Task<Guid> VnptAssignmentIdAsync()
    {
        var id = Guid.Empty;
        await portal.ArrangeAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            id = await (from a in db.Assignments
                        join d in db.OutgoingDocuments on a.DocumentId equals d.Id
                        join u in db.OrgUnits on a.UnitId equals u.Id
                        where d.Summary == AntiFraudSummary && u.Code == "VNPTTV"
                        orderby a.Id
                        select a.Id).FirstAsync();
        });
        return id;
    }
}
