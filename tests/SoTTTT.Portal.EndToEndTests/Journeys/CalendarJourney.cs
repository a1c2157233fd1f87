using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

public sealed class CalendarJourney(PortalFixture portal)
{
    [Fact]
    public async Task Administrator_adds_a_working_Saturday_and_sees_it_listed_beside_the_seeded_holidays()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("quantri", portal.DemoPassword);
        await page.OpenInteractiveAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lịch nghỉ lễ, làm bù" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lịch nghỉ lễ, làm bù");
        await page.WaitUntilInteractiveAsync();

        await page.GetByTestId("calendar-year").FillAsync("2026");
        await page.GetByTestId("calendar-year").PressAsync("Tab");
        await Expect(Row(page, "02/09/2026")).ToContainTextAsync("Quốc khánh");
        await Expect(page.GetByTestId("add-holidays-of-year")).ToContainTextAsync("Thêm ngày lễ theo quy định của năm 2026");

        // Saturday 13/6/2026, worked in exchange for Monday 31/8 before Quốc khánh.
        await page.GetByTestId("add-calendar-day").ClickAsync();
        await page.GetByTestId("calendar-day-date").FillAsync("13/06/2026");
        await page.GetByTestId("calendar-day-name").FillAsync("Làm bù cho ngày 31/08/2026");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Làm bù", Exact = true }).CheckAsync();
        await page.GetByTestId("save-calendar-day").ClickAsync();

        var saturday = Row(page, "13/06/2026");
        await Expect(saturday).ToContainTextAsync("Thứ Bảy");
        await Expect(saturday).ToContainTextAsync("Làm bù cho ngày 31/08/2026");
        await Expect(saturday.Locator(".mud-chip")).ToHaveTextAsync("Làm bù");
        await page.SaveScreenshotAsync(portal, "calendar-working-saturday.png");

        await page.SetViewportSizeAsync(360, 740);
        await Expect(saturday).ToBeVisibleAsync();
        await page.AssertNoSidewaysScrollAsync();
        await page.SaveScreenshotAsync(portal, "calendar-phone.png", fullPage: false);
    }

    private static ILocator Row(IPage page, string date) =>
        page.GetByRole(AriaRole.Row).Filter(new() { HasText = date });
}
