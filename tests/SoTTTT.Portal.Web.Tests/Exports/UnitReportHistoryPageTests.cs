using Bunit;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Web.Components.Pages.Reports;
using SoTTTT.Portal.Web.Components.Shared;

namespace SoTTTT.Portal.Web.Tests.Exports;

public sealed class UnitReportHistoryPageTests : PortalComponentContext
{
    private static readonly Guid Vnpt = Guid.CreateVersion7();

    private static UnitReportItem Report(string task, ReportStatus status, string? note = null) => new(
        Guid.CreateVersion7(), Guid.CreateVersion7(), "123/STTTT-BCVTCNTT", 1, task, new DateOnly(2022, 4, 20), new DateOnly(2022, 4, 30),
        new DateTime(2022, 5, 2, 2, 30, 0, DateTimeKind.Utc), "45/BC-VNPT", 60, false, status, "Đã nhắn tin.", [], note);

    [Fact]
    public void A_reporter_sees_its_units_reports_and_downloads_them_without_choosing_a_unit()
    {
        Auth.SetAuthorized("vnpt");
        Auth.SetRoles(PortalRoles.UnitReporter);
        Sender.Reply<ListUnitDirectivesQuery>(_ => (IReadOnlyList<DirectiveOption>)[]);
        Sender.Reply<ListUnitReportsQuery>(_ => new UnitReportHistory(Vnpt, "Viễn thông Trà Vinh (VNPT Trà Vinh)", null,
            [Report("Nhắn tin cảnh báo", ReportStatus.Accepted), Report("Rà soát thuê bao", ReportStatus.MoreRequested, "Bổ sung số liệu.")]));

        var page = Render<UnitReportHistoryPage>();

        Assert.Empty(page.FindAll("[data-testid=history-unit]"));
        Assert.Equal(2, page.FindAll("[data-testid=history-report]").Count);
        Assert.Contains("Yêu cầu bổ sung", page.Find("[data-testid=history-table]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Bổ sung số liệu.", page.Find("[data-testid=history-table]").TextContent, StringComparison.Ordinal);
        Assert.Contains("09:30 02/05/2022", page.Find("[data-testid=history-table]").TextContent, StringComparison.Ordinal);
        var pdf = page.FindComponents<ExportButton>().Single(b => b.Instance.TestId == "history-pdf");
        Assert.Contains($"unitId={Vnpt}", pdf.Instance.Href, StringComparison.Ordinal);
        Assert.Contains("format=Pdf", pdf.Instance.Href, StringComparison.Ordinal);
        var query = Assert.IsType<ListUnitReportsQuery>(Sender.Sent.Last());
        Assert.Null(query.UnitId);
    }

    [Fact]
    public void Staff_choose_a_unit_first_and_nothing_is_read_before()
    {
        Auth.SetAuthorized("chuyenvien");
        Auth.SetRoles(PortalRoles.Specialist);
        Sender.Reply<ListUnitOptionsQuery>(_ => (IReadOnlyList<UnitOption>)[]);

        var page = Render<UnitReportHistoryPage>();

        Assert.Contains("Chọn đơn vị để xem các báo cáo đã gửi.", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindComponents<ExportButton>());
        Assert.DoesNotContain(Sender.Sent, m => m is ListUnitReportsQuery);
    }
}
