using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Notices;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using SoTTTT.Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

/// <summary>
/// On a 375 × 812 phone the pages a unit's reporter and a citizen use fit the screen's width: nothing
/// to scroll sideways, and the buttons that matter are on the screen.
/// </summary>
public sealed class PhoneTests(PortalFixture portal)
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    [Fact]
    public async Task The_reporters_assignments_report_form_notifications_and_report_history_fit_a_phone_screen()
    {
        var assignmentId = await portal.AssignTaskToVnptAsync();
        await using var context = await portal.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("vnpt", portal.DemoPassword);

        await page.OpenInteractiveAsync("/nhiem-vu");
        var card = page.GetByTestId("assignment-card").Filter(new() { HasText = TaskArrangements.VnptTaskTitle });
        await page.AssertWithinWindowWidthAsync(card.GetByRole(AriaRole.Link, new() { Name = TaskArrangements.VnptTaskTitle }));
        await page.AssertWithinWindowWidthAsync(page.Bell());
        await page.AssertNoSidewaysScrollAsync();
        await page.SaveScreenshotAsync(portal, "phone-my-assignments.png");

        await page.OpenInteractiveAsync($"/nhiem-vu/{assignmentId}");
        await Expect(page.GetByTestId("assignment-title")).ToHaveTextAsync(TaskArrangements.VnptTaskTitle);
        await page.AssertWithinWindowWidthAsync(page.GetByTestId("acknowledge"));
        await page.GetByTestId("open-report").ClickAsync();
        await page.GetByTestId("report-narrative").FillAsync("Đã nhắn tin cảnh báo đến 180.000 thuê bao, kèm đường dẫn https://canhbao.sotttt.travinh.gov.vn/lua-dao-qua-mang-vien-thong-va-mang-xa-hoi.");
        await page.GetByTestId("report-percent").FillAsync("60");
        await page.GetByTestId("report-value-0").FillAsync("180000");
        await page.GetByTestId("report-number").FillAsync("15/BC-VNPT");
        await page.AssertWithinWindowWidthAsync(page.GetByTestId("send-report"));
        await page.AssertNoSidewaysScrollAsync();
        await page.SaveScreenshotAsync(portal, "phone-report-form-filled.png");
        await page.GetByTestId("send-report").ClickAsync();
        await Expect(page.GetByTestId("report").First.GetByTestId("report-status")).ToHaveTextAsync("Chờ xem xét");
        await page.AssertNoSidewaysScrollAsync();
        await page.SaveScreenshotAsync(portal, "phone-report-sent.png");

        await page.Bell().GetByRole(AriaRole.Link, new() { Name = "Thông báo" }).ClickAsync();
        await page.WaitForURLAsync("**/thong-bao");
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thông báo", Level = 1 })).ToBeVisibleAsync();
        var markAllRead = page.GetByRole(AriaRole.Button, new() { Name = "Đánh dấu tất cả đã đọc" });
        await page.AssertWithinWindowWidthAsync(markAllRead);
        var box = await markAllRead.BoundingBoxAsync();
        Assert.True(box!.Height < 48, $"The button \"Đánh dấu tất cả đã đọc\" is squeezed into {box.Height:0} px of lines.");
        await page.AssertNoSidewaysScrollAsync();
        await page.SaveScreenshotAsync(portal, "phone-notifications.png");

        await page.OpenInteractiveAsync("/bao-cao/lich-su");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lịch sử báo cáo", Level = 1 })).ToBeVisibleAsync();
        await page.AssertWithinWindowWidthAsync(page.GetByTestId("history-pdf").Locator("button"));
        await page.AssertWithinWindowWidthAsync(page.GetByTestId("history-excel").Locator("button"));
        await page.AssertNoSidewaysScrollAsync();
        await page.SaveScreenshotAsync(portal, "phone-report-history.png");
    }

    [Fact]
    public async Task A_signed_out_citizen_reads_the_public_notices_and_one_with_a_long_address_on_a_phone_without_scrolling_sideways()
    {
        const string title = "Cảnh giác với cuộc gọi mạo danh công an, ngân hàng để chiếm đoạt tài sản";
        var id = Guid.Empty;
        await portal.ArrangeAsync(async services =>
        {
            var db = services.GetRequiredService<IPortalDbContext>();
            var document = await db.OutgoingDocuments.SingleAsync(d => d.Summary == DemoDocuments.AntiFraudSummary);
            var notice = PublicNotice.Publish(document.Id, title,
                "Không cung cấp mã OTP, không chuyển tiền cho người lạ tự xưng là công an, nhân viên ngân hàng.",
                "Thời gian gần đây xuất hiện nhiều cuộc gọi mạo danh cơ quan công an yêu cầu chuyển tiền.\n"
                + "Tra cứu số điện thoại lừa đảo tại https://canhbao.khonggianmang.vn/tra-cuu-so-dien-thoai-va-tai-khoan-lua-dao-moi-nhat-2022.\n"
                + "Khi nghi ngờ, hãy báo ngay cho cơ quan công an gần nhất.",
                document.CreatedById, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            db.PublicNotices.Add(notice);
            await db.SaveChangesAsync(CancellationToken.None);
            id = notice.Id;
        });

        await using var context = await portal.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/canh-bao");
        var link = page.GetByTestId("notice-link").Filter(new() { HasText = title });
        await page.AssertWithinWindowWidthAsync(link);
        await page.AssertNoSidewaysScrollAsync();
        await page.SaveScreenshotAsync(portal, "phone-public-notices.png");

        await link.ClickAsync();
        await page.WaitForURLAsync($"**/canh-bao/{id}");
        await Expect(page.GetByTestId("notice-title")).ToHaveTextAsync(title);
        await Expect(page.GetByTestId("notice-body")).ToContainTextAsync("canhbao.khonggianmang.vn");
        await page.AssertNoSidewaysScrollAsync();
        await page.SaveScreenshotAsync(portal, "phone-public-notice.png");
    }
}
