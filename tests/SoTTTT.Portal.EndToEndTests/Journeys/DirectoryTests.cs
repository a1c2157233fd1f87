using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

public sealed class DirectoryTests(PortalFixture portal)
{
    [Fact]
    public async Task Administrator_is_told_in_Vietnamese_what_is_wrong_then_adds_a_unit_that_the_search_finds_without_accents()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("quantri", portal.DemoPassword);
        await page.OpenInteractiveAsync("/don-vi/them");

        // VNPTTV belongs to VNPT Trà Vinh already, and the name is left empty.
        await page.GetByTestId("unit-code").FillAsync("vnpttv");
        await page.GetByTestId("save-unit").ClickAsync();

        await Expect(page.GetByText("Mã đơn vị này đã được dùng cho một đơn vị khác.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Tên đầy đủ không được để trống.")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync(portal, "unit-form-errors.png");

        await page.GetByTestId("unit-code").FillAsync("BAOTRAVINH");
        await page.GetByTestId("unit-full-name").FillAsync("Báo Trà Vinh");
        await page.GetByTestId("save-unit").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Báo Trà Vinh");
        await page.OpenInteractiveAsync("/don-vi");
        await page.GetByLabel("Tìm theo mã hoặc tên (không cần dấu)").FillAsync("bao tra vinh");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Báo Trà Vinh" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Viễn thông Trà Vinh (VNPT Trà Vinh)" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Leader_reads_the_directory_but_cannot_open_the_form_to_change_it()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("lanhdao", portal.DemoPassword);

        await page.OpenInteractiveAsync("/nhom-don-vi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Các doanh nghiệp viễn thông trên địa bàn tỉnh" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Vietnamobile - Chi nhánh Trà Vinh" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sửa" })).ToHaveCountAsync(0);

        await page.GotoAsync("/don-vi/them");
        await Expect(page.GetByText("Không có quyền truy cập").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("save-unit")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Unit_reporter_cannot_read_another_units_page_by_its_address()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("quantri", portal.DemoPassword);
        await page.OpenInteractiveAsync("/don-vi");
        await page.GetByLabel("Tìm theo mã hoặc tên (không cần dấu)").FillAsync("viettel");
        await page.GetByRole(AriaRole.Link, new() { Name = "Viettel Trà Vinh - Chi nhánh Tập đoàn Công nghiệp - Viễn thông Quân đội" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Viettel Trà Vinh");
        var viettelUrl = page.Url;

        await using var reporterContext = await portal.NewContextAsync();
        var reporter = await reporterContext.NewPageAsync();
        await reporter.SignInAsync("vnpt", portal.DemoPassword);
        await reporter.OpenInteractiveAsync(new Uri(viettelUrl).PathAndQuery);

        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không tìm thấy đơn vị");
        await Expect(reporter.GetByText("Viettel Trà Vinh - Chi nhánh")).ToHaveCountAsync(0);

        var denied = await reporter.GotoAsync("/don-vi");
        Assert.Equal(403, denied!.Status);
        await Expect(reporter).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/don-vi$"));
        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không có quyền truy cập");
    }

    [Fact]
    public async Task The_unit_list_fits_a_phone_screen()
    {
        await using var context = await portal.NewContextAsync(new ViewportSize { Width = 360, Height = 740 });
        var page = await context.NewPageAsync();
        await page.SignInAsync("chuyenvien", portal.DemoPassword);

        await page.OpenInteractiveAsync("/don-vi");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Văn phòng Sở Thông tin và Truyền thông" })).ToBeVisibleAsync();

        await page.AssertNoSidewaysScrollAsync();
        await page.SaveScreenshotAsync(portal, "unit-list-phone.png", fullPage: false);
    }
}
