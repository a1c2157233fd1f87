using Bunit;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Web.Components.Pages.Tasks;

namespace SoTTTT.Portal.Web.Tests.Tasks;

public sealed class MyAssignmentsTests : PortalComponentContext
{
    private static PagedResult<AssignmentRow> Page(params AssignmentRow[] rows) => new(rows, rows.Length, 1, 20);

    [Fact]
    public void The_list_keeps_the_order_the_query_gives_with_status_names_and_dates_as_dd_MM_yyyy()
    {
        Sender.Reply<ListMyAssignmentsQuery>(_ => Page(
            Assignments.Row("Báo cáo số thuê bao đã nhắn tin", ComplianceStatus.OpenOverdue, due: new DateOnly(2022, 5, 5)),
            Assignments.Row("Rà soát điểm yếu an toàn thông tin", due: new DateOnly(2022, 7, 15), originalDue: new DateOnly(2022, 6, 30), dueSoon: true)));

        var page = Render<MyAssignments>();

        var rows = page.FindAll("[data-testid=assignment-row]");
        Assert.Collection(rows,
            overdue =>
            {
                Assert.Contains("Báo cáo số thuê bao đã nhắn tin", overdue.TextContent, StringComparison.Ordinal);
                Assert.Contains("Chưa hoàn thành – quá hạn", overdue.TextContent, StringComparison.Ordinal);
                Assert.Contains("05/05/2022", overdue.QuerySelector("[data-testid=assignment-due]")!.TextContent, StringComparison.Ordinal);
            },
            extended =>
            {
                Assert.Contains("Chưa hoàn thành – trong hạn", extended.TextContent, StringComparison.Ordinal);
                Assert.Contains("Sắp đến hạn", extended.TextContent, StringComparison.Ordinal);
                var due = extended.QuerySelector("[data-testid=assignment-due]")!.TextContent;
                Assert.Contains("15/07/2022", due, StringComparison.Ordinal);
                Assert.Contains("hạn ban đầu 30/06/2022", due, StringComparison.Ordinal);
            });
        // The phone's cards show the same assignments, in the same order.
        Assert.Equal(2, page.FindAll("[data-testid=assignment-card]").Count);
        Assert.Contains("Báo cáo số thuê bao đã nhắn tin", page.FindAll("[data-testid=assignment-card]")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_without_open_assignments_reads_so_in_Vietnamese()
    {
        Sender.Reply<ListMyAssignmentsQuery>(_ => Page());

        var page = Render<MyAssignments>();

        Assert.Equal("Đơn vị không có nhiệm vụ nào đang mở.", page.Find("[data-testid=assignments-empty]").TextContent.Trim());
    }

    [Fact]
    public void Acknowledging_receipt_sends_the_command_and_shows_the_time_it_was_recorded()
    {
        var row = Assignments.Row("Báo cáo số thuê bao đã nhắn tin", due: new DateOnly(2022, 5, 5));
        var acknowledged = false;
        Sender.Reply<ListMyAssignmentsQuery>(_ => Page(acknowledged ? row with { AcknowledgedAtUtc = new DateTime(2022, 4, 21, 1, 15, 0, DateTimeKind.Utc) } : row));
        Sender.Reply<AcknowledgeAssignmentCommand>(_ =>
        {
            acknowledged = true;
            return Mediator.Unit.Value;
        });
        var page = Render<MyAssignments>();

        page.Find("[data-testid=assignment-row] button[data-testid=acknowledge]").Click();

        Assert.Equal(row.Id, Assert.Single(Sender.Sent.OfType<AcknowledgeAssignmentCommand>()).AssignmentId);
        // 01:15 UTC is 08:15 in Hà Nội.
        Assert.Contains("Đã nhận lúc 08:15 21/04/2022", page.Find("[data-testid=assignment-row]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=acknowledge]"));
    }

    [Fact]
    public void The_completed_switch_asks_the_query_for_completed_assignments_too()
    {
        Sender.Reply<ListMyAssignmentsQuery>(_ => Page());
        var page = Render<MyAssignments>();

        page.Find("input[data-testid=include-completed]").Change(true);

        Assert.Collection(Sender.Sent.OfType<ListMyAssignmentsQuery>(),
            first => Assert.False(first.IncludeCompleted),
            second => Assert.True(second.IncludeCompleted));
        Assert.Contains("Đơn vị chưa được giao nhiệm vụ nào.", page.Markup, StringComparison.Ordinal);
    }
}
