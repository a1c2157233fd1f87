using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Notices;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using SoTTTT.Portal.Infrastructure.Persistence;
using SoTTTT.Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

/// <summary>
/// Every main page and dialog of each role passes axe without a serious or critical violation and says it is in
/// Vietnamese; the main forms work with the keyboard alone. One test per role: each test starts a portal of its own.
/// </summary>
public sealed class AccessibilityTests(PortalFixture portal)
{
    private const string ReturnedDraftSummary = "V/v đôn đốc báo cáo số liệu thuê bao đã nhắn tin cảnh báo";
    private const string ReportTaskTitle = "Nhắn tin cảnh báo lừa đảo đến thuê bao trả trước";

    [Fact]
    public async Task The_clerks_pages_and_the_notice_editor_have_no_serious_accessibility_violations()
    {
        var ids = await FoundingCaseAsync();
        var audit = new Audit();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("vanthu", portal.DemoPassword);

        foreach (var url in new[] { "/", "/van-ban-den", "/van-ban-den/vao-so", $"/van-ban-den/{ids.PoliceDispatch}", "/van-ban-di", "/quan-ly-canh-bao", $"/van-ban-di/{ids.Dispatch}" })
            await audit.PageAsync(page, url);

        await page.GetByTestId("publish-notice").ClickAsync();
        await audit.DialogAsync(page, "notice editor");

        audit.AssertClean();
    }

    [Fact]
    public async Task The_leaders_pages_and_the_refusal_dialog_have_no_serious_accessibility_violations()
    {
        var ids = await FoundingCaseAsync();
        var audit = new Audit();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("lanhdao", portal.DemoPassword);

        foreach (var url in new[] { "/bang-dieu-khien", $"/chi-dao/{ids.Dispatch}", $"/van-ban-di/{ids.Dispatch}", "/nhiem-vu/gia-han" })
            await audit.PageAsync(page, url);

        await page.GetByTestId("refuse-extension").First.ClickAsync();
        await audit.DialogAsync(page, "refuse extension");

        audit.AssertClean();
    }

    [Fact]
    public async Task The_specialists_pages_have_no_serious_accessibility_violations()
    {
        var ids = await FoundingCaseAsync();
        var audit = new Audit();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("chuyenvien", portal.DemoPassword);

        foreach (var url in new[] { "/van-ban-di?trang-thai=Draft", "/nhiem-vu/cho-xem-xet", "/nhiem-vu/theo-doi", $"/nhiem-vu/{ids.VnptAssignment}",
                     $"/van-ban-di/{ids.ReturnedDraft}/sua" })
            await audit.PageAsync(page, url);

        audit.AssertClean();
    }

    [Fact]
    public async Task The_specialists_task_dialog_and_summary_report_dialog_have_no_serious_accessibility_violations()
    {
        var ids = await FoundingCaseAsync();
        var audit = new Audit();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("chuyenvien", portal.DemoPassword);

        await audit.PageAsync(page, $"/van-ban-di/{ids.ReturnedDraft}");
        await page.GetByTestId("add-task").ClickAsync();
        await audit.DialogAsync(page, "task dialog");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        await audit.PageAsync(page, "/van-ban-di");
        await page.GetByTestId("open-summary-report").ClickAsync();
        await audit.DialogAsync(page, "summary report");

        audit.AssertClean();
    }

    [Fact]
    public async Task The_inspectors_pages_and_the_finding_dialog_have_no_serious_accessibility_violations()
    {
        var ids = await FoundingCaseAsync();
        var audit = new Audit();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("thanhtra", portal.DemoPassword);

        await audit.PageAsync(page, "/thanh-tra");
        await audit.PageAsync(page, $"/nhiem-vu/{ids.VnptAssignment}");
        await page.GetByTestId("record-finding").ClickAsync();
        await audit.DialogAsync(page, "record finding");

        audit.AssertClean();
    }

    [Fact]
    public async Task The_reporters_pages_and_the_report_form_have_no_serious_accessibility_violations()
    {
        var assignment = await AssignTaskToVnptAsync();
        var audit = new Audit();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("vnpt", portal.DemoPassword);

        foreach (var url in new[] { "/nhiem-vu", "/thong-bao", "/bao-cao/lich-su", $"/nhiem-vu/{assignment}" })
            await audit.PageAsync(page, url);
        await page.GetByTestId("open-report").ClickAsync();
        await Expect(page.GetByTestId("report-narrative")).ToBeVisibleAsync();
        await audit.PageAsync(page, null, "report form");

        audit.AssertClean();
    }

