using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Web.Components.Pages.Tasks;

namespace SoTTTT.Portal.Web.Tests.Tasks;

public sealed class ChaseTaskActionsTests : PortalComponentContext
{
    private static readonly Guid TaskId = Guid.NewGuid();

    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    private IRenderedComponent<ChaseTaskActions> RenderActionsAs(string userName, string role, params Permission[] permissions)
    {
        _dialogs = Render<MudDialogProvider>();
        Auth.SetAuthorized(userName);
        Auth.SetRoles(role);
        Auth.SetPolicies([.. permissions.Select(p => p.ToString())]);
        return Render<ChaseTaskActions>(p => p.Add(c => c.TaskId, TaskId));
    }

    private IRenderedComponent<ChaseTaskActions> RenderForTheSpecialist() =>
        RenderActionsAs("chuyenvien", PortalRoles.Specialist, Permission.ReviewReports, Permission.DraftOutgoing);

    private IEnumerable<string> Snackbars => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "");

    [Fact]
    public void Chasing_asks_for_confirmation_then_tells_how_many_units_were_chased()
    {
        Sender.Reply<ChaseUnreportedUnitsCommand>(_ => 2);
        var actions = RenderForTheSpecialist();

        actions.Find("[data-testid=chase-units]").Click();
        Assert.Empty(Sender.Sent);
        _dialogs.WaitForAssertion(() => Assert.Contains("Gửi đề nghị báo cáo tiến độ", _dialogs.Markup, StringComparison.Ordinal));
        _dialogs.FindAll("button").Single(b => b.TextContent.Contains("Gửi đôn đốc", StringComparison.Ordinal)).Click();

        actions.WaitForAssertion(() => Assert.Equal(TaskId, Assert.Single(Sender.Sent.OfType<ChaseUnreportedUnitsCommand>()).TaskId));
        actions.WaitForAssertion(() => Assert.Contains("Đã đôn đốc 2 đơn vị chưa báo cáo.", Snackbars));
    }

    [Fact]
    public void Cancelling_the_confirmation_chases_nobody()
    {
        var actions = RenderForTheSpecialist();

        actions.Find("[data-testid=chase-units]").Click();
        _dialogs.WaitForAssertion(() => Assert.Contains("Gửi đề nghị báo cáo tiến độ", _dialogs.Markup, StringComparison.Ordinal));
        _dialogs.FindAll("button").Single(b => b.TextContent.Contains("Hủy", StringComparison.Ordinal)).Click();

        _dialogs.WaitForAssertion(() => Assert.DoesNotContain("Gửi đề nghị báo cáo tiến độ", _dialogs.Markup, StringComparison.Ordinal));
        Assert.Empty(Sender.Sent);
    }

    [Fact]
    public void When_every_unit_has_reported_the_refusal_is_shown_in_Vietnamese()
    {
        Sender.Reply<ChaseUnreportedUnitsCommand>(_ => throw new DomainRuleException("Tất cả đơn vị đã báo cáo."));
        var actions = RenderForTheSpecialist();

        actions.Find("[data-testid=chase-units]").Click();
        _dialogs.WaitForAssertion(() => _dialogs.FindAll("button").Single(b => b.TextContent.Contains("Gửi đôn đốc", StringComparison.Ordinal)).Click());

        actions.WaitForAssertion(() => Assert.Contains("Tất cả đơn vị đã báo cáo.", Snackbars));
    }

    [Fact]
    public void The_drafted_chasing_dispatch_opens_in_the_draft_editor()
    {
        var draftId = Guid.NewGuid();
        Sender.Reply<DraftChasingDispatchCommand>(_ => draftId);
        var actions = RenderForTheSpecialist();

        actions.Find("[data-testid=draft-chasing-dispatch]").Click();

        Assert.Equal(TaskId, Assert.Single(Sender.Sent.OfType<DraftChasingDispatchCommand>()).TaskId);
        Assert.EndsWith($"/van-ban-di/{draftId}/sua", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lanhdao", PortalRoles.Leader)]
    [InlineData("vnpt", PortalRoles.UnitReporter)]
    [InlineData("thanhtra", PortalRoles.Inspector)]
    public void Who_may_neither_review_reports_nor_draft_sees_no_chasing_action(string userName, string role)
    {
        var actions = RenderActionsAs(userName, role);

        Assert.Empty(actions.FindAll("[data-testid=chase-units]"));
        Assert.Empty(actions.FindAll("[data-testid=draft-chasing-dispatch]"));
    }

    [Fact]
    public void Each_action_shows_only_with_its_own_permission()
    {
        var actions = RenderActionsAs("chuyenvien", PortalRoles.Specialist, Permission.ReviewReports);

        Assert.Single(actions.FindAll("[data-testid=chase-units]"));
        Assert.Empty(actions.FindAll("[data-testid=draft-chasing-dispatch]"));
    }
}
