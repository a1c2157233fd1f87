using System.Text;
using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

public sealed class AssignmentJourney(PortalFixture portal)
{
    private const string TaskTitle = TaskArrangements.VnptTaskTitle;
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };
    private static readonly byte[] EvidencePdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    [Fact]
    public async Task VNPT_reports_with_evidence_adds_what_the_specialist_asks_for_and_its_completion_is_accepted_on_time()
    {
        await portal.AssignTaskToVnptAsync(TaskTitle);

        // The reporter, on a phone: the list, the assignment, a first report with its evidence.
        await using var reporterContext = await portal.NewContextAsync(Phone);
        var reporter = await reporterContext.NewPageAsync();
        await reporter.SignInAsync("vnpt", portal.DemoPassword);
        await reporter.OpenInteractiveAsync("/nhiem-vu");
        var card = reporter.GetByTestId("assignment-card").Filter(new() { HasText = TaskTitle });
        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("Chưa hoàn thành – trong hạn");
        await reporter.AssertNoSidewaysScrollAsync();
        await reporter.SaveScreenshotAsync(portal, "unit-assignments-phone.png");

        await card.GetByRole(AriaRole.Link, new() { Name = TaskTitle }).ClickAsync();
        await reporter.WaitUntilInteractiveAsync();
        await Expect(reporter.GetByTestId("assignment-title")).ToHaveTextAsync(TaskTitle);
        var assignmentUrl = new Uri(reporter.Url).PathAndQuery;
        await reporter.GetByTestId("acknowledge").ClickAsync();
        await Expect(reporter.GetByTestId("acknowledged")).ToContainTextAsync("Võ Thanh Hải");

        await reporter.GetByTestId("open-report").ClickAsync();
        await reporter.GetByTestId("report-narrative").FillAsync("Đã nhắn tin cảnh báo đến 180.000 thuê bao.");
        await reporter.GetByTestId("report-percent").FillAsync("60");
        await reporter.GetByTestId("report-value-0").FillAsync("180000");
        await reporter.GetByTestId("report-number").FillAsync("15/BC-VNPT");
        await (await reporter.ReadyFileInputAsync("[data-testid=report-form] input[type=file]"))
            .SetInputFilesAsync(new FilePayload { Name = "danh-sach-thue-bao.pdf", MimeType = "application/pdf", Buffer = EvidencePdf });
        await Expect(reporter.GetByTestId("report-evidence-picked")).ToContainTextAsync("danh-sach-thue-bao.pdf");
        await reporter.SaveScreenshotAsync(portal, "unit-report-form-phone.png");
        await reporter.GetByTestId("send-report").ClickAsync();

        var firstReport = reporter.GetByTestId("report").First;
        await Expect(firstReport.GetByTestId("report-status")).ToHaveTextAsync("Chờ xem xét");
        await Expect(firstReport.GetByRole(AriaRole.Link, new() { Name = "danh-sach-thue-bao.pdf" })).ToBeVisibleAsync();
        await reporter.AssertNoSidewaysScrollAsync();

        // The specialist asks for more, with the reason.
        await using var specialistContext = await portal.NewContextAsync();
        var specialist = await specialistContext.NewPageAsync();
        await specialist.SignInAsync("chuyenvien", portal.DemoPassword);
        await specialist.OpenInteractiveAsync(assignmentUrl);
        await Expect(specialist.GetByRole(AriaRole.Link, new() { Name = "danh-sach-thue-bao.pdf" })).ToBeVisibleAsync();
        await specialist.GetByTestId("review-text").FillAsync("Đề nghị bổ sung số thuê bao trả trước đã được nhắn tin.");
        await specialist.GetByTestId("request-more").ClickAsync();
        await Expect(specialist.GetByTestId("report-status")).ToHaveTextAsync("Yêu cầu bổ sung");

        // The reporter reads the reason and reports again, claiming completion.
        await reporter.OpenInteractiveAsync(assignmentUrl);
        await Expect(reporter.GetByTestId("review-note")).ToContainTextAsync("Đề nghị bổ sung số thuê bao trả trước đã được nhắn tin.");
        await reporter.SaveScreenshotAsync(portal, "unit-more-requested-phone.png");
        await reporter.GetByTestId("open-report").ClickAsync();
        await reporter.GetByTestId("report-narrative").FillAsync("Đã nhắn tin cảnh báo đến toàn bộ 320.000 thuê bao, gồm 140.000 thuê bao trả trước.");
        await reporter.GetByTestId("report-percent").FillAsync("100");
        await reporter.GetByTestId("report-value-0").FillAsync("320000");
        await reporter.GetByTestId("report-number").FillAsync("18/BC-VNPT");
        await reporter.GetByTestId("report-claims-completion").CheckAsync();
        await reporter.GetByTestId("send-report").ClickAsync();
        await Expect(reporter.GetByTestId("report")).ToHaveCountAsync(2);
        await Expect(reporter.GetByTestId("report").First.GetByTestId("report-status")).ToHaveTextAsync("Chờ xem xét");

        // The specialist accepts: the assignment is complete, on time.
        await specialist.OpenInteractiveAsync(assignmentUrl);
        await specialist.GetByTestId("accept-report").ClickAsync();
        await Expect(specialist.GetByTestId("assignment-status")).ToHaveTextAsync("Hoàn thành đúng hạn");
        await specialist.SaveScreenshotAsync(portal, "assignment-completed.png");

        await reporter.OpenInteractiveAsync(assignmentUrl);
        await Expect(reporter.GetByTestId("assignment-status")).ToHaveTextAsync("Hoàn thành đúng hạn");
        await Expect(reporter.GetByTestId("open-report")).ToHaveCountAsync(0);
        await reporter.SaveScreenshotAsync(portal, "unit-assignment-completed-phone.png");
    }
}
