using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Documents;
using static SoTTTT.Portal.Core.Tests.Builders.OutgoingDraftBuilder;

namespace SoTTTT.Portal.Core.Tests.Documents;

/// <summary>DESIGN §3: search ignores diacritics ("lua dao" finds "lừa đảo", "d" finds "đ").</summary>
public sealed class DocumentSearchTextTests
{
    private static IncomingDocument PoliceDispatch() => IncomingDocument.Register(6, new IncomingDocumentDetails(
        new DateOnly(2022, 4, 19), "716/CAT-PC02", DocumentType.CongVan, null, "Công an tỉnh Trà Vinh", new DateOnly(2022, 4, 18),
        "V/v thông báo thủ đoạn đối tượng sử dụng mạng viễn thông, mạng xã hội để lừa đảo chiếm đoạt tài sản"));

    [Theory]
    [InlineData("lua dao")]
    [InlineData("Lừa Đảo")]
    [InlineData("LUA DAO")]
    [InlineData("thu doan")]
    [InlineData("716/cat")]
    [InlineData("716/CAT-PC02")]
    [InlineData("cong an")]
    [InlineData("Công  an   tỉnh")]
    [InlineData("tra vinh")]
    public void Incoming_search_text_holds_symbol_agency_and_summary_folded(string search)
    {
        var document = PoliceDispatch();

        Assert.Contains(VietnameseText.Fold(search), document.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void Incoming_search_text_has_no_diacritics_and_no_capitals()
    {
        var document = PoliceDispatch();

        Assert.Equal(VietnameseText.Fold(document.SearchText), document.SearchText);
        Assert.DoesNotContain('đ', document.SearchText);
        Assert.DoesNotContain("Đ", document.SearchText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lua dao")]
    [InlineData("chiem doat tai san")]
    [InlineData("canh giac")]
    [InlineData("stttt-bcvtcntt")]
    public void Outgoing_search_text_holds_symbol_and_summary_folded(string search)
    {
        var document = ACompleteDraft().Drafted();

        Assert.Contains(search, document.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void Edited_summary_replaces_the_old_search_text()
    {
        var document = ACompleteDraft().Drafted();

        document.Edit(ACompleteDraft().WithSummary("V/v đôn đốc báo cáo số liệu thuê bao"));

        Assert.Contains("don doc bao cao", document.SearchText, StringComparison.Ordinal);
        Assert.DoesNotContain("lua dao", document.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void D_finds_d_with_stroke()
    {
        Assert.Equal(VietnameseText.Fold("dao"), VietnameseText.Fold("đảo"));
        Assert.Equal(VietnameseText.Fold("dao"), VietnameseText.Fold("ĐẢO"));
    }
}
