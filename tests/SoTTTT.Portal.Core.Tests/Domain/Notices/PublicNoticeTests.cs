using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Notices;

namespace SoTTTT.Portal.Core.Tests.Domain.Notices;

public sealed class PublicNoticeTests
{
    private static readonly DateTime Published = new(2026, 4, 20, 2, 0, 0, DateTimeKind.Utc);

    private static PublicNotice ANotice() =>
        PublicNotice.Publish(Guid.CreateVersion7(), "  Cảnh giác\r\nlừa đảo ", " Tóm tắt ", "Đoạn một\r\nĐoạn hai\r\n", "vanthu-id", Published);

    [Fact]
    public void A_new_notice_is_published_with_its_text_cleaned()
    {
        var notice = ANotice();

        Assert.True(notice.IsPublished);
        Assert.Equal("Cảnh giác lừa đảo", notice.Title);
        Assert.Equal("Tóm tắt", notice.Summary);
        Assert.Equal("Đoạn một\nĐoạn hai", notice.Body);
        Assert.Equal(Published, notice.PublishedAtUtc);
    }

    [Fact]
    public void A_withdrawn_notice_records_who_withdrew_it_and_cannot_be_withdrawn_again()
    {
        var notice = ANotice();

        notice.Unpublish("vanthu-id", Published.AddDays(1));

        Assert.False(notice.IsPublished);
        Assert.Equal("vanthu-id", notice.UnpublishedById);
        var refused = Assert.Throws<DomainRuleException>(() => notice.Unpublish("vanthu-id", Published.AddDays(2)));
        Assert.Equal("Thông báo này đã được gỡ xuống.", refused.Message);
    }

    [Fact]
    public void Republishing_keeps_the_first_publication_date_and_is_refused_while_published()
    {
        var notice = ANotice();
        Assert.Throws<DomainRuleException>(() => notice.Republish(Published.AddDays(1)));

        notice.Unpublish("vanthu-id", Published.AddDays(1));
        notice.Republish(Published.AddDays(2));

        Assert.True(notice.IsPublished);
        Assert.Null(notice.UnpublishedById);
        Assert.Equal(Published, notice.PublishedAtUtc);
        Assert.Equal(Published.AddDays(2), notice.UpdatedAtUtc);
    }

    [Theory]
    [InlineData(" ", "Tóm tắt", "Nội dung", "Title")]
    [InlineData("Tiêu đề", "", "Nội dung", "Summary")]
    [InlineData("Tiêu đề", "Tóm tắt", "\n", "Body")]
    public void An_edit_without_a_title_summary_or_text_is_refused_and_changes_nothing(string title, string summary, string body, string field)
    {
        var notice = ANotice();

        var refused = Assert.Throws<DomainRuleException>(() => notice.Edit(title, summary, body, Published.AddDays(1)));

        Assert.Equal(field, refused.Field);
        Assert.Equal("Cảnh giác lừa đảo", notice.Title);
        Assert.Null(notice.UpdatedAtUtc);
    }
}
