using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Web.Components.Pages.Calendar;

namespace SoTTTT.Portal.Web.Tests.Calendar;

public sealed class CalendarDaysTests : PortalComponentContext
{
    private static readonly CalendarDayItem NationalDay = new(Guid.NewGuid(), new DateOnly(2025, 9, 2), "Quốc khánh", CalendarDayKind.Holiday);
    private static readonly CalendarDayItem WorkedSaturday = new(Guid.NewGuid(), new DateOnly(2025, 2, 8), "Làm bù cho ngày 27/01/2025", CalendarDayKind.WorkingWeekend);

    private readonly IRenderedComponent<MudDialogProvider> _dialogs;

    public CalendarDaysTests()
    {
        // 10/10/2025 in Viet Nam.
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2025, 10, 10, 2, 0, 0, TimeSpan.Zero)));
        RenderPopoverProvider();
        _dialogs = Render<MudDialogProvider>();
        Sender.Reply<ListCalendarDaysQuery>(q => q.Year == 2025 ? new List<CalendarDayItem> { WorkedSaturday, NationalDay } : new List<CalendarDayItem>());
    }

    private int ListsOf(int year) => Sender.Sent.OfType<ListCalendarDaysQuery>().Count(q => q.Year == year);

    private static IElement RowOf(IRenderedComponent<CalendarDays> page, string date) =>
        page.FindAll("tbody tr").Single(r => r.TextContent.Contains(date, StringComparison.Ordinal));

    private IElement DialogButton(string text) =>
        _dialogs.FindAll("button").Single(b => b.TextContent.Trim() == text);

    [Fact]
    public void The_days_of_this_year_are_listed_with_their_date_weekday_name_and_kind_in_Vietnamese()
    {
        var page = Render<CalendarDays>();

        Assert.Equal(1, ListsOf(2025));
        var saturday = RowOf(page, "08/02/2025");
        Assert.Contains("Thứ Bảy", saturday.TextContent, StringComparison.Ordinal);
        Assert.Contains("Làm bù cho ngày 27/01/2025", saturday.TextContent, StringComparison.Ordinal);
        Assert.Contains("Làm bù", saturday.QuerySelector(".mud-chip")!.TextContent, StringComparison.Ordinal);
        var nationalDay = RowOf(page, "02/09/2025");
        Assert.Contains("Thứ Ba", nationalDay.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ngày lễ", nationalDay.QuerySelector(".mud-chip")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Thêm ngày lễ theo quy định của năm 2025", page.Find("[data-testid=add-holidays-of-year]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_year_is_listed_and_its_statutory_holidays_added_on_request()
    {
        Sender.Reply<AddHolidaysOfYearCommand>(_ => 14);
        var page = Render<CalendarDays>();

        page.Find("input[data-testid=calendar-year]").Change("2027");

        page.WaitForAssertion(() => Assert.Equal(1, ListsOf(2027)));
        Assert.Contains("Năm 2027 chưa có ngày lễ, nghỉ bù hay làm bù nào trong lịch.", page.Markup, StringComparison.Ordinal);
        var button = page.Find("[data-testid=add-holidays-of-year]");
        Assert.Contains("Thêm ngày lễ theo quy định của năm 2027", button.TextContent, StringComparison.Ordinal);

        button.Click();

        Assert.Equal(2027, Assert.Single(Sender.Sent.OfType<AddHolidaysOfYearCommand>()).Year);
        page.WaitForAssertion(() => Assert.Equal(2, ListsOf(2027)));
    }

    [Fact]
    public void A_working_Saturday_added_in_the_dialog_is_sent_and_the_list_reloaded()
    {
        Sender.Reply<AddCalendarDayCommand>(_ => Guid.NewGuid());
        var page = Render<CalendarDays>();

        page.Find("[data-testid=add-calendar-day]").Click();
        _dialogs.Find("input[data-testid=calendar-day-date]").Change("14/06/2025");
        _dialogs.Find("input[data-testid=calendar-day-name]").Change("Làm bù cho ngày 01/09/2025");
        _dialogs.FindAll("label.mud-radio").Single(l => l.TextContent.Contains("Làm bù", StringComparison.Ordinal)).QuerySelector("input")!.Click();
        DialogButton("Lưu").Click();

        var sent = Assert.Single(Sender.Sent.OfType<AddCalendarDayCommand>());
        Assert.Equal((new DateOnly(2025, 6, 14), "Làm bù cho ngày 01/09/2025", CalendarDayKind.WorkingWeekend), (sent.Date, sent.Name, sent.Kind));
        page.WaitForAssertion(() => Assert.Equal(2, ListsOf(2025)));
        _dialogs.WaitForAssertion(() => Assert.Empty(_dialogs.FindAll("[data-testid=save-calendar-day]")));
    }

    [Fact]
    public void A_date_already_in_the_calendar_is_shown_under_the_date_and_the_dialog_stays_open()
    {
        Sender.Reply<AddCalendarDayCommand>(_ => throw new InputValidationException(new Dictionary<string, string[]>
        {
            ["Date"] = ["Ngày này đã có trong lịch."],
        }));
        var page = Render<CalendarDays>();

        page.Find("[data-testid=add-calendar-day]").Click();
        _dialogs.Find("input[data-testid=calendar-day-date]").Change("02/09/2025");
        _dialogs.Find("input[data-testid=calendar-day-name]").Change("Quốc khánh");
        DialogButton("Lưu").Click();

        var dateField = _dialogs.Find("input[data-testid=calendar-day-date]");
        Assert.Contains("Ngày này đã có trong lịch.", dateField.Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, ListsOf(2025));
    }

    [Fact]
    public void Editing_keeps_the_date_and_sends_the_new_name_and_kind()
    {
        Sender.Reply<UpdateCalendarDayCommand>(_ => Mediator.Unit.Value);
        var page = Render<CalendarDays>();

        RowOf(page, "02/09/2025").QuerySelector("button[aria-label='Sửa ngày 02/09/2025']")!.Click();
        Assert.Contains("02/09/2025 (Thứ Ba)", _dialogs.Find("[data-testid=calendar-day-fixed-date]").TextContent, StringComparison.Ordinal);
        Assert.Empty(_dialogs.FindAll("input[data-testid=calendar-day-date]"));
        _dialogs.Find("input[data-testid=calendar-day-name]").Change("Ngày Quốc khánh");
        DialogButton("Lưu").Click();

        var sent = Assert.Single(Sender.Sent.OfType<UpdateCalendarDayCommand>());
        Assert.Equal((NationalDay.Id, "Ngày Quốc khánh", CalendarDayKind.Holiday), (sent.Id, sent.Name, sent.Kind));
    }

    [Fact]
    public void Deleting_asks_first_and_sends_nothing_when_cancelled()
    {
        Sender.Reply<DeleteCalendarDayCommand>(_ => Mediator.Unit.Value);
        var page = Render<CalendarDays>();
        var delete = "button[aria-label='Xóa ngày 08/02/2025']";

        RowOf(page, "08/02/2025").QuerySelector(delete)!.Click();
        Assert.Contains("Xóa “Làm bù cho ngày 27/01/2025” ngày 08/02/2025 khỏi lịch?", _dialogs.Markup, StringComparison.Ordinal);
        DialogButton("Hủy").Click();
        Assert.Empty(Sender.Sent.OfType<DeleteCalendarDayCommand>());

        RowOf(page, "08/02/2025").QuerySelector(delete)!.Click();
        DialogButton("Xóa").Click();

        page.WaitForAssertion(() => Assert.Equal(WorkedSaturday.Id, Assert.Single(Sender.Sent.OfType<DeleteCalendarDayCommand>()).Id));
    }
}