    [Fact]
    public async Task The_administrators_pages_and_the_calendar_day_dialog_have_no_serious_accessibility_violations()
    {
        var audit = new Audit();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("quantri", portal.DemoPassword);

        foreach (var url in new[] { "/don-vi", "/nhom-don-vi", "/lich-nghi" })
            await audit.PageAsync(page, url);
        await page.GetByTestId("add-calendar-day").ClickAsync();
        await audit.DialogAsync(page, "calendar day");

        audit.AssertClean();
    }

    [Fact]
    public async Task The_public_pages_and_the_sign_in_page_have_no_serious_accessibility_violations()
    {
        var notice = await PublishNoticeAsync();
        var audit = new Audit();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();

        foreach (var url in new[] { "/canh-bao", $"/canh-bao/{notice}", "/Account/Login" })
        {
            await page.GotoAsync(url);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await audit.PageAsync(page, null, url);
        }

        audit.AssertClean();
    }

    [Fact]
    public async Task A_user_signs_in_with_the_keyboard_alone()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await Expect(page.GetByLabel("Tên đăng nhập", new() { Exact = true })).ToBeVisibleAsync();

        await TabUntilAsync(page, "Input.UserName");
        await page.Keyboard.TypeAsync("vanthu");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input.Password", await ActiveIdAsync(page));
        await page.Keyboard.TypeAsync(portal.DemoPassword);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_reporter_writes_and_sends_a_progress_report_with_the_keyboard_alone()
    {
        var assignment = await AssignTaskToVnptAsync();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("vnpt", portal.DemoPassword);
        await page.OpenInteractiveAsync($"/nhiem-vu/{assignment}");
        await Expect(page.GetByTestId("assignment-title")).ToHaveTextAsync(ReportTaskTitle);

        await TabUntilTestIdAsync(page, "open-report");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("report-narrative")).ToBeVisibleAsync();

        await TabUntilTestIdAsync(page, "report-narrative");
        await page.Keyboard.TypeAsync("Đã nhắn tin cảnh báo đến 140.000 thuê bao trả trước.");
        await TabUntilTestIdAsync(page, "report-percent");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("50");
        await TabUntilTestIdAsync(page, "report-value-0");
        await page.Keyboard.TypeAsync("140000");
        await TabUntilTestIdAsync(page, "report-number");
        await page.Keyboard.TypeAsync("21/BC-VNPT");
        await TabUntilTestIdAsync(page, "send-report");
        await page.Keyboard.PressAsync("Space");

