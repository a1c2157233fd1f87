using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

/// <summary>
/// The founding case of the portal, told once from end to end in a real browser, each step by the role that
/// does it: a police dispatch about online fraud comes in, the Leader directs it, the Specialist drafts the
/// Department's dispatch with its tasks, the Leader returns it once and then approves it, the Clerk issues it,
/// VNPT and a culture centre report, the Specialist reviews, an extension is decided, the Inspector records a
/// finding, the Leader downloads the compliance report and the Clerk warns the public. The demo database
/// already holds the 2022 case, so this journey registers a new incoming document and drafts a new dispatch.
/// </summary>
public sealed partial class FoundingCaseJourney(PortalFixture portal)
{
    private const string IncomingNumber = "1025/CAT-PC02";
    private const string IncomingSummary = "V/v thông báo thủ đoạn mạo danh cơ quan nhà nước qua mạng viễn thông, mạng xã hội để lừa đảo chiếm đoạt tài sản";
    private const string Direction = "Giao Phòng BCVT-CNTT tham mưu văn bản đề nghị các doanh nghiệp viễn thông, các Trung tâm VH-TT-TT cảnh báo người dân.";
    private const string DispatchSummary = "V/v tiếp tục cảnh giác với thủ đoạn mạo danh cơ quan nhà nước để lừa đảo chiếm đoạt tài sản trên không gian mạng";
    private const string ReturnReason = "Đề nghị nêu rõ số, ngày của công văn Công an tỉnh ở phần mở đầu.";
    private const string TelecomTask = "Nhắn tin cảnh báo thủ đoạn mạo danh đến thuê bao di động";
    private const string CultureTask = "Tuyên truyền thủ đoạn mạo danh trên hệ thống truyền thanh cơ sở";
    private const string Vnpt = "VNPT Trà Vinh";
    private const string CultureCentre = "TTVH-TT-TT TP Trà Vinh";
    private const string MoreReason = "Đề nghị bổ sung số buổi phát thanh tại các phường và đính kèm lịch phát sóng.";
    private const string FindingText = "VNPT Trà Vinh chưa nhắn tin cảnh báo đến thuê bao trả sau theo văn bản 1025/CAT-PC02.";
    private const string NoticeTitle = "Cảnh giác với đối tượng mạo danh cơ quan nhà nước gọi điện, nhắn tin lừa đảo";

    private static readonly byte[] ScannedPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    // Unit reporters work on their phones.
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    private static readonly DateTime Today = DateTime.Today;

    [Fact]
    public async Task A_police_dispatch_becomes_an_issued_directive_whose_units_report_are_reviewed_inspected_and_a_warning_reaches_the_public()
    {
        var incomingUrl = await ClerkRegistersThePoliceDispatchWithItsScanAsync();
        await LeaderWritesTheDirectionAsync(incomingUrl);
        var dispatchUrl = await SpecialistDraftsTheDispatchWithItsTasksAsync();
        await LeaderReturnsTheDraftWithAReasonAsync(dispatchUrl);
        await SpecialistAmendsAndResubmitsAsync(dispatchUrl);
        await LeaderApprovesAsync(dispatchUrl);
        await ClerkIssuesWithTheNextNumberAsync(dispatchUrl);

        var vnptAssignment = await UnitAcknowledgesAndReportsAsync("vnpt", TelecomTask, "Võ Thanh Hải",
            "Đã nhắn tin cảnh báo đến 150.000 thuê bao trả trước.", "40", "150000", "21/BC-VNPT", "tin-nhan-canh-bao.pdf", claimsCompletion: false);
        var cultureAssignment = await UnitAcknowledgesAndReportsAsync("ttvh.tptv", CultureTask, "Nguyễn Thị Bích Ngọc",
            "Đã phát 6 buổi tuyên truyền trên đài truyền thanh.", "60", "6", "45/BC-TTVHTT", "lich-phat-thanh.pdf", claimsCompletion: false);
        await SpecialistAsksTheCultureCentreForMoreAsync(cultureAssignment);
        await CultureCentreResubmitsAndIsAcceptedAsync(cultureAssignment);
        await VnptAsksForAnExtensionAndTheLeaderApprovesAsync(vnptAssignment);
        await InspectorRecordsAFindingAsync(vnptAssignment);
        await LeaderDownloadsTheComplianceReportAsync(dispatchUrl);
        await ClerkPublishesANoticeAsync(dispatchUrl);
        await SignedOutVisitorReadsTheNoticeAsync();
    }

