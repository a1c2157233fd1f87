using Bunit;
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
}
