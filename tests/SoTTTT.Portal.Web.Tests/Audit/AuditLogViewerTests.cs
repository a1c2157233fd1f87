using Bunit;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Domain.Audit;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Audit;
using SoTTTT.Portal.Web.Components.Pages.Audit;

namespace SoTTTT.Portal.Web.Tests.Audit;

public sealed class AuditLogViewerTests : PortalComponentContext
{
    private static readonly AuditEntryRow Command = new(42, new DateTime(2026, 4, 20, 2, 30, 0, DateTimeKind.Utc), "vanthu",
        "IssueOutgoingDocumentCommand", "OutgoingDocument", "0196a1b2-0000-7000-8000-000000000001", "203.0.113.7");
    private static readonly AuditEntryRow SignIn = new(41, new DateTime(2026, 4, 20, 2, 0, 0, DateTimeKind.Utc), "vanthu",
        nameof(SecurityEventKind.SignedIn), "PortalUser", "u-1", "203.0.113.7");

    public AuditLogViewerTests()
    {
        RenderPopoverProvider();
        Auth.SetAuthorized("thanhtra");
        Auth.SetRoles(PortalRoles.Inspector);
        Sender.Reply<ListAuditEntriesQuery>(_ => new PagedResult<AuditEntryRow>([Command, SignIn], 2, 1, 25));
        Sender.Reply<GetAuditEntryQuery>(q => new AuditEntryDetails(q.Id, Command.AtUtc, "u-2", "vanthu", null, Command.Action,
            Command.EntityType, Command.EntityId, "{\"input\":{\"Id\":\"x\"},\"result\":\"số 12\"}", Command.ClientAddress, new string('a', 64), new string('b', 64)));
    }

    [Fact]
    public void Entries_show_their_time_in_Viet_Nam_user_action_entity_and_address_with_security_events_named_in_Vietnamese()
    {
        var page = Render<AuditLogViewer>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=audit-action]").Count));
        Assert.Equal(["IssueOutgoingDocumentCommand", "Đăng nhập thành công"], page.FindAll("[data-testid=audit-action]").Select(a => a.TextContent.Trim()));
        Assert.Contains("09:30 20/04/2026", page.Markup, StringComparison.Ordinal);
        Assert.Contains("203.0.113.7", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_are_sent_with_the_query()
    {
        var page = Render<AuditLogViewer>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-action]")));

        page.Find("input[data-testid=filter-user]").Change("vanthu");
        page.Find("input[data-testid=filter-action]").Change("SignInFailed");
        page.Find("[data-testid=apply-filters]").Click();

        page.WaitForAssertion(() => Assert.Contains(Sender.Sent.OfType<ListAuditEntriesQuery>(), q => q is { UserName: "vanthu", Action: "SignInFailed" }));
    }

    [Fact]
    public void Choosing_an_entry_shows_its_summary_and_hashes()
    {
        var page = Render<AuditLogViewer>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-action]")));

        page.FindAll("tbody tr")[0].Click();

        page.WaitForAssertion(() => Assert.Contains("số 12", page.Find("[data-testid=audit-summary]").TextContent, StringComparison.Ordinal));
        Assert.Equal(42, Sender.Sent.OfType<GetAuditEntryQuery>().Single().Id);
        Assert.Contains(new string('b', 64), page.Find("[data-testid=audit-details]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Integrity_check_names_the_first_broken_entry_and_why()
    {
        Sender.Reply<VerifyAuditChainQuery>(_ => new AuditChainVerification(17, new AuditChainBreak(17, AuditChainBreakKind.HashMismatch)));
        var page = Render<AuditLogViewer>();

        page.Find("[data-testid=verify-chain]").Click();

        page.WaitForAssertion(() => Assert.Equal("Chuỗi nhật ký bị phá vỡ tại mục số 17: Nội dung mục nhật ký đã bị sửa.",
            page.Find("[data-testid=chain-broken]").TextContent.Trim()));
    }

    [Fact]
    public void Integrity_check_of_an_intact_chain_says_how_many_entries_it_checked()
    {
        Sender.Reply<VerifyAuditChainQuery>(_ => new AuditChainVerification(250, null));
        var page = Render<AuditLogViewer>();

        page.Find("[data-testid=verify-chain]").Click();

        page.WaitForAssertion(() => Assert.Equal("Chuỗi nhật ký toàn vẹn: đã kiểm tra 250 mục.", page.Find("[data-testid=chain-intact]").TextContent.Trim()));
    }
}

public sealed class SignInHistoryTests : PortalComponentContext
{
    [Fact]
    public void A_users_history_lists_each_event_in_Vietnamese_with_its_time_and_address()
    {
        Sender.Reply<ListSignInHistoryQuery>(_ => new PagedResult<SignInHistoryItem>(
        [
            new(new DateTime(2026, 4, 20, 3, 0, 0, DateTimeKind.Utc), SecurityEventKind.SignedIn, "198.51.100.4"),
            new(new DateTime(2026, 4, 20, 2, 59, 0, DateTimeKind.Utc), SecurityEventKind.SignInFailed, null),
        ], 2, 1, 10));

        var history = Render<SignInHistory>(p => p.Add(h => h.UserId, "u-7"));

        history.WaitForAssertion(() => Assert.Equal(2, history.FindAll("[data-testid=sign-in-kind]").Count));
        Assert.Equal(["Đăng nhập thành công", "Đăng nhập thất bại"], history.FindAll("[data-testid=sign-in-kind]").Select(k => k.TextContent.Trim()));
        Assert.Equal(["198.51.100.4", "—"], history.FindAll("[data-testid=sign-in-address]").Select(a => a.TextContent.Trim()));
        Assert.Equal(["10:00 20/04/2026", "09:59 20/04/2026"], history.FindAll("[data-testid=sign-in-time]").Select(a => a.TextContent.Trim()));
        Assert.Equal("u-7", Sender.Sent.OfType<ListSignInHistoryQuery>().Single().UserId);
    }

    [Fact]
    public void A_user_who_never_signed_in_has_an_empty_history()
    {
        Sender.Reply<ListSignInHistoryQuery>(_ => new PagedResult<SignInHistoryItem>([], 0, 1, 10));

        var history = Render<SignInHistory>(p => p.Add(h => h.UserId, "u-8"));

        history.WaitForAssertion(() => Assert.Equal("Chưa có lần đăng nhập nào.", history.Find("[data-testid=no-sign-ins]").TextContent.Trim()));
    }
}
