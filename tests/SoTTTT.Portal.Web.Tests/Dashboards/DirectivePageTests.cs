using Bunit;
using MudBlazor;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Dashboards;
using SoTTTT.Portal.Web.Components.Pages.Dashboards;

namespace SoTTTT.Portal.Web.Tests.Dashboards;

public sealed class DirectivePageTests : PortalComponentContext
{
    private static readonly Guid Document = Guid.NewGuid();
    private static readonly DateTime Issued = new(2022, 4, 19, 2, 0, 0, DateTimeKind.Utc);

    public DirectivePageTests()
    {
        Render<MudPopoverProvider>();
        Sender.Reply<GetComplianceMatrixQuery>(_ => new ComplianceMatrix(Document, "4/STTTT-BCVTCNTT", new DateOnly(2022, 4, 19), "V/v cảnh giác lừa đảo", [], [], []));
        Sender.Reply<GetDirectiveTimelineQuery>(_ => (IReadOnlyList<TimelineEvent>)
        [
            new(Issued, TimelineEventKind.DirectiveIssued, "Bùi Thống Nhất", "", null, $"/van-ban-di/{Document}"),
            new(Issued.AddDays(3), TimelineEventKind.ReportSubmitted, "Nguyễn Văn An", "VNPT Trà Vinh", "50%", "/nhiem-vu/1"),
            new(Issued.AddDays(4), TimelineEventKind.ReportReturned, "Trần Thị Bình", "VNPT Trà Vinh", "Bổ sung số liệu tin nhắn.", "/nhiem-vu/1"),
            new(Issued.AddDays(9), TimelineEventKind.UnitChased, "", "Viettel Trà Vinh", null, null),
        ]);
        Auth.SetAuthorized("lanhdao");
        Auth.SetRoles(PortalRoles.Leader);
    }

    [Fact]
    public void The_case_lists_each_event_in_order_with_who_what_about_whom_and_the_note()
    {
        var page = Render<DirectivePage>(p => p.Add(c => c.DocumentId, Document));

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=timeline-events] > li").Count));
        var events = page.FindAll("[data-testid=timeline-events] > li");
        Assert.Equal(["DirectiveIssued", "ReportSubmitted", "ReportReturned", "UnitChased"], events.Select(e => e.GetAttribute("data-kind")));
        Assert.Contains("Nguyễn Văn An", events[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("VNPT Trà Vinh", events[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("/nhiem-vu/1", events[2].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Bổ sung số liệu tin nhắn.", events[2].TextContent, StringComparison.Ordinal);
        Assert.Null(events[3].QuerySelector("a"));
        Assert.Contains("var(--mud-palette-error)", events[2].GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_case_keeps_no_component_per_event()
    {
        var page = Render<DirectivePage>(p => p.Add(c => c.DocumentId, Document));
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=timeline-events] > li").Count));

        var timeline = page.Find("[data-testid=timeline]");
        Assert.Empty(timeline.QuerySelectorAll(".mud-timeline-item"));
        Assert.Empty(page.FindComponents<MudTimelineItem>());
    }
}
