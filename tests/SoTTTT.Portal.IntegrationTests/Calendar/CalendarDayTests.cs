using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Calendar;

public sealed class CalendarDayTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private Task<CalendarDay?> FindOnAsync(DateOnly date) =>
        portal.ExecuteDbContextAsync(db => db.CalendarDays.AsNoTracking().SingleOrDefaultAsync(d => d.Date == date));

    public static TheoryData<string?> EveryoneButTheAdministrator =>
        [DemoUsers.Leader, DemoUsers.Clerk, DemoUsers.Specialist, DemoUsers.Inspector, DemoUsers.VnptReporter, DemoUsers.Anonymous];

    [Fact]
    public async Task Administrator_adds_a_working_Saturday_that_every_signed_in_user_reads()
    {
        var id = await portal.SendAsync(new AddCalendarDayCommand(D(2025, 2, 8), "  Làm bù cho ngày 27/01/2025 ", CalendarDayKind.WorkingWeekend),
            asUser: DemoUsers.Administrator);

        var days = await portal.SendAsync(new ListCalendarDaysQuery(2025), asUser: DemoUsers.VnptReporter);
        var added = Assert.Single(days, d => d.Id == id);
        Assert.Equal((D(2025, 2, 8), "Làm bù cho ngày 27/01/2025", CalendarDayKind.WorkingWeekend), (added.Date, added.Name, added.Kind));
        Assert.Equal(days.OrderBy(d => d.Date).Select(d => d.Date), days.Select(d => d.Date));
        Assert.All(days, d => Assert.Equal(2025, d.Date.Year));
    }

    [Fact]
    public async Task Administrator_renames_a_day_and_turns_it_into_a_day_off()
    {
        var id = await portal.SendAsync(new AddCalendarDayCommand(D(2026, 1, 2), "Nghỉ hoán đổi", CalendarDayKind.CompensatoryDayOff),
            asUser: DemoUsers.Administrator);

        await portal.SendAsync(new UpdateCalendarDayCommand(id, "Nghỉ Tết Dương lịch (hoán đổi với thứ Bảy 10/01/2026)", CalendarDayKind.Holiday),
            asUser: DemoUsers.Administrator);

        var day = await FindOnAsync(D(2026, 1, 2));
        Assert.Equal(("Nghỉ Tết Dương lịch (hoán đổi với thứ Bảy 10/01/2026)", CalendarDayKind.Holiday), (day!.Name, day.Kind));
    }

    [Fact]
    public async Task Administrator_deletes_a_day_and_it_is_an_ordinary_day_again()
    {
        var id = await portal.SendAsync(new AddCalendarDayCommand(D(2026, 3, 9), "Nghỉ đột xuất", CalendarDayKind.CompensatoryDayOff),
            asUser: DemoUsers.Administrator);

        await portal.SendAsync(new DeleteCalendarDayCommand(id), asUser: DemoUsers.Administrator);

        Assert.Null(await FindOnAsync(D(2026, 3, 9)));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new DeleteCalendarDayCommand(id), asUser: DemoUsers.Administrator));
    }

    [Theory]
    [MemberData(nameof(EveryoneButTheAdministrator))]
    public async Task Only_the_administrator_may_add_a_day(string? user)
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            portal.SendAsync(new AddCalendarDayCommand(D(2026, 6, 6), "Làm bù", CalendarDayKind.WorkingWeekend), asUser: user));

        Assert.Null(await FindOnAsync(D(2026, 6, 6)));
    }

    [Theory]
    [MemberData(nameof(EveryoneButTheAdministrator))]
    public async Task Only_the_administrator_may_change_or_delete_a_day_or_add_a_years_holidays(string? user)
    {
        var nationalDay = (await FindOnAsync(D(2025, 9, 2)))!;

        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            portal.SendAsync(new UpdateCalendarDayCommand(nationalDay.Id, "Đổi tên", CalendarDayKind.CompensatoryDayOff), asUser: user));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new DeleteCalendarDayCommand(nationalDay.Id), asUser: user));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new AddHolidaysOfYearCommand(2031), asUser: user));

        var unchanged = await FindOnAsync(D(2025, 9, 2));
        Assert.Equal(("Quốc khánh", CalendarDayKind.Holiday), (unchanged!.Name, unchanged.Kind));
        Assert.Empty(await portal.SendAsync(new ListCalendarDaysQuery(2031), asUser: DemoUsers.Administrator));
    }

    [Fact]
    public async Task An_anonymous_visitor_cannot_read_the_calendar()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ListCalendarDaysQuery(2025), asUser: DemoUsers.Anonymous));
    }

    [Fact]
    public async Task A_date_already_in_the_calendar_is_refused_on_the_date_field()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new AddCalendarDayCommand(D(2025, 4, 30), "Trùng ngày Chiến thắng", CalendarDayKind.CompensatoryDayOff),
                asUser: DemoUsers.Administrator));

        Assert.Equal(["Ngày này đã có trong lịch."], refused.Errors["Date"]);
        Assert.Equal("Ngày Chiến thắng", (await FindOnAsync(D(2025, 4, 30)))!.Name);
    }

    [Fact]
    public async Task A_day_without_date_or_name_is_refused_field_by_field()
    {
        var before = await portal.ExecuteDbContextAsync(db => db.CalendarDays.CountAsync());

        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new AddCalendarDayCommand(null, "  ", CalendarDayKind.CompensatoryDayOff), asUser: DemoUsers.Administrator));

        Assert.Equal(["Hãy chọn ngày."], refused.Errors["Date"]);
        Assert.Equal(["Hãy ghi tên ngày nghỉ hoặc ngày làm bù."], refused.Errors["Name"]);
        Assert.Equal(before, await portal.ExecuteDbContextAsync(db => db.CalendarDays.CountAsync()));
    }

    [Fact]
    public async Task A_name_longer_than_the_column_is_refused()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new AddCalendarDayCommand(D(2026, 7, 7), new string('x', CalendarDay.NameMaxLength + 1), CalendarDayKind.CompensatoryDayOff),
                asUser: DemoUsers.Administrator));

        Assert.Equal([$"Tên ngày dài tối đa {CalendarDay.NameMaxLength} ký tự."], refused.Errors["Name"]);
        Assert.Null(await FindOnAsync(D(2026, 7, 7)));
    }

    [Fact]
    public async Task A_working_weekend_day_on_a_weekday_is_refused_on_the_kind_field()
    {
        // Monday 6/7/2026.
        var added = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new AddCalendarDayCommand(D(2026, 7, 6), "Làm bù", CalendarDayKind.WorkingWeekend), asUser: DemoUsers.Administrator));
        var tetEve = (await FindOnAsync(D(2026, 2, 16)))!;
        var changed = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new UpdateCalendarDayCommand(tetEve.Id, tetEve.Name, CalendarDayKind.WorkingWeekend), asUser: DemoUsers.Administrator));

        Assert.Equal(["Ngày làm bù phải là thứ Bảy hoặc Chủ nhật."], added.Errors["Kind"]);
        Assert.Equal(["Ngày làm bù phải là thứ Bảy hoặc Chủ nhật."], changed.Errors["Kind"]);
        Assert.Null(await FindOnAsync(D(2026, 7, 6)));
        Assert.Equal(CalendarDayKind.Holiday, (await FindOnAsync(D(2026, 2, 16)))!.Kind);
    }

    [Fact]
    public async Task Changing_a_day_that_is_no_longer_there_says_so()
    {
        await Assert.ThrowsAsync<NotFoundException>(() =>
            portal.SendAsync(new UpdateCalendarDayCommand(Guid.NewGuid(), "Ngày lễ", CalendarDayKind.Holiday), asUser: DemoUsers.Administrator));
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public async Task A_year_outside_2000_to_2100_is_refused(int year)
    {
        var listed = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(new ListCalendarDaysQuery(year), asUser: DemoUsers.Leader));
        var added = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(new AddHolidaysOfYearCommand(year), asUser: DemoUsers.Administrator));

        Assert.Equal(["Năm phải từ 2000 đến 2100."], listed.Errors["Year"]);
        Assert.Equal(["Năm phải từ 2000 đến 2100."], added.Errors["Year"]);
    }

    [Fact]
    public async Task Adding_the_holidays_of_a_year_twice_adds_them_once()
    {
        var first = await portal.SendAsync(new AddHolidaysOfYearCommand(2030), asUser: DemoUsers.Administrator);
        var second = await portal.SendAsync(new AddHolidaysOfYearCommand(2030), asUser: DemoUsers.Administrator);

        var days = await portal.SendAsync(new ListCalendarDaysQuery(2030), asUser: DemoUsers.Administrator);
        Assert.Equal(VietnameseHolidays.For(2030).Count, first);
        Assert.Equal(0, second);
        Assert.Equal(VietnameseHolidays.For(2030).Select(d => (d.Date, d.Name, d.Kind)), days.Select(d => (d.Date, d.Name, d.Kind)));
    }

    [Fact]
    public async Task Adding_the_holidays_of_a_year_keeps_what_the_administrator_entered_and_fills_in_the_rest()
    {
        // Tết Dương lịch 2029 is a Monday; the administrator entered it first under another name.
        await portal.SendAsync(new AddCalendarDayCommand(D(2029, 1, 1), "Tết Dương lịch 2029", CalendarDayKind.Holiday), asUser: DemoUsers.Administrator);

        var added = await portal.SendAsync(new AddHolidaysOfYearCommand(2029), asUser: DemoUsers.Administrator);

        Assert.Equal(VietnameseHolidays.For(2029).Count - 1, added);
        Assert.Equal("Tết Dương lịch 2029", (await FindOnAsync(D(2029, 1, 1)))!.Name);
        Assert.Equal("Giỗ Tổ Hùng Vương", (await FindOnAsync(VietnameseHolidays.HungKingsCommemoration(2029)))!.Name);
    }
}