    private async Task<string> ClerkRegistersThePoliceDispatchWithItsScanAsync()
    {
        var (context, clerk) = await SignInAsync("vanthu");
        await using var _ = context;
        await clerk.OpenInteractiveAsync("/van-ban-den/vao-so");
        await clerk.GetByTestId("incoming-number-symbol").FillAsync(IncomingNumber);
        await clerk.GetByTestId("incoming-agency").FillAsync("Công an tỉnh Trà Vinh");
        await clerk.GetByTestId("incoming-issued-on").FillAsync(Day(Today.AddDays(-1)));
        await clerk.GetByTestId("incoming-summary").FillAsync(IncomingSummary);
        await clerk.GetByTestId("register-incoming").ClickAsync();

        await Expect(clerk).ToHaveURLAsync(IncomingUrl());
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(IncomingNumber);
        await Expect(clerk.GetByTestId("incoming-status")).ToHaveTextAsync("Đã vào sổ");
        var input = await clerk.ReadyFileInputAsync(".attachment-upload input[type=file]");
        await input.SetInputFilesAsync(new FilePayload { Name = "1025-CAT-PC02.pdf", MimeType = "application/pdf", Buffer = ScannedPdf });
        await Expect(clerk.GetByRole(AriaRole.Link, new() { Name = "1025-CAT-PC02.pdf" })).ToBeVisibleAsync();
        await clerk.SaveScreenshotAsync(portal, "founding-case-01-incoming-registered.png");
        return new Uri(clerk.Url).PathAndQuery;
    }

    private async Task LeaderWritesTheDirectionAsync(string incomingUrl)
    {
        var (context, leader) = await SignInAsync("lanhdao");
        await using var _ = context;
        await leader.OpenInteractiveAsync(incomingUrl);
        await Expect(leader.GetByRole(AriaRole.Link, new() { Name = "1025-CAT-PC02.pdf" })).ToBeVisibleAsync();
        await leader.GetByTestId("direction-input").FillAsync(Direction);
        await leader.GetByTestId("direction-unit").FillAsync("bcvt");
        await leader.GetByRole(AriaRole.Option, new() { Name = "Phòng BCVT-CNTT (BCVTCNTT)" }).ClickAsync();
        // The choice reaches the server before the form is sent (a loaded machine may take its time).
        await Expect(leader.GetByTestId("direction-unit")).ToHaveValueAsync("Phòng BCVT-CNTT (BCVTCNTT)");
        await leader.GetByTestId("direct-submit").ClickAsync();

        await Expect(leader.GetByTestId("incoming-status")).ToHaveTextAsync("Đã có ý kiến chỉ đạo");
        await Expect(leader.GetByTestId("direction-text")).ToHaveTextAsync(Direction);
        await leader.SaveScreenshotAsync(portal, "founding-case-02-direction.png");
    }

