using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Inspection;
using SoTTTT.Portal.Core.Features.Inspection;
using SoTTTT.Portal.Web.Components.Pages.Inspection;

namespace SoTTTT.Portal.Web.Tests.Inspection;

public sealed class RecordFindingDialogTests : PortalComponentContext
{
    private static readonly Guid AssignmentId = Guid.NewGuid();

    public RecordFindingDialogTests()
    {
        Render<MudPopoverProvider>();
        Auth.SetAuthorized("thanhtra");
        Auth.SetRoles(PortalRoles.Inspector);
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync()
    {
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<RecordFindingDialog>
        {
            { d => d.TargetKind, FindingTargetKind.Assignment },
            { d => d.TargetId, AssignmentId },
            { d => d.TargetLabel, "VNPT Trà Vinh — Nhắn tin cảnh báo" },
        };
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<RecordFindingDialog>("", parameters));
        return provider;
    }

    [Fact]
    public async Task Recording_sends_the_target_the_severity_and_the_trimmed_texts_then_closes()
    {
        Sender.Reply<RecordFindingCommand>(_ => Guid.NewGuid());
        var dialog = await OpenAsync();

        dialog.Find("[data-testid=finding-description]").Change("  Chưa nhắn tin đến thuê bao trả sau.  ");
        dialog.Find("[data-testid=finding-recommendation]").Change("Bổ sung trong 5 ngày làm việc.");
        dialog.Find("button[data-testid=finding-save]").Click();

        var sent = Assert.Single(Sender.Sent.OfType<RecordFindingCommand>());
        Assert.Equal((FindingTargetKind.Assignment, AssignmentId, FindingSeverity.Medium, "Chưa nhắn tin đến thuê bao trả sau.", "Bổ sung trong 5 ngày làm việc."),
            (sent.TargetKind, sent.TargetId, sent.Severity, sent.Description, sent.Recommendation));
        dialog.WaitForAssertion(() => Assert.Empty(dialog.FindAll("[data-testid=finding-save]")));
    }

    [Fact]
    public async Task The_servers_error_on_the_recommendation_shows_under_that_field_and_the_dialog_stays_open()
    {
        Sender.Reply<RecordFindingCommand>(_ => throw new InputValidationException(new Dictionary<string, string[]>
        {
            [nameof(RecordFindingCommand.Recommendation)] = ["Hãy ghi kiến nghị."],
        }));
        var dialog = await OpenAsync();

        dialog.Find("[data-testid=finding-description]").Change("Chưa nhắn tin.");
        dialog.Find("button[data-testid=finding-save]").Click();

        dialog.WaitForAssertion(() => Assert.Contains("Hãy ghi kiến nghị.",
            dialog.Find("[data-testid=finding-recommendation]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Hãy ghi kiến nghị.",
            dialog.Find("[data-testid=finding-description]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(dialog.FindAll("[data-testid=finding-save]"));
    }

    [Fact]
    public async Task An_unknown_target_is_shown_above_the_fields()
    {
        Sender.Reply<RecordFindingCommand>(_ => throw new InputValidationException(new Dictionary<string, string[]>
        {
            [nameof(RecordFindingCommand.TargetId)] = ["Không tìm thấy nhiệm vụ của đơn vị đã chọn."],
        }));
        var dialog = await OpenAsync();

        dialog.Find("button[data-testid=finding-save]").Click();

        dialog.WaitForAssertion(() => Assert.Contains("Không tìm thấy nhiệm vụ của đơn vị đã chọn.",
            dialog.Find("[data-testid=finding-target-error]").TextContent, StringComparison.Ordinal));
    }
}

public sealed class InspectionActionsTests : PortalComponentContext
{
    private IRenderedComponent<InspectionActions> RenderActions() => Render<InspectionActions>(p => p
        .Add(a => a.TargetKind, FindingTargetKind.Assignment)
        .Add(a => a.TargetId, Guid.NewGuid())
        .Add(a => a.EvaluationUnitId, Guid.NewGuid())
        .Add(a => a.EvaluationDocumentId, Guid.NewGuid()));

    [Fact]
    public void An_inspector_sees_the_finding_and_evaluation_buttons()
    {
        Auth.SetAuthorized("thanhtra");
        Auth.SetRoles(PortalRoles.Inspector);
        Auth.SetPolicies(nameof(Permission.RecordFindings), nameof(Permission.ReadFindings));

        var actions = RenderActions();

        Assert.NotEmpty(actions.FindAll("[data-testid=record-finding]"));
        Assert.NotEmpty(actions.FindAll("[data-testid=evaluate-compliance]"));
    }

    [Fact]
    public void A_leader_who_reads_findings_sees_no_button_to_record_one()
    {
        Auth.SetAuthorized("lanhdao");
        Auth.SetRoles(PortalRoles.Leader);
        Auth.SetPolicies(nameof(Permission.ReadFindings));

        var actions = RenderActions();

        Assert.Empty(actions.FindAll("[data-testid=record-finding]"));
        Assert.Empty(actions.FindAll("[data-testid=evaluate-compliance]"));
    }
}
