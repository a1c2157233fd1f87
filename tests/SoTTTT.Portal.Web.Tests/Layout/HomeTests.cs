using System.Security.Claims;
using Bunit;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Web.Components.Pages;

namespace SoTTTT.Portal.Web.Tests.Layout;

public sealed class HomeTests : PortalComponentContext
{
    public HomeTests()
    {
        Services.Configure<Core.Common.IssuingBodyOptions>(o => o.DisplayName = "Sở Thông tin và Truyền thông tỉnh Trà Vinh");
        RenderPopoverProvider();
    }

    [Fact]
    public void A_unit_reporter_lands_on_their_units_page_without_the_directory()
    {
        var unitId = Guid.NewGuid();
        Auth.SetAuthorized("vnpt");
        Auth.SetRoles(PortalRoles.UnitReporter);
        Auth.SetClaims(
            new Claim(PortalClaimTypes.FullName, "Võ Thanh Hải"),
            new Claim(PortalClaimTypes.UnitId, unitId.ToString()),
            new Claim(PortalClaimTypes.UnitName, "Viễn thông Trà Vinh (VNPT Trà Vinh)"));
        Sender.Reply<GetOrgUnitQuery>(q => new OrgUnitView(q.Id, Guid.NewGuid(), "VNPTTV", "Viễn thông Trà Vinh (VNPT Trà Vinh)", "VNPT Trà Vinh",
            OrgUnitKind.TelecomEnterprise, false, null, null, null, null, null, null, null, null, null, ["Các doanh nghiệp viễn thông trên địa bàn tỉnh"]));
        Sender.Reply<GetMyDocumentWorkQuery>(_ => new MyDocumentWork(0, 0, 0, 0, 0, 0, 1,
            [new OutgoingListItem(Guid.NewGuid(), DocumentType.CongVan, "4/STTTT-BCVTCNTT", new DateOnly(2022, 4, 20),
                "V/v thông báo cảnh giác với tình trạng sử dụng mạng viễn thông, mạng xã hội để lừa đảo chiếm đoạt tài sản", OutgoingStatus.Issued, "BCVTCNTT")]));

        Sender.Reply<CountMyAssignmentsQuery>(_ => new MyAssignmentCounts(Open: 3, Overdue: 1, DueSoon: 1));

        var home = Render<Home>();

        Assert.Contains("Xin chào, Võ Thanh Hải", home.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Contains("Cán bộ đơn vị", home.Find("[data-testid=start-page-role]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Các doanh nghiệp viễn thông trên địa bàn tỉnh", home.Find("[data-testid=own-unit]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Sender.Sent, m => m is GetDirectorySummaryQuery);
        Assert.Contains("4/STTTT-BCVTCNTT", home.Find("[data-testid=sent-to-my-unit]").TextContent, StringComparison.Ordinal);
        var tiles = home.FindAll("[data-testid=my-work] a.work-tile").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("3 Nhiệm vụ của đơn vị chưa hoàn thành", "/nhiem-vu"), ("1 Nhiệm vụ của đơn vị quá hạn", "/nhiem-vu")],
            tiles.Select(t => (System.Text.RegularExpressions.Regex.Replace(t.Item1, @"\s+", " "), t.Item2)));
    }

    [Fact]
    public void A_leader_lands_on_the_directory_summary()
    {
        Auth.SetAuthorized("lanhdao");
        Auth.SetRoles(PortalRoles.Leader);
        Auth.SetClaims(new Claim(PortalClaimTypes.FullName, "Bùi Thống Nhứt"), new Claim(PortalClaimTypes.UnitName, "Ban Giám đốc Sở Thông tin và Truyền thông"));
        Sender.Reply<GetDirectorySummaryQuery>(_ => new DirectorySummary(
            new Dictionary<OrgUnitKind, int> { [OrgUnitKind.TelecomEnterprise] = 4, [OrgUnitKind.CultureCentre] = 9 }, 3, 0));
        Sender.Reply<GetMyDocumentWorkQuery>(_ => new MyDocumentWork(2, 1, 0, 0, 0, 0, 0, []));
        Sender.Reply<ListExtensionRequestsQuery>(_ => new PagedResult<ExtensionQueueItem>([], 2, 1, 1));

        var home = Render<Home>();

        Assert.Contains("Lãnh đạo Sở", home.Find("[data-testid=start-page-role]").TextContent, StringComparison.Ordinal);
        Assert.Contains("13 đơn vị đang hoạt động, 3 nhóm đơn vị.", home.Markup, StringComparison.Ordinal);
        Assert.Empty(home.FindAll("[data-testid=own-unit]"));
        var work = home.Find("[data-testid=my-work]").TextContent;
        Assert.Contains("Văn bản đến chờ bạn cho ý kiến chỉ đạo", work, StringComparison.Ordinal);
        Assert.Contains("Dự thảo chờ duyệt ký", work, StringComparison.Ordinal);
        Assert.DoesNotContain("Văn bản chờ cấp số, phát hành", work, StringComparison.Ordinal);
        Assert.Equal("/nhiem-vu/gia-han", home.FindAll("[data-testid=my-work] a.work-tile").Single(a => a.TextContent.Contains("Đề nghị gia hạn chờ quyết định", StringComparison.Ordinal)).GetAttribute("href"));
        Assert.DoesNotContain(Sender.Sent, m => m is ListReportsAwaitingReviewQuery);
    }

    [Fact]
    public void A_specialist_sees_how_many_task_reports_wait_for_review()
    {
        Auth.SetAuthorized("chuyenvien");
        Auth.SetRoles(PortalRoles.Specialist);
        Auth.SetClaims(new Claim(PortalClaimTypes.FullName, "Phạm Quốc Việt"));
        Sender.Reply<GetDirectorySummaryQuery>(_ => new DirectorySummary(new Dictionary<OrgUnitKind, int>(), 0, 0));
        Sender.Reply<GetMyDocumentWorkQuery>(_ => new MyDocumentWork(0, 0, 0, 1, 0, 0, 0, []));
        Sender.Reply<ListReportsAwaitingReviewQuery>(_ => new PagedResult<ReportQueueItem>([], 5, 1, 1));

        var home = Render<Home>();

        var tile = home.FindAll("[data-testid=my-work] a.work-tile").Single(a => a.TextContent.Contains("Báo cáo nhiệm vụ chờ xem xét", StringComparison.Ordinal));
        Assert.Equal("/nhiem-vu/cho-xem-xet", tile.GetAttribute("href"));
        Assert.Equal("5", tile.QuerySelector(".work-count")!.TextContent);
    }

}
