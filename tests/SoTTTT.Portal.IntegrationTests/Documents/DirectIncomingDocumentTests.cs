using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.RegisterIncomingCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Documents;

/// <summary>DESIGN §3: the leader writes the direction and names the handling division, which handles and files it.</summary>
public sealed class DirectIncomingDocumentTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string Direction = "Giao Phòng BCVT-CNTT chủ trì tham mưu văn bản chỉ đạo các doanh nghiệp viễn thông; trình trước ngày 20/4.";

    private async Task<IncomingDocumentView> AwaitingDirectionAsync() =>
        await portal.RegisteredAsync(AnIncomingDocument().SentTo(await portal.UserIdAsync(DemoUsers.Leader)));

    private async Task<IncomingDocumentView> DirectedToAsync(string unitCode)
    {
        var document = await AwaitingDirectionAsync();
        await portal.SendAsync(new DirectIncomingDocumentCommand(document.Id, document.Version, Direction, await portal.UnitIdAsync(unitCode), null), asUser: DemoUsers.Leader);
        return await portal.SendAsync(new GetIncomingDocumentQuery(document.Id), asUser: DemoUsers.Specialist);
    }

    [Fact]
    public async Task Leader_directs_and_the_handling_division_is_told()
    {
        var document = await AwaitingDirectionAsync();
        var bcvtcntt = await portal.UnitIdAsync("BCVTCNTT");
        var deadline = portal.Today().AddDays(7);

        await portal.SendAsync(new DirectIncomingDocumentCommand(document.Id, document.Version, Direction, bcvtcntt, deadline), asUser: DemoUsers.Leader);

        var directed = await portal.SendAsync(new GetIncomingDocumentQuery(document.Id), asUser: DemoUsers.Specialist);
        Assert.Equal(IncomingStatus.Directed, directed.Status);
        Assert.Equal(Direction, directed.Direction);
        Assert.Equal("Bùi Thống Nhứt", directed.DirectedByName);
        Assert.NotNull(directed.DirectedAtUtc);
        Assert.Equal(bcvtcntt, directed.HandlingUnitId);
        Assert.Equal("Phòng Bưu chính, Viễn thông và Công nghệ thông tin", directed.HandlingUnitName);
        Assert.Equal(deadline, directed.DirectionDeadline);
        Assert.Equal(DocumentAction.Directed, directed.History[^1].Action);
        Assert.Equal(Direction, directed.History[^1].Note);
        Assert.Equal("Bùi Thống Nhứt", directed.History[^1].UserName);

        var told = Assert.Single(await portal.NotificationsAsync(DemoUsers.Specialist, IncomingLinks.Of(document.Id)));
        Assert.Equal("Văn bản đến được giao xử lý", told.Title);
        Assert.Empty(await portal.NotificationsAsync(DocumentDemoUsers.PressSpecialist, IncomingLinks.Of(document.Id)));
        Assert.Empty(await portal.NotificationsAsync(DemoUsers.VnptReporter, IncomingLinks.Of(document.Id)));
    }

    [Fact]
    public async Task Handling_division_must_be_an_internal_division()
    {
        var document = await AwaitingDirectionAsync();

        var refused = await Assert.ThrowsAsync<InputValidationException>(async () => await portal.SendAsync(
            new DirectIncomingDocumentCommand(document.Id, document.Version, Direction, await portal.UnitIdAsync("VNPTTV"), null), asUser: DemoUsers.Leader));

        Assert.Equal(["Đơn vị xử lý phải là một phòng, ban đang hoạt động của Sở."], refused.Errors["HandlingUnitId"]);
    }

    [Fact]
    public async Task Direction_needs_text_a_division_and_no_past_deadline()
    {
        var document = await AwaitingDirectionAsync();

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(
            new DirectIncomingDocumentCommand(document.Id, document.Version, " ", null, portal.Today().AddDays(-1)), asUser: DemoUsers.Leader));

        Assert.Contains("Direction", refused.Errors.Keys);
        Assert.Contains("HandlingUnitId", refused.Errors.Keys);
        Assert.Equal(["Hạn xử lý không được trước hôm nay."], refused.Errors["Deadline"]);
        Assert.Equal(IncomingStatus.AwaitingDirection, (await portal.SendAsync(new GetIncomingDocumentQuery(document.Id), asUser: DemoUsers.Leader)).Status);
    }

    [Fact]
    public async Task Directing_with_a_stale_version_is_a_conflict()
    {
        var document = await AwaitingDirectionAsync();
        var bcvtcntt = await portal.UnitIdAsync("BCVTCNTT");
        var ttbcxb = await portal.UnitIdAsync("TTBCXB");
        await portal.SendAsync(new DirectIncomingDocumentCommand(document.Id, document.Version, Direction, bcvtcntt, null), asUser: DemoUsers.Leader);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => portal.SendAsync(
            new DirectIncomingDocumentCommand(document.Id, document.Version, "Giao Phòng TT-BC-XB.", ttbcxb, null), asUser: DemoUsers.Leader));

        Assert.Equal(bcvtcntt, (await portal.SendAsync(new GetIncomingDocumentQuery(document.Id), asUser: DemoUsers.Leader)).HandlingUnitId);
        Assert.Empty(await portal.NotificationsAsync(DocumentDemoUsers.PressSpecialist, IncomingLinks.Of(document.Id)));
    }

    [Fact]
    public async Task Specialist_of_another_division_cannot_record_the_handling()
    {
        var document = await DirectedToAsync("BCVTCNTT");

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(
            new RecordIncomingHandlingCommand(document.Id, document.Version, HandlingStep.Start, null), asUser: DocumentDemoUsers.PressSpecialist));

        Assert.Equal(IncomingStatus.Directed, (await portal.SendAsync(new GetIncomingDocumentQuery(document.Id), asUser: DemoUsers.Leader)).Status);
    }

    [Fact]
    public async Task Undirected_document_has_no_division_to_handle_it()
    {
        var document = await AwaitingDirectionAsync();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(
            new RecordIncomingHandlingCommand(document.Id, document.Version, HandlingStep.Start, null), asUser: DemoUsers.Specialist));
    }

    [Fact]
    public async Task Handling_division_starts_completes_and_files_the_document()
    {
        var document = await DirectedToAsync("BCVTCNTT");

        await portal.SendAsync(new RecordIncomingHandlingCommand(document.Id, document.Version, HandlingStep.Start, null), asUser: DemoUsers.Specialist);
        var started = await portal.SendAsync(new GetIncomingDocumentQuery(document.Id), asUser: DemoUsers.Specialist);
        Assert.Equal(IncomingStatus.InProgress, started.Status);

        await portal.SendAsync(new RecordIncomingHandlingCommand(started.Id, started.Version, HandlingStep.Complete, "Đã tham mưu Công văn gửi các doanh nghiệp."), asUser: DemoUsers.Specialist);
        var handled = await portal.SendAsync(new GetIncomingDocumentQuery(document.Id), asUser: DemoUsers.Specialist);
        Assert.Equal(IncomingStatus.Handled, handled.Status);
        Assert.Equal("Đã tham mưu Công văn gửi các doanh nghiệp.", handled.HandlingNote);

        await portal.SendAsync(new RecordIncomingHandlingCommand(handled.Id, handled.Version, HandlingStep.File, null), asUser: DemoUsers.Specialist);
        var filed = await portal.SendAsync(new GetIncomingDocumentQuery(document.Id), asUser: DemoUsers.Specialist);
        Assert.Equal(IncomingStatus.Filed, filed.Status);

        Assert.Equal(
            [DocumentAction.Registered, DocumentAction.SentForDirection, DocumentAction.Directed, DocumentAction.HandlingStarted, DocumentAction.Handled, DocumentAction.Filed],
            filed.History.Select(e => e.Action));
        Assert.Equal("Phạm Quốc Việt", filed.History[^1].UserName);
    }

    [Fact]
    public async Task Handling_steps_out_of_order_are_refused()
    {
        var document = await DirectedToAsync("BCVTCNTT");

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => portal.SendAsync(
            new RecordIncomingHandlingCommand(document.Id, document.Version, HandlingStep.File, null), asUser: DemoUsers.Specialist));

        Assert.Equal("Chỉ văn bản đã xử lý mới được lưu hồ sơ.", refused.Message);
        var unchanged = await portal.SendAsync(new GetIncomingDocumentQuery(document.Id), asUser: DemoUsers.Specialist);
        Assert.Equal(IncomingStatus.Directed, unchanged.Status);
        Assert.DoesNotContain(unchanged.History, e => e.Action == DocumentAction.Filed);
    }

    [Fact]
    public async Task Document_in_progress_is_not_directed_again()
    {
        var document = await DirectedToAsync("BCVTCNTT");
        await portal.SendAsync(new RecordIncomingHandlingCommand(document.Id, document.Version, HandlingStep.Start, null), asUser: DemoUsers.Specialist);
        var started = await portal.SendAsync(new GetIncomingDocumentQuery(document.Id), asUser: DemoUsers.Leader);

        await Assert.ThrowsAsync<DomainRuleException>(async () => await portal.SendAsync(
            new DirectIncomingDocumentCommand(started.Id, started.Version, "Giao lại Phòng TT-BC-XB.", await portal.UnitIdAsync("TTBCXB"), null), asUser: DemoUsers.Leader));
    }

    [Fact]
    public async Task Unknown_document_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(async () => await portal.SendAsync(
            new DirectIncomingDocumentCommand(Guid.NewGuid(), Guid.NewGuid(), Direction, await portal.UnitIdAsync("BCVTCNTT"), null), asUser: DemoUsers.Leader));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetIncomingDocumentQuery(Guid.NewGuid()), asUser: DemoUsers.Leader));
    }
}
