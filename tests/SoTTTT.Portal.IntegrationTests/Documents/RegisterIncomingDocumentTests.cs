using System.Text;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Notifications;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.RegisterIncomingCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Documents;

/// <summary>
/// DESIGN §3, incoming register: arrival numbers per calendar year from 1. Each test registers in a
/// year of its own, so the numbers it expects do not depend on the order the tests run in.
/// </summary>
public sealed class RegisterIncomingDocumentTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task Registration_in_2022_follows_the_eight_documents_of_the_demo_register()
    {
        var registered = await portal.SendAsync(AnIncomingDocument().ReceivedOn(new DateOnly(2022, 5, 12)).Build(), asUser: DemoUsers.Clerk);

        Assert.Equal(9, registered.ArrivalNumber);
        Assert.Equal(2022, registered.ArrivalYear);
        Assert.Equal(9, await portal.LastNumberAsync(RegisterKind.Incoming, 2022));
    }

    [Fact]
    public async Task First_registration_of_the_current_year_gets_number_one()
    {
        var today = portal.Today();

        var registered = await portal.SendAsync(AnIncomingDocument().ReceivedOn(today).Build(), asUser: DemoUsers.Clerk);

        Assert.Equal(1, registered.ArrivalNumber);
        Assert.Equal(today.Year, registered.ArrivalYear);
        Assert.Equal(1, await portal.LastNumberAsync(RegisterKind.Incoming, today.Year));
    }

    [Fact]
    public async Task Arrival_numbers_of_a_year_follow_on_one_by_one()
    {
        var numbers = new List<int>();
        foreach (var day in new[] { 3, 4, 4, 20 })
            numbers.Add((await portal.SendAsync(AnIncomingDocument().ReceivedOn(new DateOnly(2023, 3, day)).Build(), asUser: DemoUsers.Clerk)).ArrivalNumber);

        Assert.Equal([1, 2, 3, 4], numbers);
    }

    [Fact]
    public async Task Registered_document_is_stored_composed_with_its_history_and_the_leader_is_told()
    {
        var leader = await portal.UserIdAsync(DemoUsers.Leader);
        var command = AnIncomingDocument().ReceivedOn(new DateOnly(2024, 6, 3)).SentTo(leader).With(c => c with
        {
            NumberSymbol = " 85/SYT-NVY ".Normalize(NormalizationForm.FormD),
            IssuingAgency = "Sở Y tế tỉnh Trà Vinh".Normalize(NormalizationForm.FormD),
            Summary = "V/v cảnh báo lừa đảo mạo danh nhân viên y tế".Normalize(NormalizationForm.FormD),
            Urgency = Urgency.Urgent,
            HandlingDeadline = new DateOnly(2024, 6, 10),
        }).Build();

        var registered = await portal.SendAsync(command, asUser: DemoUsers.Clerk);
        var document = await portal.SendAsync(new GetIncomingDocumentQuery(registered.Id), asUser: DemoUsers.Clerk);

        Assert.Equal("85/SYT-NVY", document.NumberSymbol);
        Assert.Equal("Sở Y tế tỉnh Trà Vinh", document.IssuingAgency);
        Assert.Equal("V/v cảnh báo lừa đảo mạo danh nhân viên y tế", document.Summary);
        Assert.True(document.IssuingAgency.IsNormalized(NormalizationForm.FormC));
        Assert.True(document.Summary.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(new DateOnly(2024, 6, 3), document.ReceivedOn);
        Assert.Equal(new DateOnly(2024, 6, 2), document.IssuedOn);
        Assert.Equal(Urgency.Urgent, document.Urgency);
        Assert.Equal(new DateOnly(2024, 6, 10), document.HandlingDeadline);
        Assert.Equal(IncomingStatus.AwaitingDirection, document.Status);
        Assert.Equal("Bùi Thống Nhứt", document.DirectingLeaderName);

        Assert.Equal([DocumentAction.Registered, DocumentAction.SentForDirection], document.History.Select(e => e.Action));
        Assert.All(document.History, e => Assert.Equal("Lê Thị Thu Hà", e.UserName));
        Assert.Equal($"Số đến {registered.ArrivalNumber}", document.History[0].Note);

        var inbox = await portal.SendAsync(new ListMyNotificationsQuery(UnreadOnly: true), asUser: DemoUsers.Leader);
        var told = Assert.Single(inbox.Items, n => n.Link == IncomingLinks.Of(registered.Id));
        Assert.Equal("Văn bản đến chờ ý kiến chỉ đạo", told.Title);
        Assert.Contains("85/SYT-NVY", told.Message, StringComparison.Ordinal);
        Assert.Empty(await portal.NotificationsAsync(DemoUsers.Clerk, IncomingLinks.Of(registered.Id)));
    }

    [Fact]
    public async Task Document_registered_without_a_leader_waits_until_the_clerk_sends_it()
    {
        var document = await portal.RegisteredAsync(AnIncomingDocument().ReceivedOn(new DateOnly(2021, 11, 2)));
        Assert.Equal(IncomingStatus.Registered, document.Status);
        Assert.Empty(await portal.NotificationsAsync(DemoUsers.Leader, IncomingLinks.Of(document.Id)));

        await portal.SendAsync(new SendIncomingForDirectionCommand(document.Id, document.Version, await portal.UserIdAsync(DemoUsers.Leader)), asUser: DemoUsers.Clerk);

        var sent = await portal.SendAsync(new GetIncomingDocumentQuery(document.Id), asUser: DemoUsers.Leader);
        Assert.Equal(IncomingStatus.AwaitingDirection, sent.Status);
        Assert.Equal("Bùi Thống Nhứt", sent.DirectingLeaderName);
        Assert.Equal([DocumentAction.Registered, DocumentAction.SentForDirection], sent.History.Select(e => e.Action));
        Assert.Single(await portal.NotificationsAsync(DemoUsers.Leader, IncomingLinks.Of(document.Id)));
    }

    [Fact]
    public async Task Sending_to_someone_who_is_not_a_leader_is_refused()
    {
        var document = await portal.RegisteredAsync(AnIncomingDocument().ReceivedOn(new DateOnly(2021, 12, 6)));

        var refused = await Assert.ThrowsAsync<InputValidationException>(async () => await portal.SendAsync(
            new SendIncomingForDirectionCommand(document.Id, document.Version, await portal.UserIdAsync(DemoUsers.Specialist)), asUser: DemoUsers.Clerk));

        Assert.Equal(["Người nhận trình phải là lãnh đạo Sở."], refused.Errors["LeaderId"]);
        Assert.Equal(IncomingStatus.Registered, (await portal.SendAsync(new GetIncomingDocumentQuery(document.Id), asUser: DemoUsers.Clerk)).Status);
    }

    [Fact]
    public async Task Sending_with_a_stale_version_is_a_conflict()
    {
        var document = await portal.RegisteredAsync(AnIncomingDocument().ReceivedOn(new DateOnly(2021, 12, 7)));
        var leader = await portal.UserIdAsync(DemoUsers.Leader);
        await portal.SendAsync(new SendIncomingForDirectionCommand(document.Id, document.Version, leader), asUser: DemoUsers.Clerk);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            portal.SendAsync(new SendIncomingForDirectionCommand(document.Id, document.Version, leader), asUser: DemoUsers.Clerk));

        Assert.Single(await portal.NotificationsAsync(DemoUsers.Leader, IncomingLinks.Of(document.Id)));
    }

    [Fact]
    public async Task Twenty_clerks_registering_at_once_get_twenty_consecutive_arrival_numbers()
    {
        var registered = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            portal.SendAsync(AnIncomingDocument().ReceivedOn(new DateOnly(2019, 3, 1 + (i % 28))).Build(), asUser: DemoUsers.Clerk)));

        Assert.Equal(Enumerable.Range(1, 20), registered.Select(r => r.ArrivalNumber).Order());
        Assert.Equal(20, await portal.LastNumberAsync(RegisterKind.Incoming, 2019));
    }

    [Fact]
    public async Task Missing_dates_are_asked_for_not_reported_out_of_range()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(
            AnIncomingDocument().With(c => c with { ReceivedOn = null, IssuedOn = null }).Build(), asUser: DemoUsers.Clerk));

        Assert.Equal(["Hãy nhập ngày đến."], refused.Errors["ReceivedOn"]);
        Assert.Equal(["Hãy nhập ngày ban hành."], refused.Errors["IssuedOn"]);
    }

    [Fact]
    public async Task Empty_symbol_and_summary_are_refused_by_field()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(
            AnIncomingDocument().With(c => c with { NumberSymbol = " ", Summary = "", IssuingAgency = "" }).Build(), asUser: DemoUsers.Clerk));

        Assert.Contains("NumberSymbol", refused.Errors.Keys);
        Assert.Contains("Summary", refused.Errors.Keys);
        Assert.Contains("IssuingAgency", refused.Errors.Keys);
        Assert.Equal(["Hãy nhập trích yếu."], refused.Errors["Summary"]);
    }

    [Fact]
    public async Task Issue_date_after_the_received_date_is_refused()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(
            AnIncomingDocument().With(c => c with { ReceivedOn = new DateOnly(2022, 4, 19), IssuedOn = new DateOnly(2022, 4, 20) }).Build(),
            asUser: DemoUsers.Clerk));

        Assert.Equal(["Ngày ban hành không được sau ngày đến."], refused.Errors["IssuedOn"]);
    }

    [Fact]
    public async Task Received_date_in_the_future_is_refused()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(
            AnIncomingDocument().ReceivedOn(portal.Today().AddDays(1)).Build(), asUser: DemoUsers.Clerk));

        Assert.Contains("ReceivedOn", refused.Errors.Keys);
    }

    [Fact]
    public async Task Deadline_before_the_received_date_is_refused()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(
            AnIncomingDocument().ReceivedOn(new DateOnly(2022, 6, 1)).With(c => c with { HandlingDeadline = new DateOnly(2022, 5, 31) }).Build(),
            asUser: DemoUsers.Clerk));

        Assert.Contains("HandlingDeadline", refused.Errors.Keys);
    }

    [Fact]
    public async Task Sending_to_a_non_leader_on_registration_is_refused_and_takes_no_number()
    {
        var specialist = await portal.UserIdAsync(DemoUsers.Specialist);
        var before = await portal.LastNumberAsync(RegisterKind.Incoming, 2020);

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(
            AnIncomingDocument().ReceivedOn(new DateOnly(2020, 8, 3)).SentTo(specialist).Build(), asUser: DemoUsers.Clerk));

        Assert.Equal(["Người nhận trình phải là lãnh đạo Sở."], refused.Errors["SendToLeaderId"]);
        Assert.Equal(before, await portal.LastNumberAsync(RegisterKind.Incoming, 2020));
    }
}