    private async Task<string> SpecialistDraftsTheDispatchWithItsTasksAsync()
    {
        var (context, specialist) = await SignInAsync("chuyenvien");
        await using var _ = context;
        await specialist.OpenInteractiveAsync("/van-ban-di/soan");
        await specialist.GetByTestId("draft-summary").FillAsync(DispatchSummary);
        await specialist.GetByTestId("addressee-add").ClickAsync();
        await specialist.GetByTestId("addressee-0").GetByLabel("Nội dung dòng").FillAsync("Các Doanh nghiệp Viễn thông trên địa bàn tỉnh");
        await specialist.GetByTestId("addressee-add").ClickAsync();
        await specialist.GetByTestId("addressee-1").GetByLabel("Nội dung dòng").FillAsync("Trung tâm Văn hóa, Thông tin và Thể thao huyện, thị xã, thành phố");
        await specialist.GetByTestId("draft-preamble").FillAsync(
            "Sở Thông tin và Truyền thông nhận được Công văn của Công an tỉnh Trà Vinh về việc thông báo thủ đoạn mạo danh cơ quan nhà nước để lừa đảo chiếm đoạt tài sản.\n" +
            "Để chủ động phòng ngừa, phát hiện và ngăn chặn kịp thời hành vi lừa đảo trên không gian mạng, Sở Thông tin và Truyền thông đề nghị:");
        await FillSectionAsync(specialist, 0, "Các doanh nghiệp viễn thông",
            "- Thực hiện thông tin, cảnh báo (qua hình thức nhắn tin SMS) đến các thuê bao di động trả trước, trả sau trên địa bàn tỉnh;\n" +
            "- Khuyến cáo người sử dụng dịch vụ không thực hiện theo yêu cầu của đối tượng, thông báo kịp thời cho cơ quan có liên quan.");
        await specialist.GetByTestId("add-section").ClickAsync();
        await FillSectionAsync(specialist, 1, "Trung tâm Văn hóa, Thông tin và Thể thao huyện, thị xã, thành phố",
            "Tăng cường công tác thông tin tuyên truyền các thủ đoạn tội phạm để người dân trên địa bàn biết, cảnh giác, chủ động phòng ngừa.");
        await specialist.GetByTestId("add-section").ClickAsync();
        await FillSectionAsync(specialist, 2, "Phòng Thông tin - Báo chí - Xuất bản",
            "Tham mưu lãnh đạo Sở chỉ đạo, định hướng cho các cơ quan báo chí thường xuyên thông tin, tuyên truyền về thủ đoạn lừa đảo.");
        await specialist.GetByTestId("add-section").ClickAsync();
        await FillSectionAsync(specialist, 3, "Thanh tra Sở",
            "Phối hợp với Công an tỉnh và các doanh nghiệp viễn thông xử lý nghiêm các đối tượng có hành vi mạo danh để lừa đảo.");
        await specialist.GetByLabel("Họ tên người ký").FillAsync("Bùi Thống Nhứt");
        await specialist.GetByTestId("save-draft").ClickAsync();

        await Expect(specialist).ToHaveURLAsync(OutgoingUrl());
        await Expect(specialist.GetByTestId("format-issues")).ToHaveCountAsync(0);
        var sheet = specialist.GetByTestId("document-sheet");
        await Expect(sheet).ToContainTextAsync("Các Doanh nghiệp Viễn thông trên địa bàn tỉnh");
        await Expect(sheet).ToContainTextAsync("Thanh tra Sở");
        var dispatchUrl = new Uri(specialist.Url).PathAndQuery;

        await PlanTaskAsync(specialist, "1. Các doanh nghiệp viễn thông", TelecomTask, "Số thuê bao đã nhắn tin cảnh báo", "thuê bao", "vnpt", Vnpt);
        await PlanTaskAsync(specialist, "2. Trung tâm Văn hóa, Thông tin và Thể thao huyện, thị xã, thành phố", CultureTask,
            "Số buổi phát thanh tuyên truyền", "buổi", "tp tra vinh", CultureCentre);
        await Expect(specialist.GetByTestId("directive-task")).ToHaveCountAsync(2);
        await specialist.SaveScreenshotAsync(portal, "founding-case-03-draft-with-tasks.png");

        await specialist.GetByTestId("submit-document").ClickAsync();
        await Expect(specialist.GetByTestId("outgoing-status")).ToHaveTextAsync("Chờ duyệt ký");
        return dispatchUrl;
    }

    private static async Task FillSectionAsync(IPage page, int index, string heading, string body)
    {
        var section = page.GetByTestId($"section-{index}");
        await section.GetByLabel("Đối tượng thực hiện (tùy chọn), ví dụ: Các doanh nghiệp viễn thông").FillAsync(heading);
        await section.GetByLabel("Nội dung (dòng bắt đầu bằng “- ” là gạch đầu dòng)").FillAsync(body);
    }

