using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Core.Tests.Domain.Tasks;

public sealed class AssignmentTallyTests
{
    private static readonly DateOnly Due = new(2022, 5, 10);
    private static readonly Guid Directive = Guid.NewGuid();

    [Theory]
    [InlineData(null, "2022-05-10", TallyState.Open)]
    [InlineData("2022-05-10", "2022-05-10", TallyState.CompletedOnTime)]
    [InlineData("2022-05-09", "2022-05-10", TallyState.CompletedOnTime)]
    [InlineData("2022-05-11", "2022-05-10", TallyState.CompletedLate)]
    [InlineData("2022-05-11", null, TallyState.CompletedOnTime)]
    [InlineData(null, null, TallyState.Open)]
    public void An_assignment_s_state_is_judged_against_its_due_date(string? completedOn, string? dueDate, TallyState expected) =>
        Assert.Equal(expected, AssignmentTally.StateOf(Parse(completedOn), Parse(dueDate)));

    [Fact]
    public void An_open_assignment_is_counted_by_its_due_date_under_its_directive_and_the_province()
    {
        var (directive, province) = AssignmentTally.KeysOf(Directive, OrgUnitKind.TelecomEnterprise, null, Due);

        Assert.Equal(new TallyKey(Directive, OrgUnitKind.TelecomEnterprise, TallyState.Open, Due), directive);
        Assert.Equal(new TallyKey(null, OrgUnitKind.TelecomEnterprise, TallyState.Open, Due), province);
    }

    [Fact]
    public void A_completed_assignment_is_counted_without_its_due_date()
    {
        var (directive, province) = AssignmentTally.KeysOf(Directive, OrgUnitKind.CultureCentre, Due.AddDays(3), Due);

        Assert.Equal(new TallyKey(Directive, OrgUnitKind.CultureCentre, TallyState.CompletedLate, null), directive);
        Assert.Null(province.DueDate);
        Assert.Null(province.DocumentId);
    }

    [Theory]
    [InlineData("2022-04-24T16:59:00", "2022-04-18")] // Sunday 23:59 in Viet Nam
    [InlineData("2022-04-24T17:00:00", "2022-04-25")] // Monday 00:00 in Viet Nam
    [InlineData("2022-04-19T03:00:00", "2022-04-18")]
    public void A_report_is_counted_in_the_week_of_its_day_in_Viet_Nam(string submittedAtUtc, string monday) =>
        Assert.Equal(Parse(monday), ReportTally.WeekOf(DateTime.SpecifyKind(
            DateTime.Parse(submittedAtUtc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc)));

    [Fact]
    public void A_report_is_counted_under_its_directive_its_issue_day_and_the_province()
    {
        var issuedOn = new DateOnly(2022, 4, 19);
        var keys = ReportTally.KeysOf(Directive, issuedOn, OrgUnitKind.TelecomEnterprise, new DateTime(2022, 4, 24, 17, 0, 0, DateTimeKind.Utc));

        var monday = new DateOnly(2022, 4, 25);
        Assert.Equal([
            new ReportTallyKey(Directive, issuedOn, OrgUnitKind.TelecomEnterprise, monday),
            new ReportTallyKey(null, issuedOn, null, monday),
            new ReportTallyKey(null, null, OrgUnitKind.TelecomEnterprise, monday)], keys);
    }

    [Fact]
    public void A_figure_is_counted_under_its_unit_and_on_its_directive_s_issue_day_of_every_kind_and_of_its_kind()
    {
        var unit = Guid.CreateVersion7();
        var issuedOn = new DateOnly(2022, 4, 19);

        var keys = IndicatorTally.KeysOf("Số tin nhắn đã gửi", "tin nhắn", unit, OrgUnitKind.TelecomEnterprise, issuedOn);

        Assert.Equal([
            new IndicatorTallyKey("Số tin nhắn đã gửi", "tin nhắn", unit, null, null),
            new IndicatorTallyKey("Số tin nhắn đã gửi", "tin nhắn", null, issuedOn, null),
            new IndicatorTallyKey("Số tin nhắn đã gửi", "tin nhắn", null, issuedOn, OrgUnitKind.TelecomEnterprise)], keys);
    }

    private static DateOnly? Parse(string? date) => date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
}
