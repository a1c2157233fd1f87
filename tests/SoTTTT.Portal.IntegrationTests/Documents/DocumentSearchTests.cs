using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Documents;

/// <summary>
/// DESIGN §3: search is diacritic-insensitive ("lua dao" finds "lừa đảo", "d" finds "đ"), filtered
/// and paged in the database. This class only reads, so the demo registers stay as seeded.
/// </summary>
public sealed class DocumentSearchTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string ReturnedReminder = "V/v đôn đốc báo cáo số liệu thuê bao đã nhắn tin cảnh báo";
    private const string DraftForTheNewsletter = "V/v cung cấp thông tin phục vụ Bản tin cảnh báo lừa đảo trên Cổng thông tin điện tử";

    [Theory]
    [InlineData("lua dao")]
    [InlineData("LỪA ĐẢO")]
    [InlineData("  lừa   đảo ")]
    public async Task Outgoing_search_without_diacritics_finds_the_anti_fraud_dispatch(string search)
    {
        var found = await portal.SendAsync(new ListOutgoingDocumentsQuery(search), asUser: DemoUsers.Leader);

        Assert.Equal([DraftForTheNewsletter, DocumentFixtureExtensions.AntiFraudSummary], found.Items.Select(i => i.Summary));
        Assert.Equal(2, found.TotalCount);
    }

    [Fact]
    public async Task Unit_reporter_searching_finds_only_what_reached_it()
    {
        var found = await portal.SendAsync(new ListOutgoingDocumentsQuery("lua dao"), asUser: DemoUsers.VnptReporter);

        Assert.Equal(["4/STTTT-BCVTCNTT"], found.Items.Select(i => i.NumberAndSymbol));
    }

    [Theory]
    [InlineData("don doc")]
    [InlineData("Đôn Đốc")]
    [InlineData("đon đoc")]
    public async Task D_and_d_with_stroke_fold_together(string search)
    {
        var found = await portal.SendAsync(new ListOutgoingDocumentsQuery(search), asUser: DemoUsers.Leader);

        Assert.Equal([ReturnedReminder], found.Items.Select(i => i.Summary));
    }

    [Fact]
    public async Task Dao_finds_dao_with_stroke()
    {
        var found = await portal.SendAsync(new ListOutgoingDocumentsQuery("dao"), asUser: DemoUsers.Leader);

        Assert.Contains(found.Items, i => i.Summary == DocumentFixtureExtensions.AntiFraudSummary);
    }

    [Theory]
    [InlineData("4/STTTT-BCVTCNTT", new[] { "4/STTTT-BCVTCNTT" })]
    [InlineData("kh-stttt", new[] { "…/KH-STTTT", "1/KH-STTTT" })]
    public async Task Outgoing_search_finds_by_number_and_symbol(string search, string[] expected)
    {
        var found = await portal.SendAsync(new ListOutgoingDocumentsQuery(search), asUser: DemoUsers.Leader);

        Assert.Equal(expected, found.Items.Select(i => i.NumberAndSymbol));
    }

    [Theory]
    [InlineData("716/cat")]
    [InlineData("716/CAT-PC02")]
    [InlineData("cong an")]
    [InlineData("Công An Tỉnh")]
    [InlineData("lua dao")]
    public async Task Incoming_search_finds_the_police_dispatch(string search)
    {
        var found = await portal.SendAsync(new ListIncomingDocumentsQuery(search), asUser: DemoUsers.Clerk);

        var item = Assert.Single(found.Items);
        Assert.Equal(DocumentFixtureExtensions.PoliceDispatch, item.NumberSymbol);
        Assert.Equal("Công an tỉnh Trà Vinh", item.IssuingAgency);
        Assert.Equal(6, item.ArrivalNumber);
    }

    [Theory]
    [InlineData("ktdt")]
    [InlineData("KTĐT")]
    public async Task Incoming_symbol_with_d_with_stroke_is_found_without_it(string search)
    {
        var found = await portal.SendAsync(new ListIncomingDocumentsQuery(search), asUser: DemoUsers.Clerk);

        Assert.Equal(["312/VNPT-TVH-KTĐT"], found.Items.Select(i => i.NumberSymbol));
    }

    [Fact]
    public async Task Incoming_search_for_nothing_that_exists_finds_nothing()
    {
        var found = await portal.SendAsync(new ListIncomingDocumentsQuery("không có văn bản này"), asUser: DemoUsers.Clerk);

        Assert.Empty(found.Items);
        Assert.Equal(0, found.TotalCount);
    }

    [Fact]
    public async Task Incoming_filters_by_status_type_urgency_and_received_dates()
    {
        var awaiting = await portal.SendAsync(new ListIncomingDocumentsQuery(Status: IncomingStatus.AwaitingDirection), asUser: DemoUsers.Leader);
        var invitations = await portal.SendAsync(new ListIncomingDocumentsQuery(Type: DocumentType.GiayMoi), asUser: DemoUsers.Leader);
        var express = await portal.SendAsync(new ListIncomingDocumentsQuery(Urgency: Urgency.Express), asUser: DemoUsers.Leader);
        var april = await portal.SendAsync(new ListIncomingDocumentsQuery(ReceivedFrom: new DateOnly(2022, 4, 1), ReceivedTo: new DateOnly(2022, 4, 30)), asUser: DemoUsers.Leader);

        Assert.Equal(["1520/UBND-NC", "98/TB-STP"], awaiting.Items.Select(i => i.NumberSymbol));
        Assert.Equal(["51/GM-VHTTDL"], invitations.Items.Select(i => i.NumberSymbol));
        Assert.Equal(["51/GM-VHTTDL"], express.Items.Select(i => i.NumberSymbol));
        Assert.Equal(["1520/UBND-NC", DocumentFixtureExtensions.PoliceDispatch, "98/TB-STP"], april.Items.Select(i => i.NumberSymbol));
    }

    [Theory]
    [InlineData(IncomingSort.Arrival, true)]
    [InlineData(IncomingSort.Received, false)]
    [InlineData(IncomingSort.Deadline, true)]
    public async Task Incoming_search_pages_keep_the_chosen_order_and_the_total(IncomingSort sort, bool descending)
    {
        var all = await portal.SendAsync(new ListIncomingDocumentsQuery("tra vinh", SortBy: sort, Descending: descending, PageSize: 200), asUser: DemoUsers.Clerk);
        var unsearched = await portal.SendAsync(new ListIncomingDocumentsQuery(SortBy: sort, Descending: descending, PageSize: 200), asUser: DemoUsers.Clerk);
        var paged = new List<IncomingListItem>();
        for (var page = 1; page <= (all.TotalCount + 1) / 2; page++)
        {
            var one = await portal.SendAsync(new ListIncomingDocumentsQuery("tra vinh", SortBy: sort, Descending: descending, PageSize: 2, Page: page), asUser: DemoUsers.Clerk);
            Assert.Equal(all.TotalCount, one.TotalCount);
            paged.AddRange(one.Items);
        }

        Assert.InRange(all.TotalCount, 3, unsearched.TotalCount - 1);
        Assert.Equal(all.Items, paged);
        // The same relative order as the whole register's in that sort.
        Assert.Equal(unsearched.Items.Where(i => all.Items.Contains(i)), all.Items);
    }

    [Fact]
    public async Task Incoming_register_is_paged_newest_arrival_first()
    {
        var first = await portal.SendAsync(new ListIncomingDocumentsQuery(PageSize: 2), asUser: DemoUsers.Clerk);
        var last = await portal.SendAsync(new ListIncomingDocumentsQuery(PageSize: 2, Page: 4), asUser: DemoUsers.Clerk);
        var beyond = await portal.SendAsync(new ListIncomingDocumentsQuery(PageSize: 2, Page: 5), asUser: DemoUsers.Clerk);

        Assert.Equal(8, first.TotalCount);
        Assert.Equal(4, first.PageCount);
        Assert.Equal([8, 7], first.Items.Select(i => i.ArrivalNumber));
        Assert.Equal([2, 1], last.Items.Select(i => i.ArrivalNumber));
        Assert.Empty(beyond.Items);
        Assert.Equal(8, beyond.TotalCount);
    }

    [Fact]
    public async Task Incoming_register_sorts_by_received_date_ascending()
    {
        var page = await portal.SendAsync(new ListIncomingDocumentsQuery(SortBy: IncomingSort.Received, Descending: false, PageSize: 3), asUser: DemoUsers.Clerk);

        Assert.Equal(["15/UBND-KGVX", "120/BTTTT-CATTT", "45/KH-UBND"], page.Items.Select(i => i.NumberSymbol));
    }

    [Fact]
    public async Task Outgoing_filters_by_status_type_and_issue_dates()
    {
        var drafts = await portal.SendAsync(new ListOutgoingDocumentsQuery(Status: OutgoingStatus.Draft), asUser: DemoUsers.Leader);
        var plans = await portal.SendAsync(new ListOutgoingDocumentsQuery(Type: DocumentType.KeHoach), asUser: DemoUsers.Leader);
        var april = await portal.SendAsync(new ListOutgoingDocumentsQuery(IssuedFrom: new DateOnly(2022, 4, 1), IssuedTo: new DateOnly(2022, 4, 30)), asUser: DemoUsers.Leader);
        var year = await portal.SendAsync(new ListOutgoingDocumentsQuery(IssuedFrom: new DateOnly(2022, 1, 1), IssuedTo: new DateOnly(2022, 12, 31)), asUser: DemoUsers.Leader);

        Assert.Equal(2, drafts.TotalCount);
        Assert.All(drafts.Items, i => Assert.Equal(OutgoingStatus.Draft, i.Status));
        Assert.All(drafts.Items, i => Assert.StartsWith("…/", i.NumberAndSymbol, StringComparison.Ordinal));
        Assert.Equal(2, plans.TotalCount);
        Assert.All(plans.Items, i => Assert.Equal(DocumentType.KeHoach, i.Type));
        Assert.Equal(["4/STTTT-BCVTCNTT"], april.Items.Select(i => i.NumberAndSymbol));
        Assert.Equal(["4/STTTT-BCVTCNTT", "3/TB-STTTT", "2/STTTT-BCVTCNTT", "1/KH-STTTT"], year.Items.Select(i => i.NumberAndSymbol));
    }

    [Fact]
    public async Task Outgoing_register_is_paged_with_unnumbered_documents_first()
    {
        var first = await portal.SendAsync(new ListOutgoingDocumentsQuery(PageSize: 2), asUser: DemoUsers.Leader);
        var last = await portal.SendAsync(new ListOutgoingDocumentsQuery(PageSize: 2, Page: 5), asUser: DemoUsers.Leader);

        Assert.Equal(9, first.TotalCount);
        Assert.Equal(2, first.Items.Count);
        Assert.All(first.Items, i => Assert.NotEqual(OutgoingStatus.Issued, i.Status));
        Assert.Equal(["1/KH-STTTT"], last.Items.Select(i => i.NumberAndSymbol));
    }
}