    private static async Task PlanTaskAsync(IPage specialist, string section, string title, string indicator, string unitOfMeasure, string search, string unit)
    {
        await specialist.GetByTestId("add-task").ClickAsync();
        var dialog = specialist.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("task-section").ClickAsync();
        await specialist.GetByRole(AriaRole.Option, new() { Name = section }).ClickAsync();
        await Expect(specialist.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        await Expect(dialog.GetByTestId("task-section")).ToContainTextAsync(section);
        await dialog.GetByTestId("task-title").FillAsync(title);
        var dueDate = Day(Today.AddDays(30));
        await dialog.GetByTestId("task-due-date").FillAsync(dueDate);
        await dialog.GetByTestId("task-due-date").PressAsync("Tab");
        await Expect(dialog.GetByTestId("task-due-date")).ToHaveValueAsync(dueDate);
        await dialog.GetByTestId("indicator-add").ClickAsync();
        await dialog.GetByTestId("indicator-0").GetByLabel("Tên chỉ tiêu").FillAsync(indicator);
        await dialog.GetByTestId("indicator-0").GetByLabel("Đơn vị tính").FillAsync(unitOfMeasure);
        await dialog.GetByTestId("assignee-0-choice").FillAsync(search);
        await specialist.GetByRole(AriaRole.Option, new() { Name = unit, Exact = true }).ClickAsync();
        await Expect(dialog.GetByTestId("assignee-0-choice")).ToHaveValueAsync(unit);
        await Expect(specialist.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        await dialog.GetByTestId("save-task").ClickAsync();

        var task = specialist.GetByTestId("directive-task").Filter(new() { HasText = title });
        await Expect(task).ToContainTextAsync($"{indicator} ({unitOfMeasure})");
        await Expect(task).ToContainTextAsync($"{unit} — Chủ trì");
    }

    private async Task LeaderReturnsTheDraftWithAReasonAsync(string dispatchUrl)
    {
        var (context, leader) = await SignInAsync("lanhdao");
        await using var _ = context;
        await leader.OpenInteractiveAsync(dispatchUrl);
        await leader.GetByTestId("return-document").ClickAsync();
        await leader.GetByTestId("return-reason-input").FillAsync(ReturnReason);
        await leader.GetByTestId("confirm-return").ClickAsync();
        await Expect(leader.GetByTestId("outgoing-status")).ToHaveTextAsync("Bị trả lại");
        await Expect(leader.GetByTestId("return-reason")).ToContainTextAsync(ReturnReason);
    }

    private async Task SpecialistAmendsAndResubmitsAsync(string dispatchUrl)
    {
        var (context, specialist) = await SignInAsync("chuyenvien");
        await using var _ = context;
        await specialist.OpenInteractiveAsync(dispatchUrl);
        await Expect(specialist.GetByTestId("return-reason")).ToContainTextAsync(ReturnReason);
        await specialist.SaveScreenshotAsync(portal, "founding-case-04-returned.png");

        await specialist.OpenInteractiveAsync($"{dispatchUrl}/sua");
        await specialist.GetByTestId("draft-preamble").FillAsync(
            $"Ngày {Day(Today)}, Sở Thông tin và Truyền thông nhận được Công văn số {IncomingNumber} ngày {Day(Today.AddDays(-1))} của Công an tỉnh Trà Vinh về việc thông báo thủ đoạn mạo danh cơ quan nhà nước để lừa đảo chiếm đoạt tài sản.\n" +
            "Để chủ động phòng ngừa, phát hiện và ngăn chặn kịp thời hành vi lừa đảo trên không gian mạng, Sở Thông tin và Truyền thông đề nghị:");
        await specialist.GetByTestId("save-draft").ClickAsync();
        await Expect(specialist).ToHaveURLAsync(OutgoingUrl());
        await Expect(specialist.GetByTestId("document-sheet")).ToContainTextAsync($"Công văn số {IncomingNumber}");
        await Expect(specialist.GetByTestId("directive-task")).ToHaveCountAsync(2);
        await specialist.GetByTestId("submit-document").ClickAsync();
        await Expect(specialist.GetByTestId("outgoing-status")).ToHaveTextAsync("Chờ duyệt ký");
    }

    private async Task LeaderApprovesAsync(string dispatchUrl)
    {
        var (context, leader) = await SignInAsync("lanhdao");
        await using var _ = context;
        await leader.OpenInteractiveAsync(dispatchUrl);
        await Expect(leader.GetByTestId("return-reason")).ToHaveCountAsync(0);
        await leader.GetByTestId("approve-document").ClickAsync();
        await Expect(leader.GetByTestId("outgoing-status")).ToHaveTextAsync("Đã duyệt, chờ phát hành");
    }

    private async Task ClerkIssuesWithTheNextNumberAsync(string dispatchUrl)
    {
        var (context, clerk) = await SignInAsync("vanthu");
        await using var _ = context;
        await clerk.OpenInteractiveAsync(dispatchUrl);
        await clerk.GetByTestId("issue-document").ClickAsync();
        await Expect(clerk.GetByTestId("outgoing-status")).ToHaveTextAsync("Đã phát hành");
        await Expect(clerk.GetByTestId("document-number")).ToHaveTextAsync(IssuedNumber());
        await clerk.SaveScreenshotAsync(portal, "founding-case-05-issued.png");
    }

    private async Task<string> UnitAcknowledgesAndReportsAsync(
        string user, string taskTitle, string fullName, string narrative, string percent, string value, string reportNumber, string evidence, bool claimsCompletion)
    {
        var (context, reporter) = await SignInAsync(user, Phone);
        await using var _ = context;
        await reporter.OpenInteractiveAsync("/nhiem-vu");
        var card = reporter.GetByTestId("assignment-card").Filter(new() { HasText = taskTitle });
        await Expect(card).ToContainTextAsync("Chưa hoàn thành – trong hạn");
        await card.GetByRole(AriaRole.Link, new() { Name = taskTitle }).ClickAsync();
        await reporter.WaitUntilInteractiveAsync();
        await Expect(reporter.GetByTestId("assignment-title")).ToHaveTextAsync(taskTitle);
        var assignmentUrl = new Uri(reporter.Url).PathAndQuery;
        await reporter.GetByTestId("acknowledge").ClickAsync();
        await Expect(reporter.GetByTestId("acknowledged")).ToContainTextAsync(fullName);

        await SendReportAsync(reporter, narrative, percent, value, reportNumber, evidence, claimsCompletion);
        await Expect(reporter.GetByTestId("report").First.GetByTestId("report-status")).ToHaveTextAsync("Chờ xem xét");
        await Expect(reporter.GetByRole(AriaRole.Link, new() { Name = evidence })).ToBeVisibleAsync();
        await reporter.SaveScreenshotAsync(portal, $"founding-case-06-report-{user}.png");
        return assignmentUrl;
    }

    private static async Task SendReportAsync(IPage reporter, string narrative, string percent, string value, string reportNumber, string evidence, bool claimsCompletion)
    {
        await reporter.GetByTestId("open-report").ClickAsync();
        await reporter.GetByTestId("report-narrative").FillAsync(narrative);
        await reporter.GetByTestId("report-percent").FillAsync(percent);
        await reporter.GetByTestId("report-value-0").FillAsync(value);
        await reporter.GetByTestId("report-number").FillAsync(reportNumber);
        if (claimsCompletion)
            await reporter.GetByTestId("report-claims-completion").CheckAsync();
        await (await reporter.ReadyFileInputAsync("[data-testid=report-form] input[type=file]"))
            .SetInputFilesAsync(new FilePayload { Name = evidence, MimeType = "application/pdf", Buffer = ScannedPdf });
        await Expect(reporter.GetByTestId("report-evidence-picked")).ToContainTextAsync(evidence);
        await reporter.GetByTestId("send-report").ClickAsync();
    }

    private async Task SpecialistAsksTheCultureCentreForMoreAsync(string assignmentUrl)
    {
        var (context, specialist) = await SignInAsync("chuyenvien");
        await using var _ = context;
        await specialist.OpenInteractiveAsync(assignmentUrl);
        await Expect(specialist.GetByRole(AriaRole.Link, new() { Name = "lich-phat-thanh.pdf" })).ToBeVisibleAsync();
        await specialist.GetByTestId("review-text").FillAsync(MoreReason);
        await specialist.GetByTestId("request-more").ClickAsync();
        await Expect(specialist.GetByTestId("report-status")).ToHaveTextAsync("Yêu cầu bổ sung");
    }

    private async Task CultureCentreResubmitsAndIsAcceptedAsync(string assignmentUrl)
    {
        var (reporterContext, reporter) = await SignInAsync("ttvh.tptv", Phone);
        await using (reporterContext)
        {
            await reporter.OpenInteractiveAsync(assignmentUrl);
            await Expect(reporter.GetByTestId("review-note")).ToContainTextAsync(MoreReason);
            await SendReportAsync(reporter, "Đã phát 12 buổi tuyên truyền tại 10 phường, xã; đính kèm lịch phát sóng.", "100", "12",
                "52/BC-TTVHTT", "lich-phat-song.pdf", claimsCompletion: true);
            await Expect(reporter.GetByTestId("report")).ToHaveCountAsync(2);
            await Expect(reporter.GetByTestId("report").First.GetByTestId("report-status")).ToHaveTextAsync("Chờ xem xét");
        }

        var (context, specialist) = await SignInAsync("chuyenvien");
        await using var _ = context;
        await specialist.OpenInteractiveAsync(assignmentUrl);
        await specialist.GetByTestId("accept-report").ClickAsync();
        await Expect(specialist.GetByTestId("assignment-status")).ToHaveTextAsync("Hoàn thành đúng hạn");
        await specialist.SaveScreenshotAsync(portal, "founding-case-07-culture-centre-accepted.png");
    }

    private async Task VnptAsksForAnExtensionAndTheLeaderApprovesAsync(string assignmentUrl)
    {
        var newDueDate = Day(Today.AddDays(45));
        var (reporterContext, reporter) = await SignInAsync("vnpt", Phone);
        await using (reporterContext)
        {
            await reporter.OpenInteractiveAsync(assignmentUrl);
            await reporter.GetByTestId("open-extension").ClickAsync();
            await reporter.GetByTestId("extension-date").FillAsync(newDueDate);
            await reporter.GetByTestId("extension-date").PressAsync("Tab");
            await Expect(reporter.GetByTestId("extension-date")).ToHaveValueAsync(newDueDate);
            await reporter.GetByTestId("extension-reason").FillAsync("Hệ thống nhắn tin đang nâng cấp, cần thêm thời gian để nhắn tin đến thuê bao trả sau.");
            await reporter.GetByTestId("send-extension").ClickAsync();
            await Expect(reporter.GetByTestId("extension").GetByTestId("extension-status")).ToHaveTextAsync("Chờ quyết định");
        }

        var (context, leader) = await SignInAsync("lanhdao");
        await using var _ = context;
        await leader.OpenInteractiveAsync(assignmentUrl);
        await leader.GetByTestId("decision-text").FillAsync("Đồng ý, đề nghị hoàn thành đúng hạn mới.");
        await leader.GetByTestId("approve-extension").ClickAsync();
        await Expect(leader.GetByTestId("extension").GetByTestId("extension-status")).ToHaveTextAsync("Đồng ý gia hạn");
        await Expect(leader.GetByTestId("assignment-due")).ToContainTextAsync(newDueDate);
        await leader.SaveScreenshotAsync(portal, "founding-case-08-extension-approved.png");
    }

    private async Task InspectorRecordsAFindingAsync(string assignmentUrl)
    {
        var (context, inspector) = await SignInAsync("thanhtra");
        await using var _ = context;
        await inspector.OpenInteractiveAsync(assignmentUrl);
        await inspector.GetByTestId("record-finding").ClickAsync();
        await inspector.GetByTestId("finding-description").FillAsync(FindingText);
        await inspector.GetByTestId("finding-recommendation").FillAsync("Nhắn tin đến thuê bao trả sau trong 5 ngày làm việc và báo cáo về Sở.");
        await inspector.GetByTestId("finding-save").ClickAsync();
        await Expect(inspector.GetByText("Đã ghi nhận phát hiện.")).ToBeVisibleAsync();

        await inspector.OpenInteractiveAsync("/thanh-tra");
        await Expect(inspector.GetByTestId("finding-description-cell").Filter(new() { HasText = FindingText })).ToBeVisibleAsync();
        await inspector.SaveScreenshotAsync(portal, "founding-case-09-finding.png");
    }

    private async Task LeaderDownloadsTheComplianceReportAsync(string dispatchUrl)
    {
        var (context, leader) = await SignInAsync("lanhdao");
        await using var _ = context;
        await leader.OpenInteractiveAsync(dispatchUrl);
        await Expect(leader.GetByTestId("compliance-report")).ToBeVisibleAsync();
        await leader.SaveScreenshotAsync(portal, "founding-case-10-compliance-report.png");

        var pdf = PdfText(await (await leader.DownloadAsync("compliance-pdf")).BytesAsync());
        Assert.Contains("BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", pdf, StringComparison.Ordinal);
        Assert.Contains(Vnpt, pdf, StringComparison.Ordinal);
        Assert.Contains(CultureCentre, pdf, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành đúng hạn", pdf, StringComparison.Ordinal);
        Assert.Contains("Chưa hoàn thành", pdf, StringComparison.Ordinal);

        var rows = await (await leader.DownloadAsync("compliance-excel")).SheetRowsAsync("Chi tiết");
        Assert.Equal(2, rows.Count);
        var vnpt = Assert.Single(rows, r => Equals(r["Đơn vị"], Vnpt));
        Assert.Equal(TelecomTask, vnpt["Nhiệm vụ"]);
        Assert.Equal("Chưa hoàn thành – trong hạn", vnpt["Trạng thái"]);
        Assert.Equal(Today.AddDays(45), vnpt["Hạn xử lý"]);
        var culture = Assert.Single(rows, r => Equals(r["Đơn vị"], CultureCentre));
        Assert.Equal(CultureTask, culture["Nhiệm vụ"]);
        Assert.Equal("Hoàn thành đúng hạn", culture["Trạng thái"]);
    }

    private async Task ClerkPublishesANoticeAsync(string dispatchUrl)
    {
        var (context, clerk) = await SignInAsync("vanthu");
        await using var _ = context;
        await clerk.OpenInteractiveAsync(dispatchUrl);
        await clerk.GetByTestId("publish-notice").ClickAsync();
        var titleField = clerk.GetByTestId("notice-title");
        await Expect(titleField).Not.ToHaveValueAsync("");
        await Expect(clerk.GetByTestId("notice-body")).Not.ToHaveValueAsync("");
        await titleField.FillAsync(NoticeTitle);
        await clerk.GetByTestId("notice-summary").FillAsync("Cơ quan nhà nước không gọi điện yêu cầu chuyển tiền, cung cấp mã OTP hay cài ứng dụng lạ.");
        await clerk.GetByTestId("confirm-notice").ClickAsync();
        await Expect(clerk.GetByText("Đã đăng thông báo công khai.")).ToBeVisibleAsync();
    }

    private async Task SignedOutVisitorReadsTheNoticeAsync()
    {
        await using var context = await portal.NewContextAsync(Phone);
        var visitor = await context.NewPageAsync();
        var response = await visitor.GotoAsync("/canh-bao");
        Assert.Equal(200, response!.Status);
        await visitor.GetByTestId("notice-link").Filter(new() { HasText = NoticeTitle }).First.ClickAsync();
        await Expect(visitor.GetByTestId("notice-title")).ToHaveTextAsync(NoticeTitle);
        await Expect(visitor.GetByTestId("notice-body").Locator("p").First).ToBeVisibleAsync();
        await visitor.SaveScreenshotAsync(portal, "founding-case-11-public-notice-phone.png");
    }

    private async Task<(IBrowserContext Context, IPage Page)> SignInAsync(string user, ViewportSize? viewport = null)
    {
        var context = await portal.NewContextAsync(viewport);
        var page = await context.NewPageAsync();
        await page.SignInAsync(user, portal.DemoPassword);
        return (context, page);
    }

    private static string Day(DateTime date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [GeneratedRegex(@"/van-ban-den/[0-9a-f-]{36}$")]
    private static partial Regex IncomingUrl();

    [GeneratedRegex(@"/van-ban-di/[0-9a-f-]{36}$")]
    private static partial Regex OutgoingUrl();

    [GeneratedRegex(@"^Số: \d+/STTTT-BCVTCNTT$")]
    private static partial Regex IssuedNumber();
}
