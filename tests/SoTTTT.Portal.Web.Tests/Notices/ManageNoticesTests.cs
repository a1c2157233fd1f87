using Bunit;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Notices;
using SoTTTT.Portal.Web.Components.Pages.Notices;

namespace SoTTTT.Portal.Web.Tests.Notices;

public sealed class ManageNoticesTests : PortalComponentContext
{
    private static readonly NoticeListItem Published = new(Guid.NewGuid(), Guid.NewGuid(), "Cảnh giác lừa đảo qua mạng", Guid.NewGuid(),
        "999/STTTT-BCVTCNTT", new DateTime(2026, 4, 20, 2, 0, 0, DateTimeKind.Utc), null);
    private static readonly NoticeListItem Withdrawn = new(Guid.NewGuid(), Guid.NewGuid(), "Thông báo cũ", Guid.NewGuid(),
        "998/STTTT-BCVTCNTT", new DateTime(2026, 4, 10, 2, 0, 0, DateTimeKind.Utc), new DateTime(2026, 4, 12, 2, 0, 0, DateTimeKind.Utc));

    public ManageNoticesTests()
    {
        RenderPopoverProvider();
        Auth.SetAuthorized("vanthu");
        Auth.SetRoles(PortalRoles.Clerk);
        Sender.Reply<ListNoticesQuery>(_ => new PagedResult<NoticeListItem>([Published, Withdrawn], 2, 1, 25));
        Sender.Reply<UnpublishNoticeCommand>(_ => Mediator.Unit.Value);
        Sender.Reply<RepublishNoticeCommand>(_ => Mediator.Unit.Value);
    }

    [Fact]
    public void Each_notice_shows_its_state_a_public_link_only_while_published_and_the_matching_action()
    {
        var page = Render<ManageNotices>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=notice-state]").Count));
        var states = page.FindAll("[data-testid=notice-state]").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(["Đang đăng", "Đã gỡ xuống"], states);
        Assert.Single(page.FindAll($"a[href='/canh-bao/{Published.Id}']"));
        Assert.Empty(page.FindAll($"a[href='/canh-bao/{Withdrawn.Id}']"));
        Assert.Single(page.FindAll("[data-testid=unpublish-notice]"));
        Assert.Single(page.FindAll("[data-testid=republish-notice]"));
    }

    [Fact]
    public void Withdrawing_sends_the_notice_and_the_version_the_clerk_saw()
    {
        var page = Render<ManageNotices>();

        page.WaitForElement("[data-testid=unpublish-notice]").Click();

        page.WaitForAssertion(() => Assert.Single(Sender.Sent.OfType<UnpublishNoticeCommand>()));
        Assert.Equal(new UnpublishNoticeCommand(Published.Id, Published.Version), Sender.Sent.OfType<UnpublishNoticeCommand>().Single());
    }
}
