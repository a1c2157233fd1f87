using Bunit;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Attachments;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Web.Components.Pages.Tasks;

namespace SoTTTT.Portal.Web.Tests.Tasks;

public sealed class AssignmentDetailsTests : PortalComponentContext
{
    private static readonly AssignmentRow Row = Assignments.Row("Báo cáo số thuê bao đã nhắn tin", due: new DateOnly(2022, 6, 30));

    public AssignmentDetailsTests()
    {
        // 20/06/2022 in Viet Nam.
        Services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2022, 6, 20, 3, 0, 0, TimeSpan.Zero)));
        RenderPopoverProvider();
        Sender.Reply<ListAttachmentsQuery>(_ => new List<AttachmentInfo>());
    }

    private IRenderedComponent<AssignmentDetails> RenderDetails() => Render<AssignmentDetails>(p => p.Add(c => c.Id, Row.Id));

    [Fact]
    public void The_servers_error_on_the_period_shows_under_the_period_end()
    {
        Sender.Reply<GetAssignmentQuery>(_ => Assignments.View(Row, canReport: true,
            indicators: [new IndicatorView(Guid.NewGuid(), "Số tin nhắn đã gửi", "tin nhắn", 500_000)]));
        Sender.Reply<SubmitProgressReportCommand>(_ => throw new InputValidationException(new Dictionary<string, string[]>
        {
            ["PeriodTo"] = ["Kỳ báo cáo không được ở tương lai."],
        }));
        var page = RenderDetails();
        page.Find("button[data-testid=open-report]").Click();

        page.Find("[data-testid=report-narrative]").Change("Đã nhắn tin cảnh báo đến 320.000 thuê bao.");
        page.Find("[data-testid=report-form] form").Submit();

        var periodEnd = page.Find("[data-testid=report-period-to]").Closest(".mud-input-control")!;
        Assert.Contains("Kỳ báo cáo không được ở tương lai.", periodEnd.TextContent, StringComparison.Ordinal);
        var periodStart = page.Find("[data-testid=report-period-from]").Closest(".mud-input-control")!;
        Assert.DoesNotContain("Kỳ báo cáo không được ở tương lai.", periodStart.TextContent, StringComparison.Ordinal);
        var sent = Assert.Single(Sender.Sent.OfType<SubmitProgressReportCommand>());
        Assert.Equal(new DateOnly(2022, 6, 20), sent.PeriodTo);
        Assert.Equal("Đã nhắn tin cảnh báo đến 320.000 thuê bao.", sent.Narrative);
        Assert.Empty(sent.Values);
    }

    [Fact]
    public void A_report_claiming_completion_sends_the_figure_for_each_indicator_and_the_units_report_number()
    {
        var indicator = new IndicatorView(Guid.NewGuid(), "Số tin nhắn đã gửi", "tin nhắn", 500_000);
        Sender.Reply<GetAssignmentQuery>(_ => Assignments.View(Row, canReport: true, indicators: [indicator]));
        Sender.Reply<SubmitProgressReportCommand>(_ => Guid.NewGuid());
        var page = RenderDetails();
        page.Find("button[data-testid=open-report]").Click();

        page.Find("[data-testid=report-narrative]").Change("Hoàn thành nhắn tin.");
        page.Find("[data-testid=report-percent]").Change("100");
        page.Find("[data-testid=report-value-0]").Change("512000");
        page.Find("[data-testid=report-number]").Change("15/BC-VNPT");
        page.Find("input[data-testid=report-claims-completion]").Change(true);
        page.Find("[data-testid=report-form] form").Submit();

        var sent = Assert.Single(Sender.Sent.OfType<SubmitProgressReportCommand>());
        Assert.Equal(100, sent.PercentDone);
        Assert.Equal(new IndicatorValueDraft(indicator.Id, 512_000m), Assert.Single(sent.Values));
        Assert.Equal("15/BC-VNPT", sent.UnitReportNumber);
        Assert.True(sent.ClaimsCompletion);
        Assert.Empty(page.FindAll("[data-testid=report-form]"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Accept_and_ask_for_more_are_offered_only_to_a_reviewer(bool canReview)
    {
        Sender.Reply<GetAssignmentQuery>(_ => Assignments.View(Row, canReview: canReview, reports: [Assignments.Report(ReportStatus.AwaitingReview)]));

        var page = RenderDetails();

        Assert.Equal(canReview, page.FindAll("button[data-testid=accept-report]").Count == 1);
        Assert.Equal(canReview, page.FindAll("button[data-testid=request-more]").Count == 1);
    }

    [Fact]
    public void A_reviewed_report_offers_no_review_even_to_a_reviewer_and_shows_the_reviewers_reason()
    {
        Sender.Reply<GetAssignmentQuery>(_ => Assignments.View(Row, canReview: true,
            reports: [Assignments.Report(ReportStatus.MoreRequested, "Bổ sung danh sách thuê bao đã nhắn tin.")]));

        var page = RenderDetails();

        Assert.Empty(page.FindAll("[data-testid=review-actions]"));
        Assert.Contains("Bổ sung danh sách thuê bao đã nhắn tin.", page.Find("[data-testid=review-note]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Yêu cầu bổ sung", page.Find("[data-testid=report-status]").TextContent.Trim());
    }

    [Fact]
    public void Asking_for_more_without_a_reason_shows_the_servers_error_under_the_comment()
    {
        var report = Assignments.Report(ReportStatus.AwaitingReview);
        Sender.Reply<GetAssignmentQuery>(_ => Assignments.View(Row, canReview: true, reports: [report]));
        Sender.Reply<RequestMoreInformationCommand>(_ => throw new InputValidationException(new Dictionary<string, string[]>
        {
            ["Reason"] = ["Hãy ghi nội dung cần bổ sung."],
        }));
        var page = RenderDetails();

        page.Find("button[data-testid=request-more]").Click();

        Assert.Equal(report.Id, Assert.Single(Sender.Sent.OfType<RequestMoreInformationCommand>()).ReportId);
        Assert.Contains("Hãy ghi nội dung cần bổ sung.", page.Find("[data-testid=review-text]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Approving_or_refusing_an_extension_is_offered_only_to_a_leader(bool canDecide)
    {
        Sender.Reply<GetAssignmentQuery>(_ => Assignments.View(Row, canDecideExtensions: canDecide, extensions: [Assignments.PendingExtension()]));

        var page = RenderDetails();

        Assert.Contains("30/06/2022", page.Find("[data-testid=extension]").TextContent, StringComparison.Ordinal);
        Assert.Contains("31/07/2022", page.Find("[data-testid=extension]").TextContent, StringComparison.Ordinal);
        Assert.Equal(canDecide, page.FindAll("button[data-testid=approve-extension]").Count == 1);
        Assert.Equal(canDecide, page.FindAll("button[data-testid=refuse-extension]").Count == 1);
    }

    [Fact]
    public void A_leaders_refusal_sends_the_reason_and_reloads_the_assignment()
    {
        var extension = Assignments.PendingExtension();
        var refused = false;
        Sender.Reply<GetAssignmentQuery>(_ => Assignments.View(Row, canDecideExtensions: true, extensions:
            [refused ? extension with { Status = ExtensionStatus.Refused, DecidedBy = "Bùi Thống Nhứt", DecidedAtUtc = new DateTime(2022, 6, 21, 2, 0, 0, DateTimeKind.Utc), DecisionNote = "Đề nghị hoàn thành đúng hạn." } : extension]));
        Sender.Reply<RefuseExtensionCommand>(_ =>
        {
            refused = true;
            return Mediator.Unit.Value;
        });
        var page = RenderDetails();

        page.Find("[data-testid=decision-text]").Change("Đề nghị hoàn thành đúng hạn.");
        page.Find("button[data-testid=refuse-extension]").Click();

        var sent = Assert.Single(Sender.Sent.OfType<RefuseExtensionCommand>());
        Assert.Equal((extension.Id, "Đề nghị hoàn thành đúng hạn."), (sent.RequestId, sent.Reason));
        Assert.Equal("Không đồng ý", page.Find("[data-testid=extension-status]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=decision-actions]"));
    }

    [Fact]
    public void Someone_elses_assignment_is_not_found()
    {
        Sender.Reply<GetAssignmentQuery>(_ => throw new NotFoundException());

        var page = RenderDetails();

        Assert.Contains("Không tìm thấy nhiệm vụ", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=open-report]"));
    }
}
