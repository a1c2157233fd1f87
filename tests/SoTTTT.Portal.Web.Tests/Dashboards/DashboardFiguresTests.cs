using Bunit;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Dashboards;
using SoTTTT.Portal.Web.Components.Pages.Dashboards;

namespace SoTTTT.Portal.Web.Tests.Dashboards;

public sealed class DashboardFiguresTests : PortalComponentContext
{
    private static readonly DashboardView View = new(2, 16, 5, 4, 80.0m, 10, 3, [], [], [], [], [], []);

    [Fact]
    public void Every_figure_links_to_the_assignments_behind_it_with_the_filters_carried()
    {
        var document = Guid.NewGuid();
        var cut = Render<DashboardFigures>(p => p.Add(c => c.View, View).Add(c => c.DocumentId, document).Add(c => c.UnitKind, OrgUnitKind.TelecomEnterprise));

        var overdue = cut.Find("[data-testid=figure-overdue]");
        Assert.Equal($"/nhiem-vu/theo-doi?qua-han=true&van-ban={document}&loai-don-vi=TelecomEnterprise", overdue.GetAttribute("href"));
        Assert.Contains("10", overdue.TextContent);
        Assert.StartsWith("/nhiem-vu/theo-doi?sap-den-han=true", cut.Find("[data-testid=figure-due-soon]").GetAttribute("href"));
        Assert.StartsWith("/nhiem-vu/theo-doi?chua-xong=true", cut.Find("[data-testid=figure-open-directives]").GetAttribute("href"));
        Assert.Contains("80,0%", cut.Find("[data-testid=figure-on-time]").TextContent);
    }

    [Fact]
    public void Without_filters_the_overdue_figure_opens_the_overview_filtered_to_overdue_only()
    {
        var cut = Render<DashboardFigures>(p => p.Add(c => c.View, View));
        Assert.Equal("/nhiem-vu/theo-doi?qua-han=true", cut.Find("[data-testid=figure-overdue]").GetAttribute("href"));
    }
}
