using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Notifications;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.OutgoingDraftCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Documents;

/// <summary>Issue 3: once a document is issued, the recipients' users are told; each reads and clears only their own inbox.</summary>
public sealed class DocumentNotificationTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string NewDocumentTitle = "Văn bản mới gửi đơn vị";

    /// <summary>A dispatch like the founding one: to the telecoms and the culture centres, copied to Công an tỉnh.</summary>
    private async Task<(OutgoingDocumentView Document, IssuedOutgoing Issued)> IssueToTheTelecomsAndCentresAsync() =>
        await portal.IssuedAsync(ADraftOf(await portal.UnitIdAsync("BCVTCNTT"))
            .AddressedTo(
                new RecipientDraft("Các Doanh nghiệp Viễn thông trên địa bàn tỉnh", GroupId: await portal.GroupIdAsync("DNVT")),
                new RecipientDraft("Trung tâm Văn hóa, Thông tin và Thể thao huyện, thị xã, thành phố", GroupId: await portal.GroupIdAsync("TTVHTT")))
            .CopiedTo(new RecipientDraft("Công an tỉnh", await portal.UnitIdAsync("CAT"), Purpose: DistributionPurpose.Coordinate)));

    private async Task<(OutgoingDocumentView Document, IssuedOutgoing Issued)> IssueToVnptAsync() =>
        await portal.IssuedAsync(ADraftOf(await portal.UnitIdAsync("BCVTCNTT")).AddressedTo(new RecipientDraft("VNPT Trà Vinh", await portal.UnitIdAsync("VNPTTV"))));

    [Theory]
    [InlineData(DemoUsers.VnptReporter)]
    [InlineData(DocumentDemoUsers.ViettelReporter)]
    [InlineData(DocumentDemoUsers.CauKeCentreReporter)]
    [InlineData("ttvh.tptv")]
    public async Task Issuing_tells_the_users_of_every_recipient_unit(string reporter)
    {
        var (document, issued) = await IssueToTheTelecomsAndCentresAsync();

        var told = Assert.Single(await portal.NotificationsAsync(reporter, OutgoingLinks.Of(document.Id)));
        Assert.Equal(NewDocumentTitle, told.Title);
        Assert.Contains(issued.NumberAndSymbol, told.Message, StringComparison.Ordinal);
        Assert.Contains(document.Summary, told.Message, StringComparison.Ordinal);
        Assert.Null(told.ReadAtUtc);
    }

    [Theory]
    [InlineData(DocumentDemoUsers.PoliceReporter)]
    [InlineData(DocumentDemoUsers.CityCultureOfficeReporter)]
    [InlineData(DemoUsers.Clerk)]
    public async Task Issuing_tells_nobody_outside_the_recipient_units(string user)
    {
        var (document, _) = await IssueToTheTelecomsAndCentresAsync();

        Assert.DoesNotContain(await portal.NotificationsAsync(user, OutgoingLinks.Of(document.Id)), n => n.Title == NewDocumentTitle);
    }

    [Fact]
    public async Task Author_is_told_that_the_draft_was_issued()
    {
        var (document, issued) = await IssueToVnptAsync();

        var told = await portal.NotificationsAsync(DemoUsers.Specialist, OutgoingLinks.Of(document.Id));
        Assert.Contains(told, n => n.Title == "Dự thảo đã được duyệt");
        Assert.Contains(told, n => n.Title == "Văn bản đã phát hành" && n.Message.Contains(issued.NumberAndSymbol, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unread_count_goes_up_with_each_document_and_down_as_they_are_read()
    {
        var start = await portal.SendAsync(new CountMyUnreadNotificationsQuery(), asUser: DemoUsers.VnptReporter);

        var (first, _) = await IssueToVnptAsync();
        Assert.Equal(start + 1, await portal.SendAsync(new CountMyUnreadNotificationsQuery(), asUser: DemoUsers.VnptReporter));

        var inbox = await portal.SendAsync(new ListMyNotificationsQuery(UnreadOnly: true), asUser: DemoUsers.VnptReporter);
        var newest = inbox.Items[0];
        Assert.Equal(OutgoingLinks.Of(first.Id), newest.Link);
        Assert.False(newest.IsRead);

        await portal.SendAsync(new MarkNotificationsReadCommand(newest.Id), asUser: DemoUsers.VnptReporter);
        Assert.Equal(start, await portal.SendAsync(new CountMyUnreadNotificationsQuery(), asUser: DemoUsers.VnptReporter));
        var all = await portal.SendAsync(new ListMyNotificationsQuery(), asUser: DemoUsers.VnptReporter);
        Assert.True(Assert.Single(all.Items, n => n.Id == newest.Id).IsRead);

        await IssueToVnptAsync();
        await IssueToVnptAsync();
        Assert.Equal(start + 2, await portal.SendAsync(new CountMyUnreadNotificationsQuery(), asUser: DemoUsers.VnptReporter));

        await portal.SendAsync(new MarkNotificationsReadCommand(null), asUser: DemoUsers.VnptReporter);
        Assert.Equal(0, await portal.SendAsync(new CountMyUnreadNotificationsQuery(), asUser: DemoUsers.VnptReporter));
        Assert.Empty((await portal.SendAsync(new ListMyNotificationsQuery(UnreadOnly: true), asUser: DemoUsers.VnptReporter)).Items);
    }

    [Fact]
    public async Task Inbox_holds_only_the_users_own_messages()
    {
        var (document, _) = await IssueToTheTelecomsAndCentresAsync();
        var viettelId = await portal.UserIdAsync(DocumentDemoUsers.ViettelReporter);
        var vnptMessage = Assert.Single(await portal.NotificationsAsync(DemoUsers.VnptReporter, OutgoingLinks.Of(document.Id)));
        var viettelMessage = Assert.Single(await portal.NotificationsAsync(DocumentDemoUsers.ViettelReporter, OutgoingLinks.Of(document.Id)));

        var inbox = await portal.SendAsync(new ListMyNotificationsQuery(PageSize: 200), asUser: DemoUsers.VnptReporter);

        Assert.Contains(inbox.Items, n => n.Id == vnptMessage.Id);
        Assert.DoesNotContain(inbox.Items, n => n.Id == viettelMessage.Id);
        Assert.Equal(viettelId, viettelMessage.UserId);
    }

    [Fact]
    public async Task Marking_someone_elses_message_is_not_found_and_leaves_it_unread()
    {
        var (document, _) = await IssueToTheTelecomsAndCentresAsync();
        var viettelMessage = Assert.Single(await portal.NotificationsAsync(DocumentDemoUsers.ViettelReporter, OutgoingLinks.Of(document.Id)));

        var theirs = await Assert.ThrowsAsync<NotFoundException>(() =>
            portal.SendAsync(new MarkNotificationsReadCommand(viettelMessage.Id), asUser: DemoUsers.VnptReporter));
        var madeUp = await Assert.ThrowsAsync<NotFoundException>(() =>
            portal.SendAsync(new MarkNotificationsReadCommand(Guid.NewGuid()), asUser: DemoUsers.VnptReporter));

        Assert.Equal(madeUp.Message, theirs.Message);
        Assert.Null(Assert.Single(await portal.NotificationsAsync(DocumentDemoUsers.ViettelReporter, OutgoingLinks.Of(document.Id))).ReadAtUtc);
    }

    [Fact]
    public async Task Anonymous_visitor_has_no_inbox()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new CountMyUnreadNotificationsQuery(), asUser: DemoUsers.Anonymous));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ListMyNotificationsQuery(), asUser: DemoUsers.Anonymous));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new MarkNotificationsReadCommand(null), asUser: DemoUsers.Anonymous));
    }
}
