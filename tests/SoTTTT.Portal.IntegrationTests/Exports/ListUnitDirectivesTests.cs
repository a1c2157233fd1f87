using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Exports;

/// <summary>The directive filters search the server: diacritics ignored, a reporter within its own unit's directives.</summary>
public sealed class ListUnitDirectivesTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task A_search_without_diacritics_finds_the_founding_dispatch_by_its_summary_and_by_its_number()
    {
        var id = await portal.AntiFraudDispatchIdAsync();
        var view = await portal.OutgoingAsync(id);
        var words = VietnameseText.Fold(view.Summary).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var bySummary = await portal.SendAsync(new ListUnitDirectivesQuery(Search: string.Join(' ', words.Skip(1).Take(4))), DemoUsers.Leader);
        var byNumber = await portal.SendAsync(new ListUnitDirectivesQuery(Search: view.NumberAndSymbol), DemoUsers.Inspector);
        var none = await portal.SendAsync(new ListUnitDirectivesQuery(Search: "khong co van ban nay"), DemoUsers.Leader);

        Assert.Contains(bySummary, d => d.Id == id);
        Assert.Equal(id, Assert.Single(byNumber).Id);
        Assert.Empty(none);
    }

    [Fact]
    public async Task One_directive_is_given_by_its_id_to_show_a_filters_choice()
    {
        var id = await portal.AntiFraudDispatchIdAsync();

        var one = await portal.SendAsync(new ListUnitDirectivesQuery(DocumentId: id), DemoUsers.Leader);

        Assert.Equal(id, Assert.Single(one).Id);
    }

    [Fact]
    public async Task A_reporter_searches_only_its_own_units_directives()
    {
        var dispatch = await portal.AntiFraudDispatchIdAsync();
        var viettel = await portal.UnitIdAsync("VIETTELTV");

        var own = await portal.SendAsync(new ListUnitDirectivesQuery(Search: "lua dao"), DemoUsers.VnptReporter);

        Assert.Contains(own, d => d.Id == dispatch);
        Assert.True(own.Count <= ListUnitDirectivesHandler.MaxOptions);
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new ListUnitDirectivesQuery(viettel, "lua dao"), DemoUsers.VnptReporter));
    }

    [Fact]
    public async Task An_overlong_search_is_refused_with_a_message()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new ListUnitDirectivesQuery(Search: new string('a', ListUnitDirectivesHandler.SearchMaxLength + 1)), DemoUsers.Leader));

        Assert.Contains(nameof(ListUnitDirectivesQuery.Search), refused.Errors.Keys);
    }
}
