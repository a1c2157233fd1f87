using SoTTTT.Portal.Core.Domain.Documents;
using static SoTTTT.Portal.Core.Tests.Builders.OutgoingDraftBuilder;

namespace SoTTTT.Portal.Core.Tests.Documents;

/// <summary>DESIGN §3: the format checker lists what Decree 30 requires and the draft lacks.</summary>
public sealed class OutgoingFormatCheckTests
{
    [Fact]
    public void Complete_draft_has_no_format_issues()
    {
        var document = ACompleteDraft().Drafted();

        Assert.Empty(document.CheckFormat());
    }

    [Fact]
    public void Cong_van_without_v_v_is_reported_on_the_summary()
    {
        var document = ACompleteDraft().WithSummary("Thông báo cảnh giác với tình trạng lừa đảo").Drafted();

        var issue = Assert.Single(document.CheckFormat());
        Assert.Equal(nameof(OutgoingDocument.Summary), issue.Field);
        Assert.Equal("Trích yếu của công văn phải bắt đầu bằng “V/v”.", issue.Message);
    }

    [Fact]
    public void Plan_needs_no_v_v_and_no_kinh_gui()
    {
        var document = ACompleteDraft().OfType(DocumentType.KeHoach)
            .With(d => d with { Summary = "Kế hoạch kiểm tra việc chấp hành quy định về quản lý thuê bao di động năm 2022", Addressees = [] })
            .Drafted();

        Assert.Empty(document.CheckFormat());
    }

    [Fact]
    public void Missing_summary_is_reported()
    {
        var document = ACompleteDraft().WithSummary("   ").Drafted();

        var issue = Assert.Single(document.CheckFormat());
        Assert.Equal(nameof(OutgoingDocument.Summary), issue.Field);
        Assert.Equal("Chưa có trích yếu nội dung.", issue.Message);
    }

    [Fact]
    public void Cong_van_without_kinh_gui_is_reported()
    {
        var document = ACompleteDraft().With(d => d with { Addressees = [] }).Drafted();

        var issue = Assert.Single(document.CheckFormat());
        Assert.Equal(nameof(OutgoingDocument.Addressees), issue.Field);
        Assert.Equal("Công văn chưa có nơi nhận ở mục “Kính gửi”.", issue.Message);
    }

    [Fact]
    public void Draft_without_preamble_or_sections_has_no_content()
    {
        var document = ACompleteDraft().With(d => d with { Preamble = " ", Sections = [] }).Drafted();

        var issue = Assert.Single(document.CheckFormat());
        Assert.Equal(nameof(OutgoingDocument.Sections), issue.Field);
        Assert.Equal("Văn bản chưa có nội dung.", issue.Message);
    }

    [Fact]
    public void Preamble_alone_is_content_enough()
    {
        var document = ACompleteDraft().With(d => d with { Sections = [] }).Drafted();

        Assert.Empty(document.CheckFormat());
    }

    [Fact]
    public void Missing_place_is_reported()
    {
        var document = ACompleteDraft().With(d => d with { Place = "" }).Drafted();

        var issue = Assert.Single(document.CheckFormat());
        Assert.Equal(nameof(OutgoingDocument.Place), issue.Field);
    }

    [Fact]
    public void Draft_without_noi_nhan_is_reported()
    {
        var document = ACompleteDraft().With(d => d with { Distribution = [] }).Drafted();

        var issue = Assert.Single(document.CheckFormat());
        Assert.Equal(nameof(OutgoingDocument.Distribution), issue.Field);
        Assert.Equal("Chưa có mục “Nơi nhận”.", issue.Message);
    }

    [Fact]
    public void Noi_nhan_without_a_luu_line_is_reported()
    {
        var document = ACompleteDraft().With(d => d with
        {
            Distribution = [new RecipientDraft("", Purpose: DistributionPurpose.AsAbove), new RecipientDraft("UBND tỉnh", Purpose: DistributionPurpose.Report)],
        }).Drafted();

        var issue = Assert.Single(document.CheckFormat());
        Assert.Equal(nameof(OutgoingDocument.Distribution), issue.Field);
        Assert.Equal("Mục “Nơi nhận” chưa có dòng “Lưu: VT, …”.", issue.Message);
    }

    [Fact]
    public void Missing_signer_is_reported()
    {
        var document = ACompleteDraft().With(d => d with { SignerName = "" }).Drafted();

        var issue = Assert.Single(document.CheckFormat());
        Assert.Equal(nameof(OutgoingDocument.SignerName), issue.Field);
        Assert.Equal("Chưa có người ký.", issue.Message);
    }

    [Fact]
    public void Missing_signer_title_is_reported()
    {
        var document = ACompleteDraft().With(d => d with { SignerTitle = " " }).Drafted();

        var issue = Assert.Single(document.CheckFormat());
        Assert.Equal(nameof(OutgoingDocument.SignerTitle), issue.Field);
        Assert.Equal("Chưa có chức vụ của người ký.", issue.Message);
    }

    [Theory]
    [InlineData(SigningAuthority.OnBehalfOf)]
    [InlineData(SigningAuthority.OnBehalfOfCollective)]
    [InlineData(SigningAuthority.ByOrderOf)]
    [InlineData(SigningAuthority.ByAuthorisationOf)]
    [InlineData(SigningAuthority.Acting)]
    public void Signing_for_the_head_without_the_heads_title_is_reported(SigningAuthority authority)
    {
        var document = ACompleteDraft().With(d => d with { Authority = authority, HeadTitle = null }).Drafted();

        var issue = Assert.Single(document.CheckFormat());
        Assert.Equal(nameof(OutgoingDocument.HeadTitle), issue.Field);
    }

    [Fact]
    public void Head_signing_in_own_name_needs_no_head_title()
    {
        var document = ACompleteDraft().With(d => d with { Authority = SigningAuthority.None, HeadTitle = null, SignerTitle = "GIÁM ĐỐC" }).Drafted();

        Assert.Empty(document.CheckFormat());
    }

    [Fact]
    public void Empty_draft_lists_every_missing_part_in_the_order_of_the_page()
    {
        var document = ACompleteDraft().With(d => d with
        {
            Summary = "", Addressees = [], Preamble = null, Sections = [], Place = "", Distribution = [],
            SignerName = "", SignerTitle = "", HeadTitle = null,
        }).Drafted();

        Assert.Equal(
            [nameof(OutgoingDocument.Summary), nameof(OutgoingDocument.Addressees), nameof(OutgoingDocument.Sections), nameof(OutgoingDocument.Place),
             nameof(OutgoingDocument.Distribution), nameof(OutgoingDocument.SignerName), nameof(OutgoingDocument.SignerTitle), nameof(OutgoingDocument.HeadTitle)],
            document.CheckFormat().Select(i => i.Field));
    }
}
