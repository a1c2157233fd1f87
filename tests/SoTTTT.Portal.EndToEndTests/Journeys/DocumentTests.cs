using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

public sealed partial class DocumentTests(PortalFixture portal)
{
    [Fact]
    public async Task Clerk_registers_an_incoming_document_and_presents_it_to_the_leader()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("vanthu", portal.DemoPassword);
        await page.OpenInteractiveAsync("/van-ban-den/vao-so");

        await page.GetByTestId("incoming-number-symbol").FillAsync("1234/UBND-KT");
        await page.GetByTestId("incoming-agency").FillAsync("Ủy ban nhân dân tỉnh Trà Vinh");
        await page.GetByTestId("incoming-issued-on").FillAsync(DateTime.Today.AddDays(-1).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("incoming-summary").FillAsync("V/v tăng cường phòng, chống lừa đảo qua mạng");
        await page.GetByTestId("register-incoming").ClickAsync();

        await Expect(page).ToHaveURLAsync(DetailUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("1234/UBND-KT");
        await Expect(page.GetByTestId("incoming-status")).ToHaveTextAsync("Đã vào sổ");

        await page.OpenInteractiveAsync("/van-ban-den");
        await page.GetByTestId("incoming-search").FillAsync("phong chong lua dao");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "1234/UBND-KT" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_draft_is_submitted_approved_and_issued_with_the_next_number_of_the_register()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("chuyenvien", portal.DemoPassword);
        await page.OpenInteractiveAsync("/van-ban-di/soan");

        await page.GetByTestId("draft-summary").FillAsync("V/v báo cáo số thuê bao đã nhắn tin cảnh báo lừa đảo");
        await page.GetByTestId("addressee-add").ClickAsync();
        await page.GetByTestId("addressee-0").GetByLabel("Nội dung dòng").FillAsync("Viễn thông Trà Vinh (VNPT Trà Vinh)");
        await page.GetByTestId("section-0").GetByLabel("Nội dung (dòng bắt đầu bằng “- ” là gạch đầu dòng)").FillAsync("Đề nghị báo cáo số thuê bao đã được nhắn tin cảnh báo trước ngày 30/4.");
        await page.GetByLabel("Họ tên người ký").FillAsync("Bùi Thống Nhứt");
        await page.GetByTestId("save-draft").ClickAsync();

        await Expect(page).ToHaveURLAsync(OutgoingUrl());
        await Expect(page.GetByTestId("format-issues")).ToHaveCountAsync(0);
        var documentUrl = new Uri(page.Url).PathAndQuery;
        await page.GetByTestId("submit-document").ClickAsync();
        await Expect(page.GetByTestId("outgoing-status")).ToHaveTextAsync("Chờ duyệt ký");

        await using var leaderContext = await portal.NewContextAsync();
        var leader = await leaderContext.NewPageAsync();
        await leader.SignInAsync("lanhdao", portal.DemoPassword);
        await leader.OpenInteractiveAsync(documentUrl);
        await leader.GetByTestId("approve-document").ClickAsync();
        await Expect(leader.GetByTestId("outgoing-status")).ToHaveTextAsync("Đã duyệt, chờ phát hành");

        await using var clerkContext = await portal.NewContextAsync();
        var clerk = await clerkContext.NewPageAsync();
        await clerk.SignInAsync("vanthu", portal.DemoPassword);
        await clerk.OpenInteractiveAsync(documentUrl);
        await clerk.GetByTestId("issue-document").ClickAsync();

        await Expect(clerk.GetByTestId("outgoing-status")).ToHaveTextAsync("Đã phát hành");
        await Expect(clerk.GetByTestId("document-number")).ToHaveTextAsync(IssuedNumber());
        await clerk.SaveScreenshotAsync(portal, "issued-document.png");
    }

    [Fact]
    public async Task The_founding_dispatch_reaches_VNPT_but_not_a_unit_it_does_not_address()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("vnpt", portal.DemoPassword);
        await page.OpenInteractiveAsync("/van-ban-di");
        await page.GetByTestId("outgoing-search").FillAsync("lua dao");
        await page.GetByRole(AriaRole.Link, new() { Name = "4/STTTT-BCVTCNTT" }).ClickAsync();

        var sheet = page.GetByTestId("document-sheet");
        await Expect(page.GetByTestId("document-number")).ToHaveTextAsync("Số: 4/STTTT-BCVTCNTT");
        await Expect(sheet).ToContainTextAsync("Các Doanh nghiệp Viễn thông trên địa bàn tỉnh;");
        await Expect(sheet).ToContainTextAsync("Ban Biên tập Sở TT&TT (đăng VB);");
        await Expect(sheet).ToContainTextAsync("Lưu: VT, BCVTCNTT.");
        await Expect(sheet).ToContainTextAsync("KT. GIÁM ĐỐC");
        await Expect(sheet).ToContainTextAsync("Bùi Thống Nhứt");
        await page.SaveScreenshotAsync(portal, "founding-dispatch.png");
        var address = new Uri(page.Url).PathAndQuery;

        await using var otherContext = await portal.NewContextAsync();
        var other = await otherContext.NewPageAsync();
        await other.SignInAsync("congan", portal.DemoPassword);
        await other.OpenInteractiveAsync(address);
        await Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không tìm thấy văn bản");
        await Expect(other.GetByTestId("document-sheet")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Leader_writes_the_direction_and_names_the_handling_division()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("lanhdao", portal.DemoPassword);
        await page.OpenInteractiveAsync("/van-ban-den?trang-thai=AwaitingDirection");
        await page.GetByRole(AriaRole.Link, new() { Name = "98/TB-STP" }).ClickAsync();
        await page.WaitUntilInteractiveAsync();

        await page.GetByTestId("direction-input").FillAsync("Giao Phòng BCVT-CNTT nghiên cứu, tham mưu thực hiện.");
        await page.GetByTestId("direction-unit").FillAsync("bcvt");
        await page.GetByRole(AriaRole.Option, new() { Name = "Phòng BCVT-CNTT (BCVTCNTT)" }).ClickAsync();
        // The choice reaches the server before the form is sent (a loaded machine may take its time).
        await Expect(page.GetByTestId("direction-unit")).ToHaveValueAsync("Phòng BCVT-CNTT (BCVTCNTT)");
        await page.GetByTestId("direct-submit").ClickAsync();

        await Expect(page.GetByTestId("incoming-status")).ToHaveTextAsync("Đã có ý kiến chỉ đạo");
        await Expect(page.GetByTestId("direction-text")).ToHaveTextAsync("Giao Phòng BCVT-CNTT nghiên cứu, tham mưu thực hiện.");
        await page.SaveScreenshotAsync(portal, "incoming-directed.png");
    }

    [GeneratedRegex(@"/van-ban-den/[0-9a-f-]{36}$")]
    private static partial Regex DetailUrl();

    [GeneratedRegex(@"/van-ban-di/[0-9a-f-]{36}$")]
    private static partial Regex OutgoingUrl();

    [GeneratedRegex(@"^Số: \d+/STTTT-BCVTCNTT$")]
    private static partial Regex IssuedNumber();
}
