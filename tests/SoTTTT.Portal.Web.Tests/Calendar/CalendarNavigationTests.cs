using Bunit;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Web.Components.Layout;

namespace SoTTTT.Portal.Web.Tests.Calendar;

public sealed class CalendarNavigationTests : PortalComponentContext
{
    [Fact]
    public void The_administrator_finds_the_holiday_calendar_in_the_menu()
    {
        Auth.SetAuthorized("quantri");
        Auth.SetRoles(PortalRoles.Admin);
        Auth.SetPolicies(nameof(Permission.ReadDirectory), nameof(Permission.ManageDirectory), nameof(Permission.ManageCalendar));

        var menu = Render<NavMenu>();

        Assert.Equal("Lịch nghỉ lễ, làm bù", menu.Find("a[href='/lich-nghi']").TextContent.Trim());
    }

    [Fact]
    public void A_leader_is_not_offered_the_holiday_calendar()
    {
        Auth.SetAuthorized("lanhdao");
        Auth.SetRoles(PortalRoles.Leader);
        Auth.SetPolicies(nameof(Permission.ReadDirectory), nameof(Permission.ReadDocuments));

        var menu = Render<NavMenu>();

        Assert.Empty(menu.FindAll("a[href='/lich-nghi']"));
    }
}
