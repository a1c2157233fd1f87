using Bunit;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Web.Components.Pages.Tasks;

namespace SoTTTT.Portal.Web.Tests.Tasks;

public sealed class ExtensionRequestsTests : PortalComponentContext
{
    private static readonly ExtensionQueueItem Pending = new(Guid.NewGuid(), Guid.NewGuid(), "VNPT Trà Vinh", "Nhắn tin cảnh báo lừa đảo đến thuê bao",
        new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 15), "Chờ số liệu của Tập đoàn.", new DateTime(2026, 4, 20, 2, 0, 0, DateTimeKind.Utc), ExtensionStatus.Pending, null);

    public ExtensionRequestsTests()
    {
        RenderPopoverProvider();
        Sender.Reply<ListExtensionRequestsQuery>(_ => new PagedResult<ExtensionQueueItem>([Pending], 1, 1, 20));
    }

    [Fact]
    public void A_leader_is_offered_the_decision_and_approves_a_pending_extension_with_a_note()
    {
        Auth.SetAuthorized("lanhdao");
        Auth.SetRoles(PortalRoles.Leader);
        Sender.Reply<ApproveExtensionCommand>(_ => Mediator.Unit.Value);
        var page = Render<ExtensionRequests>();

        Assert.NotEmpty(page.WaitForElements("[data-testid=refuse-extension]"));
        page.Find("[data-testid=approve-extension]").Click();
        // The row turns into the note and its confirmation; the table may render once more while it does.
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=approve-extension]")));
        page.WaitForElement("input[data-testid=approve-note]").Change("Đồng ý, đề nghị khẩn trương.");
        page.Find("[data-testid=confirm-approve]").Click();

        page.WaitForAssertion(() => Assert.Single(Sender.Sent.OfType<ApproveExtensionCommand>()));
        var sent = Assert.Single(Sender.Sent.OfType<ApproveExtensionCommand>());
        Assert.Equal(Pending.RequestId, sent.RequestId);
        Assert.Equal("Đồng ý, đề nghị khẩn trương.", sent.Note);
    }

    [Fact]
    public void A_specialist_reads_the_requests_without_decision_buttons()
    {
        Auth.SetAuthorized("chuyenvien");
        Auth.SetRoles(PortalRoles.Specialist);

        var page = Render<ExtensionRequests>();

        page.WaitForAssertion(() => Assert.Contains("Chờ số liệu của Tập đoàn.", page.Find("[data-testid=extension-requests]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Chờ quyết định", page.Find("[data-testid=extension-status]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=approve-extension]"));
        Assert.Empty(page.FindAll("[data-testid=refuse-extension]"));
    }
}
