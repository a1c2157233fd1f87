using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.OutgoingDraftCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Documents;

/// <summary>
/// Issue 3, "Who sees what": a unit reporter sees only issued outgoing documents that reached its
/// unit — named, through a group, or in "Nơi nhận" — and a guessed id gets "not found".
/// </summary>
public sealed class OutgoingVisibilityTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    /// <summary>The demo's own documents, whatever the tests of this class issue today.</summary>
    private static readonly ListOutgoingDocumentsQuery DemoRegister = new(IssuedTo: new DateOnly(2022, 12, 31));

    private const string DraftToTheTelecoms = "Kế hoạch kiểm tra việc chấp hành quy định về quản lý thuê bao di động năm 2022";
    private const string ReturnedToTheTelecoms = "V/v đôn đốc báo cáo số liệu thuê bao đã nhắn tin cảnh báo";
    private const string ApprovedReport = "Báo cáo kết quả công tác quản lý nhà nước về thông tin và truyền thông quý I năm 2022";

    [Fact]
    public async Task Vnpt_lists_only_the_issued_documents_that_reached_it()
    {
        var list = await portal.SendAsync(DemoRegister, asUser: DemoUsers.VnptReporter);

        Assert.Equal(["4/STTTT-BCVTCNTT", "2/STTTT-BCVTCNTT", "1/KH-STTTT"], list.Items.Select(i => i.NumberAndSymbol));
        Assert.Equal(3, list.TotalCount);
        Assert.All(list.Items, i => Assert.Equal(OutgoingStatus.Issued, i.Status));
        Assert.Contains(list.Items, i => i.Summary == DocumentFixtureExtensions.AntiFraudSummary);
        Assert.DoesNotContain(list.Items, i => i.NumberAndSymbol == "3/TB-STTTT");
    }

    [Fact]
    public async Task Vnpt_reads_the_anti_fraud_dispatch_without_the_departments_history()
    {
        var dispatch = await portal.SendAsync(new GetOutgoingDocumentQuery(await portal.AntiFraudDispatchIdAsync()), asUser: DemoUsers.VnptReporter);

        Assert.Equal("4/STTTT-BCVTCNTT", dispatch.NumberAndSymbol);
        Assert.Equal(OutgoingStatus.Issued, dispatch.Status);
        Assert.Equal(4, dispatch.Sections.Count);
        Assert.Empty(dispatch.History);
        Assert.Null(dispatch.ReturnReason);
        Assert.Empty(dispatch.FormatIssues);
    }

    [Theory]
    [InlineData(DocumentDemoUsers.CauKeCentreReporter)]
    [InlineData(DocumentDemoUsers.ViettelReporter)]
    [InlineData(DocumentDemoUsers.CityCultureOfficeReporter)]
    public async Task Units_reached_through_a_group_read_the_dispatch(string reporter)
    {
        var id = await portal.AntiFraudDispatchIdAsync();

        var dispatch = await portal.SendAsync(new GetOutgoingDocumentQuery(id), asUser: reporter);
        var list = await portal.SendAsync(DemoRegister, asUser: reporter);

        Assert.Equal("4/STTTT-BCVTCNTT", dispatch.NumberAndSymbol);
        Assert.Contains(list.Items, i => i.Id == id);
    }

    [Fact]
    public async Task Police_division_not_addressed_gets_not_found_for_the_dispatch_and_for_a_made_up_id()
    {
        var dispatch = await Assert.ThrowsAsync<NotFoundException>(async () =>
            await portal.SendAsync(new GetOutgoingDocumentQuery(await portal.AntiFraudDispatchIdAsync()), asUser: DocumentDemoUsers.PoliceReporter));
        var madeUp = await Assert.ThrowsAsync<NotFoundException>(() =>
            portal.SendAsync(new GetOutgoingDocumentQuery(Guid.NewGuid()), asUser: DocumentDemoUsers.PoliceReporter));

        Assert.Equal(madeUp.Message, dispatch.Message);
        Assert.Equal(0, (await portal.SendAsync(new ListOutgoingDocumentsQuery(), asUser: DocumentDemoUsers.PoliceReporter)).TotalCount);
    }

    [Theory]
    [InlineData(DraftToTheTelecoms)]
    [InlineData(ReturnedToTheTelecoms)]
    [InlineData(ApprovedReport)]
    public async Task Documents_not_yet_issued_are_not_found_even_by_their_addressees(string summary)
    {
        var id = await portal.OutgoingIdAsync(summary);

        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetOutgoingDocumentQuery(id), asUser: DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetOutgoingDocumentQuery(id), asUser: DocumentDemoUsers.PoliceReporter));
    }

    [Fact]
    public async Task Draft_id_gets_not_found_for_a_unit_reporter()
    {
        var draft = await portal.DraftAsync(ADraftOf(await portal.UnitIdAsync("BCVTCNTT")).AddressedTo(new RecipientDraft("VNPT Trà Vinh", await portal.UnitIdAsync("VNPTTV"))));

        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetOutgoingDocumentQuery(draft.Id), asUser: DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetOutgoingDocumentQuery(draft.Id), asUser: DocumentDemoUsers.PoliceReporter));
    }

    [Fact]
    public async Task Inspector_reads_everything_including_drafts_and_their_history()
    {
        var list = await portal.SendAsync(DemoRegister with { IssuedTo = null, Status = OutgoingStatus.Draft }, asUser: DemoUsers.Inspector);
        var draft = await portal.SendAsync(new GetOutgoingDocumentQuery(await portal.OutgoingIdAsync(DraftToTheTelecoms)), asUser: DemoUsers.Inspector);
        var returned = await portal.SendAsync(new GetOutgoingDocumentQuery(await portal.OutgoingIdAsync(ReturnedToTheTelecoms)), asUser: DemoUsers.Inspector);

        Assert.Contains(list.Items, i => i.Summary == DraftToTheTelecoms);
        Assert.Equal(OutgoingStatus.Draft, draft.Status);
        Assert.Equal([DocumentAction.Drafted], draft.History.Select(e => e.Action));
        Assert.Equal("Bổ sung thời hạn báo cáo và căn cứ Công văn số 716/CAT-PC02.", returned.ReturnReason);
        foreach (var status in Enum.GetValues<OutgoingStatus>())
            Assert.NotEqual(0, (await portal.SendAsync(new ListOutgoingDocumentsQuery(Status: status), asUser: DemoUsers.Inspector)).TotalCount);
    }

    [Fact]
    public async Task Unit_reporter_sees_no_incoming_documents()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ListIncomingDocumentsQuery(), asUser: DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () =>
            await portal.SendAsync(new GetIncomingDocumentQuery(await portal.IncomingIdAsync(DocumentFixtureExtensions.PoliceDispatch)), asUser: DemoUsers.VnptReporter));
    }

    [Fact]
    public async Task Unit_named_only_in_noi_nhan_reads_the_issued_document()
    {
        var vnpt = await portal.UnitIdAsync("VNPTTV");
        var (document, _) = await portal.IssuedAsync(ADraftOf(await portal.UnitIdAsync("BCVTCNTT"))
            .CopiedTo(new RecipientDraft("VNPT Trà Vinh", vnpt, Purpose: DistributionPurpose.Coordinate)));

        var read = await portal.SendAsync(new GetOutgoingDocumentQuery(document.Id), asUser: DemoUsers.VnptReporter);

        Assert.Equal(document.NumberAndSymbol, read.NumberAndSymbol);
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetOutgoingDocumentQuery(document.Id), asUser: DocumentDemoUsers.ViettelReporter));
    }

    [Fact]
    public async Task Addressing_the_provincial_police_does_not_reach_its_division()
    {
        var (document, _) = await portal.IssuedAsync(ADraftOf(await portal.UnitIdAsync("BCVTCNTT"))
            .AddressedTo(new RecipientDraft("Công an tỉnh Trà Vinh", await portal.UnitIdAsync("CAT"))));

        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetOutgoingDocumentQuery(document.Id), asUser: DocumentDemoUsers.PoliceReporter));
    }

    [Fact]
    public async Task Who_received_a_document_is_fixed_when_it_is_issued()
    {
        var vnpt = await portal.UnitIdAsync("VNPTTV");
        var viettel = await portal.UnitIdAsync("VIETTELTV");
        var groupId = await portal.SendAsync(new CreateUnitGroupCommand("NHOMVT", "Nhóm thử nghiệm VNPT và Viettel", null, [vnpt, viettel]), asUser: DemoUsers.Administrator);
        var before = await portal.IssuedAsync(ADraftOf(await portal.UnitIdAsync("BCVTCNTT")).AddressedTo(new RecipientDraft("Nhóm thử nghiệm", GroupId: groupId)));

        var group = await portal.SendAsync(new GetUnitGroupQuery(groupId), asUser: DemoUsers.Administrator);
        await portal.SendAsync(new UpdateUnitGroupCommand(group.Id, group.Version, group.Code, group.Name, group.Description, [viettel]), asUser: DemoUsers.Administrator);
        var after = await portal.IssuedAsync(ADraftOf(await portal.UnitIdAsync("BCVTCNTT")).AddressedTo(new RecipientDraft("Nhóm thử nghiệm", GroupId: groupId)));

        Assert.Equal(before.Document.Id, (await portal.SendAsync(new GetOutgoingDocumentQuery(before.Document.Id), asUser: DemoUsers.VnptReporter)).Id);
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetOutgoingDocumentQuery(after.Document.Id), asUser: DemoUsers.VnptReporter));
        Assert.Equal(after.Document.Id, (await portal.SendAsync(new GetOutgoingDocumentQuery(after.Document.Id), asUser: DocumentDemoUsers.ViettelReporter)).Id);
    }
}
