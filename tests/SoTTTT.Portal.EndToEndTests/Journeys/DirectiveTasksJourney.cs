using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

public sealed partial class DirectiveTasksJourney(PortalFixture portal)
{
    [Fact]
    public async Task A_task_planned_on_a_drafts_section_for_the_telecom_group_reaches_VNPT_when_the_dispatch_is_issued()
    {
        await using var context = await portal.NewContextAsync();
        var specialist = await context.NewPageAsync();
        await specialist.SignInAsync("chuyenvien", portal.DemoPassword);
        await specialist.OpenInteractiveAsync("/van-ban-di/soan");
        await specialist.GetByTestId("draft-summary").FillAsync("V/v báo cáo số tin nhắn cảnh báo lừa đảo đã gửi đến thuê bao");
        await specialist.GetByTestId("addressee-add").ClickAsync();
        await specialist.GetByTestId("addressee-0").GetByLabel("Nội dung dòng").FillAsync("Các doanh nghiệp viễn thông trên địa bàn tỉnh");
        await specialist.GetByTestId("section-0").GetByLabel("Nội dung (dòng bắt đầu bằng “- ” là gạch đầu dòng)")
            .FillAsync("Đề nghị các doanh nghiệp viễn thông nhắn tin cảnh báo lừa đảo đến thuê bao và báo cáo kết quả.");
        await specialist.GetByLabel("Họ tên người ký").FillAsync("Bùi Thống Nhứt");
        await specialist.GetByTestId("save-draft").ClickAsync();
        await Expect(specialist).ToHaveURLAsync(OutgoingUrl());
        var documentUrl = new Uri(specialist.Url).PathAndQuery;

        await specialist.GetByTestId("add-task").ClickAsync();
        var dialog = specialist.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("task-title").FillAsync("Nhắn tin cảnh báo lừa đảo đến thuê bao");
        var dueDate = DateTime.Today.AddDays(30).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await dialog.GetByTestId("task-due-date").FillAsync(dueDate);
        await dialog.GetByTestId("task-due-date").PressAsync("Tab");
        await Expect(dialog.GetByTestId("task-due-date")).ToHaveValueAsync(dueDate);
        await dialog.GetByTestId("indicator-add").ClickAsync();
        await dialog.GetByTestId("indicator-0").GetByLabel("Tên chỉ tiêu").FillAsync("Số tin nhắn đã gửi");
        await dialog.GetByTestId("indicator-0").GetByLabel("Đơn vị tính").FillAsync("tin nhắn");
        await dialog.GetByTestId("assignee-0-choice").FillAsync("vien thong");
        await specialist.GetByRole(AriaRole.Option, new() { Name = "Nhóm: Các doanh nghiệp viễn thông trên địa bàn tỉnh" }).ClickAsync();
        // The choice is taken only once the picker shows it: saving earlier would send no assignee.
        await Expect(dialog.GetByTestId("assignee-0-choice")).ToHaveValueAsync("Nhóm: Các doanh nghiệp viễn thông trên địa bàn tỉnh");
        await Expect(specialist.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        await dialog.GetByTestId("save-task").ClickAsync();

        var task = specialist.GetByTestId("directive-task");
        await Expect(task).ToContainTextAsync("Nhắn tin cảnh báo lừa đảo đến thuê bao");
        await Expect(task).ToContainTextAsync("Số tin nhắn đã gửi (tin nhắn)");
        await Expect(task).ToContainTextAsync("Nhóm: Các doanh nghiệp viễn thông trên địa bàn tỉnh — Chủ trì");
        await specialist.SaveScreenshotAsync(portal, "draft-with-task.png");
        await specialist.GetByTestId("submit-document").ClickAsync();
        await Expect(specialist.GetByTestId("outgoing-status")).ToHaveTextAsync("Chờ duyệt ký");

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

        await specialist.OpenInteractiveAsync(documentUrl);
        await Expect(specialist.GetByTestId("edit-task")).ToHaveCountAsync(0);
        await Expect(specialist.GetByTestId("task-progress")).ToBeVisibleAsync();
        await specialist.GetByTestId("follow-task").ClickAsync();
        await Expect(specialist).ToHaveURLAsync(FollowUpUrl());
        await Expect(specialist.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nhắn tin cảnh báo lừa đảo đến thuê bao");
        var vnpt = specialist.GetByTestId("task-assignments").GetByRole(AriaRole.Row).Filter(new() { HasText = "VNPT Trà Vinh" });
        await Expect(vnpt).ToContainTextAsync("Chủ trì");
        await Expect(vnpt.GetByTestId("assignment-status")).ToHaveTextAsync("Chưa hoàn thành – trong hạn");
        await specialist.SaveScreenshotAsync(portal, "task-follow-up.png");
    }

    [GeneratedRegex(@"/van-ban-di/[0-9a-f-]{36}$")]
    private static partial Regex OutgoingUrl();

    [GeneratedRegex(@"/nhiem-vu/theo-doi/[0-9a-f-]{36}$")]
    private static partial Regex FollowUpUrl();
}
