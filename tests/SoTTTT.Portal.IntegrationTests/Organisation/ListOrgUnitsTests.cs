using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Infrastructure.Seeding;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Organisation;

/// <summary>Reads the demo directory as seeded; this class changes nothing.</summary>
public sealed class ListOrgUnitsTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static string[] DemoCodesWhere(Func<DemoDirectory.UnitSeed, bool> predicate) =>
        [.. DemoDirectory.Units.Where(predicate).Select(u => u.Code).Order(StringComparer.Ordinal)];

    private static string[] CodesOf(IEnumerable<OrgUnitListItem> items) =>
        [.. items.Select(u => u.Code).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("van hoa")]
    [InlineData("VĂN HÓA")]
    [InlineData("  Văn   hóa ")]
    public async Task Search_ignores_diacritics_case_and_spacing(string search)
    {
        var page = await portal.SendAsync(new ListOrgUnitsQuery(Search: search, PageSize: 100), asUser: DemoUsers.Leader);

        var expected = DemoCodesWhere(u => u.FullName.Contains("Văn hóa", StringComparison.Ordinal));
        Assert.Equal(18, expected.Length); // nine culture centres and nine district offices
        Assert.Equal(expected, CodesOf(page.Items));
        Assert.Equal(expected.Length, page.TotalCount);
        Assert.Contains(page.Items, u => u.FullName == "Trung tâm Văn hóa, Thông tin và Thể thao huyện Cầu Kè");
    }

    [Fact]
    public async Task Search_finds_d_with_stroke_by_plain_d()
    {
        var page = await portal.SendAsync(new ListOrgUnitsQuery(Search: "ban giam doc"), asUser: DemoUsers.Leader);

        Assert.Equal(["BGD"], CodesOf(page.Items));
    }

    [Fact]
    public async Task Search_matches_codes_too()
    {
        var page = await portal.SendAsync(new ListOrgUnitsQuery(Search: "pc02"), asUser: DemoUsers.Leader);

        Assert.Equal(["PC02"], CodesOf(page.Items));
    }

    [Fact]
    public async Task Search_without_a_match_gives_an_empty_page()
    {
        var page = await portal.SendAsync(new ListOrgUnitsQuery(Search: "không có đơn vị này"), asUser: DemoUsers.Leader);

        Assert.Empty(page.Items);
        Assert.Equal(0, page.TotalCount);
        Assert.Equal(0, page.PageCount);
    }

    [Fact]
    public async Task Kind_filter_gives_only_units_of_that_kind()
    {
        var page = await portal.SendAsync(new ListOrgUnitsQuery(Kind: OrgUnitKind.TelecomEnterprise), asUser: DemoUsers.Specialist);

        Assert.Equal(["MOBIFONETV", "VIETTELTV", "VNMOBILETV", "VNPTTV"], CodesOf(page.Items));
        Assert.All(page.Items, u => Assert.Equal(OrgUnitKind.TelecomEnterprise, u.Kind));
    }

    [Fact]
    public async Task Kind_filter_and_search_combine()
    {
        var page = await portal.SendAsync(new ListOrgUnitsQuery(Search: "cau ke", Kind: OrgUnitKind.DistrictOffice), asUser: DemoUsers.Specialist);

        Assert.Equal(["PVHTTCK"], CodesOf(page.Items));
    }

    [Fact]
    public async Task Pages_split_the_directory_without_gaps_or_overlaps()
    {
        const int pageSize = 7;
        var first = await portal.SendAsync(new ListOrgUnitsQuery(SortBy: OrgUnitSort.Code, PageSize: pageSize), asUser: DemoUsers.Clerk);
        var pages = new List<OrgUnitListItem>(first.Items);
        for (var page = 2; page <= first.PageCount; page++)
            pages.AddRange((await portal.SendAsync(new ListOrgUnitsQuery(SortBy: OrgUnitSort.Code, Page: page, PageSize: pageSize), asUser: DemoUsers.Clerk)).Items);

        Assert.Equal(DemoDirectory.Units.Count, first.TotalCount);
        Assert.Equal((DemoDirectory.Units.Count + pageSize - 1) / pageSize, first.PageCount);
        Assert.Equal(pageSize, first.Items.Count);
        Assert.Equal(pages.Select(u => u.Code).Order(StringComparer.Ordinal), pages.Select(u => u.Code));
        Assert.Equal(DemoCodesWhere(_ => true), CodesOf(pages));
    }

    [Fact]
    public async Task Page_past_the_end_is_empty_but_keeps_the_total()
    {
        var page = await portal.SendAsync(new ListOrgUnitsQuery(Page: 99, PageSize: 10), asUser: DemoUsers.Clerk);

        Assert.Empty(page.Items);
        Assert.Equal(DemoDirectory.Units.Count, page.TotalCount);
    }

    [Fact]
    public async Task Oversized_page_is_clamped()
    {
        var page = await portal.SendAsync(new ListOrgUnitsQuery(PageSize: 100_000), asUser: DemoUsers.Clerk);

        Assert.Equal(SoTTTT.Portal.Core.Common.Paging.Paging.MaxPageSize, page.PageSize);
    }

    [Fact]
    public async Task List_shows_each_units_parent_by_short_name()
    {
        var page = await portal.SendAsync(new ListOrgUnitsQuery(Search: "BCVTCNTT"), asUser: DemoUsers.Inspector);

        var division = Assert.Single(page.Items);
        Assert.Equal("Sở TT&TT", division.ParentName);
        Assert.True(division.IsInternal);
    }

    [Fact]
    public async Task Every_directory_reader_may_list_units()
    {
        foreach (var reader in new[] { DemoUsers.Administrator, DemoUsers.Leader, DemoUsers.Clerk, DemoUsers.Specialist, DemoUsers.Inspector })
        {
            var page = await portal.SendAsync(new ListOrgUnitsQuery(), asUser: reader);
            Assert.True(page.TotalCount > 0, reader);
        }
    }

    [Fact]
    public async Task Search_text_stored_for_every_seeded_unit_is_folded()
    {
        var units = await portal.ExecuteDbContextAsync(db => Task.FromResult(db.OrgUnits.Select(u => new { u.Code, u.FullName, u.ShortName, u.SearchText }).ToList()));

        Assert.All(units, u => Assert.Equal(VietnameseText.Fold($"{u.Code} {u.FullName} {u.ShortName}"), u.SearchText));
    }

    [Fact]
    public async Task Unit_reporter_cannot_list_the_directory()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ListOrgUnitsQuery(), asUser: DemoUsers.VnptReporter));
    }
}
