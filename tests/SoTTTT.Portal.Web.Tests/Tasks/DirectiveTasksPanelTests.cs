using Bunit;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Web.Components.Pages.Tasks;

namespace SoTTTT.Portal.Web.Tests.Tasks;

public sealed class DirectiveTasksPanelTests : PortalComponentContext
{
    private static readonly Guid DocumentId = Guid.NewGuid();
    private static readonly IReadOnlyList<DocumentSection> Sections = [new(1, "Đối với các doanh nghiệp viễn thông", "Nhắn tin cảnh báo lừa đảo đến thuê bao.")];

    public DirectiveTasksPanelTests()
    {
        RenderPopoverProvider();
        Auth.SetAuthorized("chuyenvien");
        Auth.SetRoles(PortalRoles.Specialist);
    }

    private static DirectiveTaskView Task(bool issued, TaskProgress progress) => new(
        Guid.NewGuid(), Guid.NewGuid(), 1, "Nhắn tin cảnh báo lừa đảo đến thuê bao", null, TaskPriority.High, DeadlineKind.Monthly, null, null, 25, issued,
        [new IndicatorView(Guid.NewGuid(), "Số tin nhắn đã gửi", "tin nhắn", null)],
        [new AssigneeView(null, Guid.NewGuid(), "Các doanh nghiệp viễn thông trên địa bàn tỉnh", AssignmentRole.Lead)],
        progress);

    [Fact]
    public void On_a_draft_the_specialist_sees_the_tasks_by_section_and_may_change_them()
    {
        Sender.Reply<ListDocumentTasksQuery>(_ => new List<DirectiveTaskView> { Task(issued: false, TaskProgress.None) });

        var panel = Render<DirectiveTasksPanel>(p => p.Add(x => x.DocumentId, DocumentId).Add(x => x.Sections, Sections).Add(x => x.Editable, true));

        var task = panel.Find("[data-testid=directive-task]");
        Assert.Contains("Mục 1. Đối với các doanh nghiệp viễn thông", panel.Markup, StringComparison.Ordinal);
        Assert.Contains("Báo cáo hằng tháng, chốt ngày 25", task.TextContent, StringComparison.Ordinal);
        Assert.Contains("Số tin nhắn đã gửi (tin nhắn)", task.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nhóm: Các doanh nghiệp viễn thông trên địa bàn tỉnh — Chủ trì", task.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(panel.FindAll("[data-testid=add-task]"));
        Assert.NotEmpty(panel.FindAll("[data-testid=edit-task]"));
        Assert.NotEmpty(panel.FindAll("[data-testid=remove-task]"));
        Assert.Empty(panel.FindAll("[data-testid=task-progress]"));
    }

    [Fact]
    public void On_an_issued_document_the_panel_shows_progress_and_the_follow_up_link_but_no_editing()
    {
        var issued = Task(issued: true, new TaskProgress(Total: 4, CompletedOnTime: 1, CompletedLate: 0, OpenOnTime: 2, OpenOverdue: 1, DueSoon: 1, Unreported: 2));
        Sender.Reply<ListDocumentTasksQuery>(_ => new List<DirectiveTaskView> { issued });

        var panel = Render<DirectiveTasksPanel>(p => p.Add(x => x.DocumentId, DocumentId).Add(x => x.Sections, Sections).Add(x => x.Editable, false));

        Assert.Empty(panel.FindAll("[data-testid=add-task]"));
        Assert.Empty(panel.FindAll("[data-testid=edit-task]"));
        Assert.Empty(panel.FindAll("[data-testid=remove-task]"));
        var progress = panel.Find("[data-testid=task-progress]").TextContent;
        Assert.Contains("4 đơn vị", progress, StringComparison.Ordinal);
        Assert.Contains("1 Chưa hoàn thành – quá hạn", progress, StringComparison.Ordinal);
        Assert.Contains("2 Chưa hoàn thành – trong hạn", progress, StringComparison.Ordinal);
        Assert.Equal($"/nhiem-vu/theo-doi/{issued.Id}", panel.Find("[data-testid=follow-task]").GetAttribute("href"));
    }

    [Fact]
    public void A_unit_reporter_reading_the_document_sees_no_task_panel_and_asks_for_nothing()
    {
        Auth.SetRoles(PortalRoles.UnitReporter);

        var panel = Render<DirectiveTasksPanel>(p => p.Add(x => x.DocumentId, DocumentId).Add(x => x.Sections, Sections).Add(x => x.Editable, false));

        Assert.Empty(panel.FindAll("[data-testid=directive-tasks]"));
        Assert.Empty(Sender.Sent);
    }
}
