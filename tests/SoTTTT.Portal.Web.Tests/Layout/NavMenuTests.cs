using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Web.Components.Layout;

namespace SoTTTT.Portal.Web.Tests.Layout;

public sealed class NavMenuTests : PortalComponentContext
{
    [Fact]
    public void An_administrator_sees_the_directory()
    {
        Auth.SetAuthorized("quantri");
        Auth.SetRoles(PortalRoles.Admin);
        Auth.SetPolicies(nameof(Permission.ReadDirectory), nameof(Permission.ManageDirectory));

        var menu = Render<NavMenu>();

        Assert.NotNull(menu.Find("a[href='/don-vi']"));
        Assert.NotNull(menu.Find("a[href='/nhom-don-vi']"));
        Assert.Empty(menu.FindAll("a[href^='/don-vi/']"));
    }

    [Fact]
    public void A_unit_reporter_sees_only_their_own_unit()
    {
        var unitId = Guid.NewGuid();
        Auth.SetAuthorized("vnpt");
        Auth.SetRoles(PortalRoles.UnitReporter);
        Auth.SetClaims(new System.Security.Claims.Claim(Infrastructure.Identity.PortalClaimTypes.UnitId, unitId.ToString()));

        var menu = Render<NavMenu>();

        Assert.Empty(menu.FindAll("a[href='/don-vi']"));
        Assert.Empty(menu.FindAll("a[href='/nhom-don-vi']"));
        Assert.Contains("Đơn vị của tôi", menu.Find($"a[href='/don-vi/{unitId}']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_entry_of_the_current_page_is_marked_and_follows_the_user_as_they_move()
    {
        Auth.SetAuthorized("chuyenvien");
        Auth.SetRoles(PortalRoles.Specialist);
        Auth.SetPolicies(nameof(Permission.ReadTasks));
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/nhiem-vu/theo-doi?qua-han=true");

        var menu = Render<NavMenu>();

        var current = Assert.Single(menu.FindAll("a[aria-current=page]"));
        Assert.Equal("/nhiem-vu/theo-doi", current.GetAttribute("href"));
        Assert.Contains("active", current.ClassList);

        navigation.NavigateTo("/bang-dieu-khien");
        menu.WaitForAssertion(() => Assert.Equal("/bang-dieu-khien", Assert.Single(menu.FindAll("a[aria-current=page]")).GetAttribute("href")));
        navigation.NavigateTo("/");
        menu.WaitForAssertion(() => Assert.Equal("/", Assert.Single(menu.FindAll("a[aria-current=page]")).GetAttribute("href")));
    }

    [Fact]
    public void Choosing_an_entry_tells_the_drawer_so_that_it_closes_on_a_phone()
    {
        Auth.SetAuthorized("chuyenvien");
        var drawer = new DrawerSpy();

        var menu = Render<Microsoft.AspNetCore.Components.CascadingValue<MudBlazor.Interfaces.INavigationEventReceiver>>(p => p
            .Add(c => c.Value, drawer)
            .AddChildContent<NavMenu>());
        menu.Find("a[href='/thong-bao']").Click();

        Assert.Equal(1, drawer.Navigations);
    }

    [Fact]
    public void The_menu_keeps_no_component_per_entry()
    {
        Auth.SetAuthorized("quantri");
        Auth.SetRoles(PortalRoles.Admin);
        Auth.SetPolicies(nameof(Permission.ReadDirectory), nameof(Permission.ManageUsers), nameof(Permission.ReadAuditLog));

        var menu = Render<NavMenu>();

        Assert.True(menu.FindAll("a.mud-nav-link").Count >= 6);
        Assert.Empty(menu.FindComponents<MudBlazor.MudNavLink>());
        Assert.Empty(menu.FindComponents<Microsoft.AspNetCore.Components.Authorization.AuthorizeView>());
    }

    private sealed class DrawerSpy : MudBlazor.Interfaces.INavigationEventReceiver
    {
        public int Navigations { get; private set; }

        public Task OnNavigation()
        {
            Navigations++;
            return Task.CompletedTask;
        }
    }
}
