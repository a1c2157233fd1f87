using Bunit;
using MudBlazor;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Inspection;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Core.Features.Inspection;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Web.Components.Pages.Inspection;

namespace SoTTTT.Portal.Web.Tests.Inspection;

public sealed class InspectorWorkspaceTests : PortalComponentContext
{
    private static readonly FindingRow Open = new(
        Guid.NewGuid(), FindingTargetKind.Assignment, Guid.NewGuid(), Guid.NewGuid(), "VNPT Trà Vinh", Guid.NewGuid(), "4/STTTT-BCVTCNTT",
        "Về phòng, chống lừa đảo", "Nhắn tin cảnh báo", FindingSeverity.Critical, "Chưa nhắn tin đến thuê bao trả sau.", "Bổ sung trong 5 ngày.",
        FollowUpState.Open, null, "Huỳnh Văn Tín", new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc), null, Guid.NewGuid());

    public InspectorWorkspaceTests()
    {
        RenderPopoverProvider();
        Sender.Reply<ListUnitOptionsQuery>(_ => (IReadOnlyList<UnitOption>)[]);
        Sender.Reply<ListUnitDirectivesQuery>(_ => (IReadOnlyList<DirectiveOption>)[]);
        Sender.Reply<ListFindingsQuery>(_ => new PagedResult<FindingRow>([Open], 1, 1, 20));
        Sender.Reply<ListEvaluationsQuery>(_ => (IReadOnlyList<EvaluationRow>)[]);
    }

    [Fact]
    public void The_inspector_sees_the_finding_with_its_severity_and_state_and_can_update_its_follow_up()
    {
        Auth.SetAuthorized("thanhtra");
        Auth.SetRoles(PortalRoles.Inspector);
        Render<MudDialogProvider>();
        var page = Render<InspectorWorkspace>();

        page.WaitForAssertion(() => Assert.Contains("Nghiêm trọng", page.Find("[data-testid=finding-severity-chip]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Chưa khắc phục", page.Find("[data-testid=finding-state-chip]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("[data-testid=finding-followup]"));
    }

    [Fact]
    public void A_leader_reads_the_findings_but_is_offered_no_follow_up_update()
    {
        Auth.SetAuthorized("lanhdao");
        Auth.SetRoles(PortalRoles.Leader);
        var page = Render<InspectorWorkspace>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=finding-description-cell]")));
        Assert.Empty(page.FindAll("[data-testid=finding-followup]"));
    }

    [Fact]
    public void The_excel_button_downloads_the_findings_workbook()
    {
        Auth.SetAuthorized("thanhtra");
        Auth.SetRoles(PortalRoles.Inspector);
        var page = Render<InspectorWorkspace>();

        var excel = page.FindComponents<SoTTTT.Portal.Web.Components.Shared.ExportButton>()
            .Single(b => b.Instance.TestId == "findings-excel");

        Assert.StartsWith("/xuat/phat-hien?format=Excel", excel.Instance.Href, StringComparison.Ordinal);
    }
}
