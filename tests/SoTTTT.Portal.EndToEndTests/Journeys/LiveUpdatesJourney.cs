using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

/// <summary>
/// Pages that are open when something happens elsewhere change by themselves: no one reloads.
/// </summary>
public sealed class LiveUpdatesJourney(PortalFixture portal)
{
    private const string TaskTitle = "Nhắn tin cảnh báo lừa đảo qua mạng đến thuê bao trả trước";

    [Fact]
    public async Task A_report_sent_by_VNPT_appears_in_the_specialists_open_queue_and_bell_and_the_request_for_more_rings_VNPTs_bell_without_a_reload()
    {
        var assignmentId = await portal.AssignTaskToVnptAsync(TaskTitle);
        var assignmentUrl = $"/nhiem-vu/{assignmentId}";

        // The specialist has the review queue open; our task has nothing waiting yet.
        await using var specialistContext = await portal.NewContextAsync();
        var specialist = await specialistContext.NewPageAsync();
        await specialist.SignInAsync("chuyenvien", portal.DemoPassword);
        await specialist.OpenInteractiveAsync("/nhiem-vu/cho-xem-xet");
        var queueRow = specialist.GetByTestId("review-queue").Locator("tbody tr").Filter(new() { HasText = TaskTitle });
        await Expect(specialist.GetByTestId("review-queue").Locator("tbody tr").First).ToBeVisibleAsync();
        await Expect(queueRow).ToHaveCountAsync(0);
        var specialistUnread = await portal.UnreadNotificationsAsync("chuyenvien");
        await specialist.ExpectBellCountAsync(specialistUnread);
        var specialistLoads = 0;
        specialist.Load += (_, _) => specialistLoads++;

        // VNPT's reporter sends a report from the assignment's page.
        await using var reporterContext = await portal.NewContextAsync();
        var reporter = await reporterContext.NewPageAsync();
        await reporter.SignInAsync("vnpt", portal.DemoPassword);
        await reporter.OpenInteractiveAsync(assignmentUrl);
        await Expect(reporter.GetByTestId("assignment-title")).ToHaveTextAsync(TaskTitle);
        await reporter.GetByTestId("open-report").ClickAsync();
        await reporter.GetByTestId("report-narrative").FillAsync("Đã nhắn tin cảnh báo đến 140.000 thuê bao trả trước.");
        await reporter.GetByTestId("report-percent").FillAsync("50");
        await reporter.GetByTestId("report-value-0").FillAsync("140000");
        await reporter.GetByTestId("send-report").ClickAsync();
        await Expect(reporter.GetByTestId("report").First.GetByTestId("report-status")).ToHaveTextAsync("Chờ xem xét");
        var reporterUnread = await portal.UnreadNotificationsAsync("vnpt");
        await reporter.ExpectBellCountAsync(reporterUnread);

        // The specialist's open queue lists it and the bell counts it, without a reload.
        await Expect(queueRow).ToHaveCountAsync(1);
        await Expect(queueRow).ToContainTextAsync("VNPT");
        await Expect(queueRow).ToContainTextAsync("50%");
        var specialistUnreadAfter = await portal.UnreadNotificationsAsync("chuyenvien");
        Assert.True(specialistUnreadAfter > specialistUnread, "the report did not notify the specialist");
        await specialist.ExpectBellCountAsync(specialistUnreadAfter);
        Assert.Equal(0, specialistLoads);
        await specialist.SaveScreenshotAsync(portal, "review-queue-live.png");

        // The specialist asks for more; the reporter's open page rings the bell, without a reload.
        var reporterLoads = 0;
        reporter.Load += (_, _) => reporterLoads++;
        await queueRow.GetByTestId("review-report").ClickAsync();
        await specialist.WaitUntilInteractiveAsync();
        await specialist.GetByTestId("review-text").FillAsync("Đề nghị bổ sung danh sách các đợt nhắn tin.");
        await specialist.GetByTestId("request-more").ClickAsync();
        await Expect(specialist.GetByTestId("report-status")).ToHaveTextAsync("Yêu cầu bổ sung");

        var reporterUnreadAfter = await portal.UnreadNotificationsAsync("vnpt");
        Assert.True(reporterUnreadAfter > reporterUnread, "the request for more did not notify VNPT");
        await reporter.ExpectBellCountAsync(reporterUnreadAfter);
        Assert.Equal(0, reporterLoads);
        await reporter.SaveScreenshotAsync(portal, "reporter-bell-live.png");
    }
}
