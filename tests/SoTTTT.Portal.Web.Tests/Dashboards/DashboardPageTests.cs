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
    private readonly List<ListUnitDirectivesQuery> _searched = [];

    public DashboardPageTests()
    {
        _popovers = Render<MudPopoverProvider>();
        Sender.Reply<ListUnitDirectivesQuery>(query =>
        {
            _searched.Add(query);
            // The server's search: the older plan matches "chuyen doi"; without a text the newest come first.
            return string.IsNullOrEmpty(query.Search)
                ? (IReadOnlyList<DirectiveOption>)[new(Listed.DocumentId, Listed.NumberAndSymbol, Listed.IssuedOn, Listed.Summary), Older]
                : query.Search.Contains("chuyen doi", StringComparison.Ordinal) ? [Older] : [];
        });
        Sender.Reply<GetDashboardQuery>(query =>
        {
            _asked.Add(query);
            // Filtered by a directive, the view lists that directive alone.
            DirectiveFigures[] directives = query.DocumentId == Older.Id ? [new(Older.Id, Older.NumberAndSymbol, Older.IssuedOn, Older.Summary, 2, 1, 0)] : [Listed];
            return new DashboardView(1, 4, 1, 0, 0m, 3, 0, [], [], [], [], [], directives);
        });
    }

    [Fact]
    public async Task The_directive_filter_searches_the_server_and_filters_by_the_directive_chosen()
    {
        var page = RenderForLeader();
        Assert.Empty(_searched);

        OpenFilter(page);
        await page.Find("input[data-testid=filter-document]").InputAsync(new() { Value = "chuyen doi so" });

        page.WaitForAssertion(() => Assert.Single(_popovers.FindAll(".mud-list-item")), TimeSpan.FromSeconds(5));
        Assert.Equal("chuyen doi so", _searched[^1].Search);
        Assert.Null(_searched[^1].UnitId);
        var item = _popovers.Find(".mud-list-item");
        Assert.Contains(Older.NumberAndSymbol, item.TextContent, StringComparison.Ordinal);
        Assert.Contains(Older.Summary, item.TextContent, StringComparison.Ordinal);

        await item.ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(Older.Id, _asked[^1].DocumentId));
    }

    [Fact]
    public async Task A_search_without_a_match_says_so()
    {
        var page = RenderForLeader();
        OpenFilter(page);

        await page.Find("input[data-testid=filter-document]").InputAsync(new() { Value = "khong co" });

        page.WaitForAssertion(() => Assert.Contains("Không tìm thấy văn bản chỉ đạo phù hợp.", _popovers.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Null(_asked[^1].DocumentId);
    }

    [Fact]
    public void The_pages_frame_is_markup_in_MudBlazors_classes_without_a_component_per_panel()
    {
        var page = RenderForLeader();

        Assert.Empty(page.FindComponents<MudGrid>());
        Assert.Empty(page.FindComponents<MudItem>());
        Assert.Empty(page.FindComponents<MudPaper>());
        Assert.Empty(page.FindComponents<MudText>());
        Assert.Equal("Bảng điều khiển", page.Find("h1.mud-typography.mud-typography-h5").TextContent);
        Assert.Equal(6, page.FindAll(".mud-grid .mud-grid-item.mud-grid-item-xs-12.mud-grid-item-md-6 > .mud-paper.mud-paper-outlined").Count);
        Assert.Contains("Nhiệm vụ quá hạn", page.FindAll("h2.mud-typography-h6").Select(h => h.TextContent));
        Assert.Contains(Listed.NumberAndSymbol, page.Find("[data-testid=directives]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_filter_is_drawn_only_when_the_user_opens_it()
    {
        var page = RenderForLeader();
        var toggle = page.Find("button[data-testid=filter-toggle]");

        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        Assert.Empty(page.FindComponents<MudDatePicker>());
        Assert.Empty(page.FindComponents<MudSelect<SoTTTT.Portal.Core.Domain.Organisation.OrgUnitKind?>>());
        Assert.Equal("Mọi văn bản chỉ đạo, mọi loại đơn vị", page.Find("[data-testid=filter-summary]").TextContent);

        toggle.Click();

        Assert.Equal("true", page.Find("button[data-testid=filter-toggle]").GetAttribute("aria-expanded"));
        Assert.Equal(2, page.FindComponents<MudDatePicker>().Count);
        Assert.Single(page.FindComponents<MudSelect<SoTTTT.Portal.Core.Domain.Organisation.OrgUnitKind?>>());
        Assert.NotNull(page.Find("input[data-testid=filter-document]"));
        Assert.Contains("Ẩn bộ lọc", page.Find("button[data-testid=filter-toggle]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_in_force_stays_and_is_named_when_the_controls_are_closed()
    {
        var page = RenderForLeader();
        OpenFilter(page);
        await page.Find("input[data-testid=filter-document]").InputAsync(new() { Value = "chuyen doi so" });
        page.WaitForAssertion(() => Assert.Single(_popovers.FindAll(".mud-list-item")), TimeSpan.FromSeconds(5));
        await _popovers.Find(".mud-list-item").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal(Older.Id, _asked[^1].DocumentId));

        page.Find("button[data-testid=filter-toggle]").Click();

        Assert.Empty(page.FindAll("input[data-testid=filter-document]"));
        Assert.Equal($"Đang lọc: {Older.NumberAndSymbol}", page.Find("[data-testid=filter-summary]").TextContent);
        Assert.Equal(Older.Id, _asked[^1].DocumentId);
    }

    private IRenderedComponent<Dashboard> RenderForLeader()
    {
        Auth.SetAuthorized("lanhdao");
        Auth.SetRoles(PortalRoles.Leader);
        var page = Render<Dashboard>();
        page.WaitForAssertion(() => Assert.NotEmpty(_asked));
        return page;
    }

    private static void OpenFilter(IRenderedComponent<Dashboard> page) => page.Find("button[data-testid=filter-toggle]").Click();
}
