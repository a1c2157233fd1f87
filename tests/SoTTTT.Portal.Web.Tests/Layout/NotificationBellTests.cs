using Bunit;
using MudBlazor;
using SoTTTT.Portal.Core.Features.Notifications;
using SoTTTT.Portal.Web.Components.Layout;

namespace SoTTTT.Portal.Web.Tests.Layout;

public sealed class NotificationBellTests : PortalComponentContext
{
    // Prerendered: the bell reads its count once and starts no timer.
    public NotificationBellTests() => Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));

    [Fact]
    public void The_bell_shows_the_unread_count_and_opens_the_inbox_with_the_browsers_own_tooltip()
    {
        Auth.SetAuthorized("chuyenvien");
        Sender.Reply<CountMyUnreadNotificationsQuery>(_ => 3);

        var bell = Render<NotificationBell>();

        bell.WaitForAssertion(() => Assert.Equal("3", bell.Find("[data-testid=unread-count] .mud-badge").TextContent.Trim()));
        var link = bell.Find("a[href='/thong-bao']");
        Assert.Equal("Thông báo", link.GetAttribute("title"));
        Assert.Equal("Thông báo", link.GetAttribute("aria-label"));
        Assert.Empty(bell.FindComponents<MudTooltip>());
    }

    [Fact]
    public void Without_unread_notifications_the_bell_shows_no_count()
    {
        Auth.SetAuthorized("chuyenvien");
        Sender.Reply<CountMyUnreadNotificationsQuery>(_ => 0);

        var bell = Render<NotificationBell>();

        Assert.Empty(bell.FindAll("[data-testid=unread-count] .mud-badge"));
        Assert.NotNull(bell.Find("a[href='/thong-bao']"));
    }
}
