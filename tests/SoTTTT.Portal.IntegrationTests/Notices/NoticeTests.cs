using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Notices;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Notices;

/// <summary>Public notices: the clerk publishes from an issued document; anyone reads what is published, nothing else.</summary>
public sealed class NoticeTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static int _sequence;

    private static PublishNoticeCommand ANotice(Guid documentId, string? title = null) => new(
        documentId,
        title ?? $"Cảnh giác với cuộc gọi giả danh công an, lần {Interlocked.Increment(ref _sequence)}",
        "Không chuyển tiền cho người lạ gọi điện tự xưng là công an.",
        "Kẻ gian gọi điện, xưng là công an.\nCông an không làm việc qua điện thoại.");

    private async Task<Guid> PublishAsync(string? title = null) =>
        await portal.SendAsync(ANotice(await portal.AntiFraudDispatchIdAsync(), title), DemoUsers.Clerk);

    private Task<int> CountNoticesAsync() => portal.ExecuteDbContextAsync(db => db.PublicNotices.CountAsync());

    private async Task<NoticeListItem> ManagedAsync(Guid id)
    {
        var page = await portal.SendAsync(new ListNoticesQuery(1, 200), DemoUsers.Clerk);
        return Assert.Single(page.Items, n => n.Id == id);
    }

    [Fact]
    public async Task An_anonymous_visitor_reads_a_notice_the_clerk_published_without_its_internal_parts()
    {
        var id = await PublishAsync("Cảnh giác với tin nhắn giả mạo ngân hàng");

        var list = await portal.SendAsync(new ListPublishedNoticesQuery(1, 200), DemoUsers.Anonymous);
        var notice = await portal.SendAsync(new GetPublishedNoticeQuery(id), DemoUsers.Anonymous);

        Assert.Contains(list.Items, n => n.Id == id && n.Title == "Cảnh giác với tin nhắn giả mạo ngân hàng");
        Assert.Equal(["Kẻ gian gọi điện, xưng là công an.", "Công an không làm việc qua điện thoại."], notice.Paragraphs);
        Assert.DoesNotContain(typeof(PublishedNoticeView).GetProperties(), p => p.Name.Contains("ById", StringComparison.Ordinal) || p.Name.Contains("Document", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_withdrawn_notice_leaves_the_public_list_and_is_not_found_until_it_is_published_again()
    {
        var id = await PublishAsync();

        await portal.SendAsync(new UnpublishNoticeCommand(id, (await ManagedAsync(id)).Version), DemoUsers.Clerk);
        var list = await portal.SendAsync(new ListPublishedNoticesQuery(1, 200), DemoUsers.Anonymous);
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetPublishedNoticeQuery(id), DemoUsers.Anonymous));
        Assert.DoesNotContain(list.Items, n => n.Id == id);
        Assert.False((await ManagedAsync(id)).IsPublished);

        await portal.SendAsync(new RepublishNoticeCommand(id, (await ManagedAsync(id)).Version), DemoUsers.Clerk);
        Assert.Equal(id, (await portal.SendAsync(new GetPublishedNoticeQuery(id), DemoUsers.Anonymous)).Id);
    }

    [Fact]
    public async Task The_public_list_shows_the_newest_notice_first()
    {
        var older = await PublishAsync();
        var newer = await PublishAsync();

        var list = await portal.SendAsync(new ListPublishedNoticesQuery(1, 200), DemoUsers.Anonymous);

        var ids = list.Items.Select(n => n.Id).ToList();
        Assert.True(ids.IndexOf(newer) < ids.IndexOf(older));
    }

    [Theory]
    [InlineData(DemoUsers.Leader)]
    [InlineData(DemoUsers.Specialist)]
    [InlineData(DemoUsers.Inspector)]
    [InlineData(DemoUsers.Administrator)]
    [InlineData(DemoUsers.VnptReporter)]
    [InlineData(DemoUsers.Anonymous)]
    public async Task Only_the_clerk_may_publish_a_notice(string? user)
    {
        var before = await CountNoticesAsync();

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await portal.SendAsync(ANotice(await portal.AntiFraudDispatchIdAsync()), user));

        Assert.Equal(before, await CountNoticesAsync());
    }

    [Fact]
    public async Task A_notice_cannot_be_published_from_a_document_that_is_not_issued_and_nothing_is_written()
    {
        var draftId = (await portal.OutgoingIdsInStatusAsync(OutgoingStatus.Draft)).First();
        var before = await CountNoticesAsync();

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => portal.SendAsync(ANotice(draftId), DemoUsers.Clerk));
        await Assert.ThrowsAsync<DomainRuleException>(() => portal.SendAsync(new GetNoticeDraftQuery(draftId), DemoUsers.Clerk));

        Assert.Equal("DocumentId", refused.Field);
        Assert.Equal(before, await CountNoticesAsync());
    }

    [Fact]
    public async Task A_notice_without_a_title_summary_or_text_is_refused_field_by_field_and_nothing_is_written()
    {
        var id = await portal.AntiFraudDispatchIdAsync();
        var before = await CountNoticesAsync();

        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new PublishNoticeCommand(id, " ", "", new string('a', 20_001)), DemoUsers.Clerk));

        Assert.Equal("Hãy ghi tiêu đề thông báo.", Assert.Single(refused.Errors["Title"]));
        Assert.Equal("Hãy ghi tóm tắt thông báo.", Assert.Single(refused.Errors["Summary"]));
        Assert.Equal("Nội dung dài tối đa 20000 ký tự.", Assert.Single(refused.Errors["Body"]));
        Assert.Equal(before, await CountNoticesAsync());
    }

    [Fact]
    public async Task The_draft_of_a_notice_takes_the_title_from_the_summary_without_V_v_and_the_text_from_the_document()
    {
        var id = await portal.AntiFraudDispatchIdAsync();
        var document = await portal.OutgoingAsync(id, DemoUsers.Clerk);

        var draft = await portal.SendAsync(new GetNoticeDraftQuery(id), DemoUsers.Clerk);

        Assert.StartsWith("V/v ", document.Summary, StringComparison.Ordinal);
        Assert.Equal(char.ToUpperInvariant(document.Summary[4]) + document.Summary[5..], draft.Title);
        Assert.Equal("", draft.Summary);
        Assert.StartsWith(document.Preamble!.Split('\n')[0].Trim(), draft.Body, StringComparison.Ordinal);
        Assert.All(document.Sections, s => Assert.Contains(s.Body.Split('\n')[0].Trim(), draft.Body, StringComparison.Ordinal));
        Assert.Equal(document.NumberAndSymbol, draft.NumberAndSymbol);
    }

    [Fact]
    public async Task The_clerk_corrects_a_notice_and_a_second_save_from_the_same_version_is_refused()
    {
        var id = await PublishAsync();
        var loaded = await ManagedAsync(id);

        await portal.SendAsync(new UpdateNoticeCommand(id, loaded.Version, "Tiêu đề đã sửa", "Tóm tắt đã sửa", "Đoạn một\r\nĐoạn hai"), DemoUsers.Clerk);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            portal.SendAsync(new UpdateNoticeCommand(id, loaded.Version, "Sửa lần nữa", "Tóm tắt", "Nội dung"), DemoUsers.Clerk));

        var notice = await portal.SendAsync(new GetPublishedNoticeQuery(id), DemoUsers.Anonymous);
        Assert.Equal("Tiêu đề đã sửa", notice.Title);
        Assert.Equal(["Đoạn một", "Đoạn hai"], notice.Paragraphs);
        Assert.NotNull(notice.UpdatedAtUtc);
    }

    [Fact]
    public async Task Withdrawing_a_notice_twice_is_refused()
    {
        var id = await PublishAsync();
        await portal.SendAsync(new UnpublishNoticeCommand(id, (await ManagedAsync(id)).Version), DemoUsers.Clerk);

        var version = (await ManagedAsync(id)).Version;

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => portal.SendAsync(new UnpublishNoticeCommand(id, version), DemoUsers.Clerk));

        Assert.Equal("Thông báo này đã được gỡ xuống.", refused.Message);
    }
}
