using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

/// <summary>
/// The Leader's view of compliance: the dashboard's figures lead to the assignments behind them,
/// and a directive's page shows its matrix and case timeline.
/// </summary>
public sealed class DashboardJourney(PortalFixture portal)
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    [Fact]
    public async Task The_leader_follows_the_overdue_figure_to_the_filtered_overview_and_opens_an_assignment()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("lanhdao", portal.DemoPassword);
        await Expect(page.GetByTestId("open-dashboard")).ToHaveAttributeAsync("href", "/bang-dieu-khien");
        await page.OpenInteractiveAsync("/bang-dieu-khien");
        await Expect(page.GetByTestId("dashboard-figures")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.SaveScreenshotAsync(portal, "dashboard.png");

        var overdue = int.Parse(await page.GetByTestId("figure-overdue").Locator(".work-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByTestId("figure-overdue").ClickAsync();
        await page.WaitForURLAsync("**/nhiem-vu/theo-doi?qua-han=true");
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("filter-overdue")).ToBeCheckedAsync();
        if (overdue == 0)
        {
            await Expect(page.GetByText("Không có nhiệm vụ nào phù hợp.")).ToBeVisibleAsync();
            return;
        }
        var assignment = page.Locator("td a[href^='/nhiem-vu/']:not([href^='/nhiem-vu/theo-doi'])").First;
        await Expect(assignment).ToBeVisibleAsync();
        await assignment.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/nhiem-vu/[0-9a-f-]{36}$"));
    }

    [Fact]
    public async Task The_matrix_of_the_founding_dispatch_scrolls_inside_its_box_on_a_phone()
    {
        await using var context = await portal.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("lanhdao", portal.DemoPassword);
        await page.OpenInteractiveAsync("/bang-dieu-khien");
        await page.GetByTestId("directives").Locator("a[href^='/chi-dao/']").First.ClickAsync();
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("compliance-matrix")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("timeline")).ToBeVisibleAsync();
        Assert.True(await page.GetByTestId("matrix-cell").CountAsync() > 0);
        await page.AssertNoSidewaysScrollAsync();
        await page.SaveScreenshotAsync(portal, "directive-matrix-phone.png");
    }

    [Fact]
    public async Task The_leader_finds_a_directive_by_typing_without_diacritics_and_the_dashboard_shows_it_alone()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("lanhdao", portal.DemoPassword);
        await page.OpenInteractiveAsync("/bang-dieu-khien");
        await Expect(page.GetByTestId("dashboard-figures")).ToBeVisibleAsync(new() { Timeout = 15_000 });

        await Expect(page.GetByTestId("filter-summary")).ToHaveTextAsync("Mọi văn bản chỉ đạo, mọi loại đơn vị");
        await page.GetByTestId("filter-toggle").ClickAsync();
        await page.GetByTestId("filter-document").FillAsync("lua dao");
        var option = page.GetByRole(AriaRole.Option).Filter(new() { HasText = "lừa đảo" });
        await Expect(option).ToHaveCountAsync(1);
        var number = (await option.Locator("b").InnerTextAsync()).Trim();
        await option.ClickAsync();

        await Expect(page.GetByTestId("filter-document")).ToHaveValueAsync(number);
        var listed = page.GetByTestId("directives").Locator("a[href^='/chi-dao/']");
        await Expect(listed).ToHaveCountAsync(1);
        await Expect(listed).ToHaveTextAsync(number);

        // Closed again, the filter stays in force and says so.
        await page.GetByTestId("filter-toggle").ClickAsync();
        await Expect(page.GetByTestId("filter-document")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("filter-summary")).ToHaveTextAsync($"Đang lọc: {number}");
        await Expect(listed).ToHaveCountAsync(1);
    }
}
