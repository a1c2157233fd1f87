using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.OutgoingDraftCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Documents;

/// <summary>
/// DESIGN §3, outgoing documents: the specialist drafts, the leader returns or approves, the clerk
/// numbers and issues; an issued document is frozen; the second of two editors gets a conflict.
/// </summary>
public sealed class OutgoingDocumentFlowTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string ReturnReason = "Bổ sung căn cứ Công văn số 716/CAT-PC02 và thời hạn báo cáo.";

    private async Task<Builders.OutgoingDraftCommandBuilder> ADraftAsync() => ADraftOf(await portal.UnitIdAsync("BCVTCNTT"));

    [Fact]
    public async Task Draft_goes_through_return_and_resubmission_to_an_issued_number()
    {
        var leader = await portal.UserIdAsync(DemoUsers.Leader);
        var lastNumber = await portal.LastNumberAsync(RegisterKind.Outgoing, portal.Today().Year);

        // The specialist starts a draft that lacks its V/v and its "Lưu" line.
        var draft = await portal.DraftAsync((await ADraftAsync()).SignedBy(leader).With(c => c with
        {
            Summary = "Thông báo cảnh giác với tình trạng lừa đảo qua mạng viễn thông",
            Distribution = [new RecipientDraft("", Purpose: DistributionPurpose.AsAbove), new RecipientDraft("UBND tỉnh", Purpose: DistributionPurpose.Report)],
        }));
        Assert.Equal(OutgoingStatus.Draft, draft.Status);
        Assert.Equal("…/STTTT-BCVTCNTT", draft.NumberAndSymbol);
        Assert.Equal(["Summary", "Distribution"], draft.FormatIssues.Select(i => i.Field));

        var early = await Assert.ThrowsAsync<DomainRuleException>(() =>
            portal.SendAsync(new SubmitOutgoingDocumentCommand(draft.Id, draft.Version), asUser: DemoUsers.Specialist));
        Assert.Equal("Summary", early.Field);

        // Completed, it is submitted to the leader who signs it.
        await portal.SendAsync(EditOf(draft) with
        {
            Summary = "V/v thông báo cảnh giác với tình trạng lừa đảo qua mạng viễn thông",
            Distribution = [.. EditOf(draft).Distribution, new RecipientDraft("VT, BCVTCNTT", Purpose: DistributionPurpose.Archive)],
        }, asUser: DemoUsers.Specialist);
        var complete = await portal.OutgoingAsync(draft.Id, DemoUsers.Specialist);
        Assert.Empty(complete.FormatIssues);
        await portal.SendAsync(new SubmitOutgoingDocumentCommand(complete.Id, complete.Version), asUser: DemoUsers.Specialist);
        var submitted = await portal.OutgoingAsync(draft.Id);
        Assert.Equal(OutgoingStatus.Submitted, submitted.Status);
        Assert.Equal("Dự thảo trình ký", Assert.Single(await portal.NotificationsAsync(DemoUsers.Leader, OutgoingLinks.Of(draft.Id))).Title);

        // The leader returns it; its author is told why.
        await portal.SendAsync(new ReturnOutgoingDocumentCommand(submitted.Id, submitted.Version, ReturnReason), asUser: DemoUsers.Leader);
        var returned = await portal.OutgoingAsync(draft.Id, DemoUsers.Specialist);
        Assert.Equal(OutgoingStatus.Returned, returned.Status);
        Assert.Equal(ReturnReason, returned.ReturnReason);
        var told = Assert.Single(await portal.NotificationsAsync(DemoUsers.Specialist, OutgoingLinks.Of(draft.Id)));
        Assert.Equal("Dự thảo bị trả lại", told.Title);
        Assert.Contains(ReturnReason, told.Message, StringComparison.Ordinal);

        // Edited and submitted again, then approved.
        await portal.SendAsync(EditOf(returned) with { CitedIncomingIds = [await portal.IncomingIdAsync(DocumentFixtureExtensions.PoliceDispatch)] }, asUser: DemoUsers.Specialist);
        var edited = await portal.OutgoingAsync(draft.Id, DemoUsers.Specialist);
        await portal.SendAsync(new SubmitOutgoingDocumentCommand(edited.Id, edited.Version), asUser: DemoUsers.Specialist);
        var resubmitted = await portal.OutgoingAsync(draft.Id);
        Assert.Equal(OutgoingStatus.Submitted, resubmitted.Status);
        Assert.Null(resubmitted.ReturnReason);
        await portal.SendAsync(new ApproveOutgoingDocumentCommand(resubmitted.Id, resubmitted.Version), asUser: DemoUsers.Leader);
        var approved = await portal.OutgoingAsync(draft.Id, DemoUsers.Clerk);
        Assert.Equal(OutgoingStatus.Approved, approved.Status);
        Assert.Null(approved.Number);
        Assert.Contains(await portal.NotificationsAsync(DemoUsers.Clerk, OutgoingLinks.Of(draft.Id)), n => n.Title == "Văn bản chờ cấp số, phát hành");

        // The clerk issues it with the year's next number.
        var issued = await portal.SendAsync(new IssueOutgoingDocumentCommand(approved.Id, approved.Version), asUser: DemoUsers.Clerk);

        Assert.Equal(lastNumber + 1, issued.Number);
        Assert.Equal($"{lastNumber + 1}/STTTT-BCVTCNTT", issued.NumberAndSymbol);
        Assert.Equal(portal.Today(), issued.IssuedOn);
        Assert.Equal(lastNumber + 1, await portal.LastNumberAsync(RegisterKind.Outgoing, portal.Today().Year));
        var document = await portal.OutgoingAsync(draft.Id);
        Assert.Equal(OutgoingStatus.Issued, document.Status);
        Assert.Equal(issued.NumberAndSymbol, document.NumberAndSymbol);
        Assert.Equal(portal.Today(), document.IssuedOn);
        Assert.Empty(document.FormatIssues);
        Assert.Equal(
            [DocumentAction.Drafted, DocumentAction.Edited, DocumentAction.Submitted, DocumentAction.Returned,
             DocumentAction.Edited, DocumentAction.Submitted, DocumentAction.Approved, DocumentAction.Issued],
            document.History.Select(e => e.Action));
        Assert.Equal(ReturnReason, document.History[3].Note);
        Assert.Equal(issued.NumberAndSymbol, document.History[^1].Note);
        Assert.Equal("Lê Thị Thu Hà", document.History[^1].UserName);
        Assert.Contains(await portal.NotificationsAsync(DemoUsers.Specialist, OutgoingLinks.Of(draft.Id)), n => n.Title == "Văn bản đã phát hành");
    }

    [Fact]
    public async Task Issued_document_is_never_edited()
    {
        var (document, _) = await portal.IssuedAsync(await ADraftAsync());

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            portal.SendAsync(EditOf(document) with { Summary = "V/v sửa văn bản đã phát hành" }, asUser: DemoUsers.Specialist));

        Assert.Equal("Văn bản đã phát hành không được sửa; hãy soạn văn bản thay thế.", refused.Message);
        var unchanged = await portal.OutgoingAsync(document.Id);
        Assert.Equal(document.Summary, unchanged.Summary);
        Assert.Equal(document.Version, unchanged.Version);
        Assert.DoesNotContain(unchanged.History.Skip(document.History.Count), e => e.Action == DocumentAction.Edited);
    }

    [Fact]
    public async Task Issued_document_is_not_returned_approved_or_issued_again()
    {
        var (document, issued) = await portal.IssuedAsync(await ADraftAsync());

        await Assert.ThrowsAsync<DomainRuleException>(() => portal.SendAsync(new ReturnOutgoingDocumentCommand(document.Id, document.Version, "Sai số."), asUser: DemoUsers.Leader));
        await Assert.ThrowsAsync<DomainRuleException>(() => portal.SendAsync(new ApproveOutgoingDocumentCommand(document.Id, document.Version), asUser: DemoUsers.Leader));
        await Assert.ThrowsAsync<DomainRuleException>(() => portal.SendAsync(new IssueOutgoingDocumentCommand(document.Id, document.Version), asUser: DemoUsers.Clerk));

        Assert.Equal(issued.Number, (await portal.OutgoingAsync(document.Id)).Number);
    }

    [Fact]
    public async Task Correction_replaces_an_issued_document_only()
    {
        var (issued, _) = await portal.IssuedAsync(await ADraftAsync());
        var draft = await portal.DraftAsync(await ADraftAsync());

        var correction = await portal.DraftAsync((await ADraftAsync()).With(c => c with { ReplacesId = issued.Id }));
        var refused = await Assert.ThrowsAsync<InputValidationException>(async () =>
            await portal.SendAsync((await ADraftAsync()).With(c => c with { ReplacesId = draft.Id }).Build(), asUser: DemoUsers.Specialist));

        Assert.Equal(issued.Id, correction.ReplacesId);
        Assert.Equal(["Chỉ thay thế được một văn bản đã phát hành."], refused.Errors["ReplacesId"]);
    }

    [Fact]
    public async Task Stale_version_is_a_conflict_and_changes_nothing()
    {
        var draft = await portal.DraftAsync(await ADraftAsync());
        await portal.SendAsync(EditOf(draft) with { Closing = "Trân trọng./." }, asUser: DemoUsers.Specialist);
        var saved = await portal.OutgoingAsync(draft.Id);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => portal.SendAsync(EditOf(draft) with
        {
            Summary = "V/v nội dung ghi đè",
            Sections = [new SectionDraft("Mục mới", "Nội dung ghi đè.")],
            Distribution = [new RecipientDraft("VT, TTRA", Purpose: DistributionPurpose.Archive)],
        }, asUser: DemoUsers.Specialist));

        var after = await portal.OutgoingAsync(draft.Id);
        Assert.Equal(saved.Version, after.Version);
        Assert.Equal(saved.Summary, after.Summary);
        Assert.Equal(saved.Sections.Select(s => (s.Number, s.Heading, s.Body)), after.Sections.Select(s => (s.Number, s.Heading, s.Body)));
        Assert.Equal(saved.Distribution.Select(l => l.DistributionText), after.Distribution.Select(l => l.DistributionText));
        Assert.Equal(saved.History.Count, after.History.Count);
    }

    [Fact]
    public async Task Second_of_two_editors_gets_a_conflict_not_a_silent_overwrite()
    {
        var draft = await portal.DraftAsync(await ADraftAsync());
        var first = await portal.OutgoingAsync(draft.Id, DemoUsers.Specialist);
        var second = await portal.OutgoingAsync(draft.Id, DocumentDemoUsers.PressSpecialist);

        await portal.SendAsync(EditOf(first) with { Summary = "V/v bản của người thứ nhất" }, asUser: DemoUsers.Specialist);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            portal.SendAsync(EditOf(second) with { Summary = "V/v bản của người thứ hai" }, asUser: DocumentDemoUsers.PressSpecialist));

        Assert.Equal("Dữ liệu đã được người khác thay đổi trong lúc bạn chỉnh sửa. Hãy tải lại trang và thực hiện lại.", conflict.Message);
        Assert.Equal("V/v bản của người thứ nhất", (await portal.OutgoingAsync(draft.Id)).Summary);
    }

    [Fact]
    public async Task Stale_submission_or_approval_is_a_conflict()
    {
        var draft = await portal.DraftAsync(await ADraftAsync());
        await portal.SendAsync(EditOf(draft) with { Closing = "Trân trọng./." }, asUser: DemoUsers.Specialist);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => portal.SendAsync(new SubmitOutgoingDocumentCommand(draft.Id, draft.Version), asUser: DemoUsers.Specialist));
        Assert.Equal(OutgoingStatus.Draft, (await portal.OutgoingAsync(draft.Id)).Status);

        var current = await portal.OutgoingAsync(draft.Id);
        await portal.SendAsync(new SubmitOutgoingDocumentCommand(current.Id, current.Version), asUser: DemoUsers.Specialist);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => portal.SendAsync(new ApproveOutgoingDocumentCommand(current.Id, current.Version), asUser: DemoUsers.Leader));
        Assert.Equal(OutgoingStatus.Submitted, (await portal.OutgoingAsync(draft.Id)).Status);
    }

    [Fact]
    public async Task Returning_needs_a_reason()
    {
        var draft = await portal.DraftAsync(await ADraftAsync());
        await portal.SendAsync(new SubmitOutgoingDocumentCommand(draft.Id, draft.Version), asUser: DemoUsers.Specialist);
        var submitted = await portal.OutgoingAsync(draft.Id);

        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new ReturnOutgoingDocumentCommand(submitted.Id, submitted.Version, "  "), asUser: DemoUsers.Leader));

        Assert.Equal(["Hãy ghi lý do trả lại."], refused.Errors["Reason"]);
        Assert.Equal(OutgoingStatus.Submitted, (await portal.OutgoingAsync(draft.Id)).Status);
    }

    [Fact]
    public async Task Only_a_submitted_draft_is_approved_and_only_an_approved_one_issued()
    {
        var draft = await portal.DraftAsync(await ADraftAsync());
        var lastNumber = await portal.LastNumberAsync(RegisterKind.Outgoing, portal.Today().Year);

        var notSubmitted = await Assert.ThrowsAsync<DomainRuleException>(() =>
            portal.SendAsync(new ApproveOutgoingDocumentCommand(draft.Id, draft.Version), asUser: DemoUsers.Leader));
        var notApproved = await Assert.ThrowsAsync<DomainRuleException>(() =>
            portal.SendAsync(new IssueOutgoingDocumentCommand(draft.Id, draft.Version), asUser: DemoUsers.Clerk));

        Assert.Equal("Chỉ văn bản đang trình ký mới duyệt được.", notSubmitted.Message);
        Assert.Equal("Chỉ văn bản đã được lãnh đạo duyệt mới được cấp số, phát hành.", notApproved.Message);
        Assert.Equal(OutgoingStatus.Draft, (await portal.OutgoingAsync(draft.Id)).Status);
        Assert.Equal(lastNumber, await portal.LastNumberAsync(RegisterKind.Outgoing, portal.Today().Year));
    }

    [Fact]
    public async Task Submission_without_a_named_signer_goes_to_every_leader()
    {
        var draft = await portal.DraftAsync(await ADraftAsync());

        await portal.SendAsync(new SubmitOutgoingDocumentCommand(draft.Id, draft.Version), asUser: DemoUsers.Specialist);

        Assert.Equal("Dự thảo trình ký", Assert.Single(await portal.NotificationsAsync(DemoUsers.Leader, OutgoingLinks.Of(draft.Id))).Title);
        Assert.Empty(await portal.NotificationsAsync(DemoUsers.Specialist, OutgoingLinks.Of(draft.Id)));
    }

    [Fact]
    public async Task Edited_lines_and_sections_are_stored_in_their_new_order()
    {
        var tt = await portal.UnitIdAsync("TTRA");
        var draft = await portal.DraftAsync((await ADraftAsync())
            .CopiedTo(new RecipientDraft("UBND tỉnh", await portal.UnitIdAsync("UBNDT"), Purpose: DistributionPurpose.Report))
            .CopiedTo(new RecipientDraft("Công an tỉnh", await portal.UnitIdAsync("CAT"), Purpose: DistributionPurpose.Coordinate))
            .With(c => c with { Sections = [new SectionDraft("Một", "Nội dung một."), new SectionDraft("Hai", "Nội dung hai."), new SectionDraft("Ba", "Nội dung ba.")] }));

        await portal.SendAsync(EditOf(draft) with
        {
            Distribution =
            [
                new RecipientDraft("", Purpose: DistributionPurpose.AsAbove),
                new RecipientDraft("Thanh tra Sở", tt),
                new RecipientDraft("VT, BCVTCNTT", Purpose: DistributionPurpose.Archive),
            ],
            Sections = [new SectionDraft("Ba", "Nội dung ba."), new SectionDraft(null, "Nội dung một, viết lại.")],
        }, asUser: DemoUsers.Specialist);

        var edited = await portal.OutgoingAsync(draft.Id);
        Assert.Equal(["Như trên", "Thanh tra Sở", "Lưu: VT, BCVTCNTT"], edited.Distribution.Select(l => l.DistributionText));
        Assert.Equal([1, 2, 3], edited.Distribution.Select(l => l.Position));
        Assert.Equal(tt, edited.Distribution[1].UnitId);
        Assert.Equal([(1, "Ba", "Nội dung ba."), (2, (string?)null, "Nội dung một, viết lại.")], edited.Sections.Select(s => (s.Number, s.Heading, s.Body)));
    }

    [Fact]
    public async Task Lines_and_sections_added_in_an_edit_are_saved()
    {
        var draft = await portal.DraftAsync(await ADraftAsync());
        var edit = EditOf(draft);

        await portal.SendAsync(edit with
        {
            Addressees = [.. edit.Addressees, new RecipientDraft("Trung tâm Văn hóa, Thông tin và Thể thao huyện, thị xã, thành phố")],
            Sections = [.. edit.Sections, new SectionDraft("Thanh tra Sở", "Phối hợp với Công an tỉnh xử lý nghiêm các vi phạm.")],
            Distribution = [edit.Distribution[0], new RecipientDraft("Thanh tra Sở"), edit.Distribution[^1]],
        }, asUser: DemoUsers.Specialist);

        var edited = await portal.OutgoingAsync(draft.Id);
        Assert.Equal(2, edited.Addressees.Count);
        Assert.Equal(["Như trên", "Thanh tra Sở", "Lưu: VT, BCVTCNTT"], edited.Distribution.Select(l => l.DistributionText));
        Assert.Equal([1, 2], edited.Sections.Select(s => s.Number));
        Assert.Equal("Thanh tra Sở", edited.Sections[1].Heading);
    }

    [Fact]
    public async Task Draft_citing_an_incoming_document_is_linked_both_ways()
    {
        var police = await portal.IncomingIdAsync(DocumentFixtureExtensions.PoliceDispatch);

        var draft = await portal.DraftAsync((await ADraftAsync()).Citing(police));

        var cited = Assert.Single(draft.Cited);
        Assert.Equal(DocumentFixtureExtensions.PoliceDispatch, cited.NumberSymbol);
        Assert.Equal("Công an tỉnh Trà Vinh", cited.IssuingAgency);
        var incoming = await portal.SendAsync(new GetIncomingDocumentQuery(police), asUser: DemoUsers.Specialist);
        var link = Assert.Single(incoming.OutgoingBasedOnIt, l => l.Id == draft.Id);
        Assert.Equal("…/STTTT-BCVTCNTT", link.NumberAndSymbol);
        Assert.Equal(OutgoingStatus.Draft, link.Status);
    }

    [Fact]
    public async Task Draft_fields_are_validated_by_name()
    {
        var specialist = await portal.UserIdAsync(DemoUsers.Specialist);
        var vnpt = await portal.UnitIdAsync("VNPTTV");
        var dnvt = await portal.GroupIdAsync("DNVT");

        var refused = await Assert.ThrowsAsync<InputValidationException>(async () => await portal.SendAsync((await ADraftAsync()).With(c => c with
        {
            DraftingUnitId = vnpt,
            Summary = "",
            SignerUserId = specialist,
            CitedIncomingIds = [Guid.NewGuid()],
            Sections = [new SectionDraft("Mục trống", " ")],
        }).Build(), asUser: DemoUsers.Specialist));

        Assert.Equal(["Đơn vị soạn thảo phải là một phòng, ban đang hoạt động của Sở."], refused.Errors["DraftingUnitId"]);
        Assert.Equal(["Hãy nhập trích yếu nội dung."], refused.Errors["Summary"]);
        Assert.Equal(["Người ký phải là lãnh đạo Sở."], refused.Errors["SignerUserId"]);
        Assert.Equal(["Văn bản đến được trích dẫn không tồn tại."], refused.Errors["CitedIncomingIds"]);
        Assert.Contains(refused.Errors.Keys, k => k.StartsWith("Sections[0]", StringComparison.Ordinal));

        var bothUnitAndGroup = await Assert.ThrowsAsync<InputValidationException>(async () => await portal.SendAsync(
            (await ADraftAsync()).AddressedTo(new RecipientDraft("VNPT", vnpt, dnvt)).Build(), asUser: DemoUsers.Specialist));
        Assert.Contains(bothUnitAndGroup.Errors, e => e.Key.StartsWith("Addressees[0]", StringComparison.Ordinal)
            && e.Value.Contains("Một dòng chỉ chọn một đơn vị hoặc một nhóm."));
    }

    [Fact]
    public async Task Unknown_document_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetOutgoingDocumentQuery(Guid.NewGuid()), asUser: DemoUsers.Leader));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new SubmitOutgoingDocumentCommand(Guid.NewGuid(), Guid.NewGuid()), asUser: DemoUsers.Specialist));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new IssueOutgoingDocumentCommand(Guid.NewGuid(), Guid.NewGuid()), asUser: DemoUsers.Clerk));
    }
}