        var report = page.GetByTestId("report").First;
        await Expect(report.GetByTestId("report-status")).ToHaveTextAsync("Chờ xem xét");
        await Expect(report).ToContainTextAsync("Đã nhắn tin cảnh báo đến 140.000 thuê bao trả trước.");
    }

    [Fact]
    public async Task A_clerk_registers_an_incoming_document_with_the_keyboard_alone()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("vanthu", portal.DemoPassword);
        await page.OpenInteractiveAsync("/van-ban-den/vao-so");

        await TabUntilTestIdAsync(page, "incoming-number-symbol");
        await page.Keyboard.TypeAsync("88/UBND-VX");
        // The document type is chosen with the arrow keys from the list the select opens.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        // The select gives the focus back to itself once the server has closed its list; tabbing on before that would
        // lose what is typed next when the focus comes back.
        await page.WaitForFunctionAsync(
            "id => { const e = document.activeElement; return !!e && (e.getAttribute('data-testid') === id || !!e.closest(`[data-testid='${id}']`)); }", "incoming-type");
        // The focus may still move once more while the server finishes with the select and the unit picker: a user who
        // sees it jump tabs back. The test waits for it to stay on the field for a second before typing.
        await TabUntilSettledAsync(page, "incoming-agency");
        await page.Keyboard.TypeAsync("Ủy ban nhân dân tỉnh Trà Vinh");
        await TabUntilTestIdAsync(page, "incoming-issued-on");
        var issuedOn = DateTime.Today.AddDays(-2).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await page.Keyboard.TypeAsync(issuedOn);
        await TabUntilTestIdAsync(page, "incoming-summary");
        await page.Keyboard.TypeAsync("V/v tuyên truyền phòng, chống lừa đảo trong dịp hè");
        // Each field holds what was typed into it before the form is sent.
        await ExpectValueAsync(page, "incoming-number-symbol", "88/UBND-VX");
        await ExpectValueAsync(page, "incoming-agency", "Ủy ban nhân dân tỉnh Trà Vinh");
        await ExpectValueAsync(page, "incoming-issued-on", issuedOn);
        await TabUntilTestIdAsync(page, "register-incoming");
        await page.Keyboard.PressAsync("Enter");

        try
        {
            await page.WaitForURLAsync(url => !url.EndsWith("/vao-so", StringComparison.Ordinal));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The form did not move on after \"Vào sổ\". {await DescribeFormAsync(page)}");
        }
        await Expect(page.GetByTestId("incoming-status")).ToHaveTextAsync("Đã vào sổ");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("88/UBND-VX");
    }

    [Fact]
    public async Task An_administrator_opens_the_calendar_day_dialog_with_the_keyboard_and_closes_it_with_Escape()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync("quantri", portal.DemoPassword);
        await page.OpenInteractiveAsync("/lich-nghi");

        await TabUntilTestIdAsync(page, "add-calendar-day");
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[role=dialog]')?.contains(document.activeElement)");

        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("calendar-days")).ToBeVisibleAsync();
    }

    // Presses Tab until the focused element (or the element it sits in) carries the test id; fails after 60 presses.
    private static async Task TabUntilTestIdAsync(IPage page, string testId)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await FocusedAsync(page, testId))
                return;
        }
        Assert.Fail($"Tab never reached [data-testid={testId}]; the focus is on {await DescribeActiveAsync(page)}.");
    }

    /// <summary>Tabs to the field, then waits until the focus has stayed on it for a second, tabbing to it again if it moved.</summary>
    private static async Task TabUntilSettledAsync(IPage page, string testId)
    {
        await TabUntilTestIdAsync(page, testId);
        for (int steady = 0, checks = 0; steady < 4; checks++)
        {
            if (checks == 40)
                Assert.Fail($"The focus never stayed on [data-testid={testId}]; it is on {await DescribeActiveAsync(page)}.");
            await page.WaitForTimeoutAsync(250);
            if (await FocusedAsync(page, testId))
            {
                steady++;
                continue;
            }
            steady = 0;
            await TabUntilTestIdAsync(page, testId);
        }
    }

    private static Task<bool> FocusedAsync(IPage page, string testId) =>
        page.EvaluateAsync<bool>(
            "id => { const e = document.activeElement; return !!e && (e.getAttribute('data-testid') === id || !!e.closest(`[data-testid='${id}']`)); }", testId);

    private static async Task TabUntilAsync(IPage page, string id)
    {
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await ActiveIdAsync(page) == id)
                return;
        }
        Assert.Fail($"Tab never reached #{id}; the focus is on {await DescribeActiveAsync(page)}.");
    }

    private static Task<string> ActiveIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");

    /// <summary>The text box a test id names (the id sits on the input or on the component around it) holds the value.</summary>
    private static async Task ExpectValueAsync(IPage page, string testId, string value)
    {
        try
        {
            await Expect(page.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input").First).ToHaveValueAsync(value);
        }
        catch (PlaywrightException e)
        {
            Assert.Fail($"[data-testid={testId}] does not hold \"{value}\". {await DescribeFormAsync(page)} {e.Message}");
        }
    }

    /// <summary>The form's fields, error texts and alerts, to tell a refused form from a lost event.</summary>
    private static Task<string> DescribeFormAsync(IPage page) =>
        page.EvaluateAsync<string>("""
            () => {
              const fields = [...document.querySelectorAll('form input, form textarea')].map(e => `${e.name || e.id}=${e.value}`);
              const errors = [...document.querySelectorAll('.mud-input-error, .validation-message, .mud-alert, .mud-snackbar')].map(e => e.textContent.trim());
              const button = document.querySelector("[data-testid='register-incoming']");
              return `Fields: ${fields.join('; ')}. Errors: ${errors.join('; ') || 'none'}. Button: ${button ? button.outerHTML.slice(0, 160) : 'gone'}.`;
            }
            """);

    private static Task<string> DescribeActiveAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? e.outerHTML.slice(0, 200) : 'nothing'; }");

    private sealed record FoundingCase(Guid Dispatch, Guid PoliceDispatch, Guid VnptAssignment, Guid ReturnedDraft);

    private async Task<FoundingCase> FoundingCaseAsync()
    {
        FoundingCase? ids = null;
        await portal.ArrangeAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var dispatch = await db.OutgoingDocuments.Where(d => d.Summary == DemoDocuments.AntiFraudSummary).Select(d => d.Id).SingleAsync();
            var police = await db.IncomingDocuments.Where(d => d.NumberSymbol == DemoDocuments.PoliceDispatchNumber).Select(d => d.Id).FirstAsync();
            var vnpt = await (from a in db.Assignments
                              join u in db.OrgUnits on a.UnitId equals u.Id
                              where a.DocumentId == dispatch && u.Code == "VNPTTV"
                              orderby a.Id
                              select a.Id).FirstAsync();
            // The specialist's division's draft that the leader returned: editable, so tasks can be added to it.
            var returned = await db.OutgoingDocuments.Where(d => d.Status == OutgoingStatus.Returned && d.Summary == ReturnedDraftSummary).Select(d => d.Id).FirstAsync();
            ids = new FoundingCase(dispatch, police, vnpt, returned);
        });
        return ids!;
    }

    // A fresh assignment of VNPT on the founding dispatch, open for a report.
    private async Task<Guid> AssignTaskToVnptAsync()
    {
        var id = Guid.Empty;
        await portal.ArrangeAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var clock = services.GetRequiredService<TimeProvider>();
            var document = await db.OutgoingDocuments.SingleAsync(d => d.Summary == DemoDocuments.AntiFraudSummary);
            var vnpt = await db.OrgUnits.SingleAsync(u => u.Code == "VNPTTV");
            var today = clock.Today();
            var task = DirectiveTask.Plan(document.Id, document.CreatedById, new TaskPlan(
                1, ReportTaskTitle, "Nhắn tin cảnh báo các thủ đoạn lừa đảo qua mạng đến thuê bao trả trước.", TaskPriority.High,
                new TaskDeadline(DeadlineKind.FixedDate, today.AddDays(30)),
                [new IndicatorPlan(null, "Số thuê bao đã nhắn tin cảnh báo", "thuê bao", 140_000)],
                [new AssigneePlan(vnpt.Id, null, AssignmentRole.Lead)]));
            db.DirectiveTasks.Add(task);
            var calendar = await WorkingCalendars.LoadAsync(db, CancellationToken.None);
            var assignments = task.Issue(today, clock.UtcNow(), calendar, new Dictionary<Guid, IReadOnlyList<Guid>>()).ToList();
            db.Assignments.AddRange(assignments);
            await db.SaveChangesAsync(CancellationToken.None);
            id = assignments.Single().Id;
        });
        return id;
    }

    private async Task<Guid> PublishNoticeAsync()
    {
        var id = Guid.Empty;
        await portal.ArrangeAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var clock = services.GetRequiredService<TimeProvider>();
            var document = await db.OutgoingDocuments.SingleAsync(d => d.Summary == DemoDocuments.AntiFraudSummary && d.Status == OutgoingStatus.Issued);
            var notice = PublicNotice.Publish(document.Id, "Cảnh giác với cuộc gọi giả danh công an",
                "Không cung cấp mã OTP, không chuyển tiền cho người lạ.",
                "Người dân không cung cấp mã OTP cho bất kỳ ai.\nKhông chuyển tiền theo yêu cầu qua điện thoại.",
                document.CreatedById, clock.UtcNow());
            db.PublicNotices.Add(notice);
            await db.SaveChangesAsync(CancellationToken.None);
            id = notice.Id;
        });
        return id;
    }

    /// <summary>Collects what axe finds, page after page, and fails once with all of it.</summary>
    private sealed class Audit
    {
        private readonly List<string> _problems = [];

        public async Task PageAsync(IPage page, string? url, string? name = null)
        {
            if (url is not null)
            {
                await page.OpenInteractiveAsync(url);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            }
            await SettledAsync(page);
            var where = name ?? url ?? new Uri(page.Url).PathAndQuery;
            var lang = await page.EvaluateAsync<string>("() => document.documentElement.lang");
            if (lang != "vi")
                _problems.Add($"{where}: <html lang> is \"{lang}\", not \"vi\"");
            await CheckAsync(page, where);
        }

        public async Task DialogAsync(IPage page, string name)
        {
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToBeVisibleAsync();
            await SettledAsync(page);
            // The page behind was checked on its own; the overlay only dims it.
            Record(name, await dialog.RunAxe());
        }

        public void AssertClean() =>
            Assert.True(_problems.Count == 0, "Accessibility violations:\n" + string.Join("\n", _problems));

        private async Task CheckAsync(IPage page, string where) => Record(where, await page.RunAxe());

        private void Record(string where, Deque.AxeCore.Commons.AxeResult result) =>
            _problems.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{where}: {v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(4).Select(n => $"{n.Target} ({n.Any.FirstOrDefault()?.Message})"))}"));

        // Transitions (dialogs fading in, progress bars) finished and no table still loading.
        private static async Task SettledAsync(IPage page) => await page.WaitForFunctionAsync(
            "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity) && !document.querySelector('.mud-table-loading, .mud-skeleton')");
    }
}
