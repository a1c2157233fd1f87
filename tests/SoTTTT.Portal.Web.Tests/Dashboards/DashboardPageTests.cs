using Bunit;
using MudBlazor;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Dashboards;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Web.Components.Pages.Dashboards;

namespace SoTTTT.Portal.Web.Tests.Dashboards;

public sealed class DashboardPageTests : PortalComponentContext
{
    private static readonly DirectiveFigures Listed = new(Guid.NewGuid(), "4/STTTT-BCVTCNTT", new DateOnly(2022, 4, 19), "Về phòng, chống lừa đảo", 4, 3, 3);
    private static readonly DirectiveOption Older = new(Guid.NewGuid(), "1/STTTT-VP", new DateOnly(2021, 3, 2), "Kế hoạch chuyển đổi số");

    private readonly IRenderedComponent<MudPopoverProvider> _popovers;
    private readonly List<GetDashboardQuery> _asked = [];

    public DashboardPageTests()
    {
        _popovers = Render<MudPopoverProvider>();
        Sender.Reply<ListUnitDirectivesQuery>(_ => (IReadOnlyList<DirectiveOption>)[new(Listed.DocumentId, Listed.NumberAndSymbol, Listed.IssuedOn, Listed.Summary), Older]);
        Sender.Reply<GetDashboardQuery>(query =>
        {
            _asked.Add(query);
            return new DashboardView(1, 4, 1, 0, 0m, 3, 0, [], [], [], [], [], [Listed]);
        });
    }

    [Fact]
    public async Task The_directive_filter_offers_directives_beyond_those_the_dashboard_lists_and_filters_by_the_one_chosen()
    {
        Auth.SetAuthorized("lanhdao");
        Auth.SetRoles(PortalRoles.Leader);
        var page = Render<Dashboard>();
        page.WaitForAssertion(() => Assert.NotEmpty(_asked));

        await page.Find("[data-testid=filter-document]").Closest(".mud-input-control")!.MouseDownAsync(new());
        var items = _popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).ToList();
        Assert.Contains(Listed.NumberAndSymbol, items);
        Assert.Contains(Older.NumberAndSymbol, items);

        await _popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == Older.NumberAndSymbol).ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(Older.Id, _asked[^1].DocumentId));
    }
}
