using SoTTTT.Portal.Core.Domain.Documents;
using static SoTTTT.Portal.Core.Tests.Builders.OutgoingDraftBuilder;

namespace SoTTTT.Portal.Core.Tests.Documents;

/// <summary>DESIGN §3: the symbol is "STTTT-&lt;drafting unit&gt;" for a công văn, "&lt;abbreviation&gt;-STTTT" otherwise.</summary>
public sealed class OutgoingSymbolTests
{
    [Fact]
    public void Cong_van_symbol_is_the_issuer_then_the_drafting_unit()
    {
        var symbol = OutgoingSymbol.Of(DocumentType.CongVan, "STTTT", "BCVTCNTT");

        Assert.Equal("STTTT-BCVTCNTT", symbol);
    }

    [Theory]
    [InlineData(DocumentType.KeHoach, "KH-STTTT")]
    [InlineData(DocumentType.QuyetDinh, "QĐ-STTTT")]
    [InlineData(DocumentType.ThongBao, "TB-STTTT")]
    [InlineData(DocumentType.BaoCao, "BC-STTTT")]
    [InlineData(DocumentType.ToTrinh, "TTr-STTTT")]
    [InlineData(DocumentType.GiayMoi, "GM-STTTT")]
    public void Other_kinds_open_with_their_abbreviation_and_leave_out_the_drafting_unit(DocumentType type, string expected)
    {
        var symbol = OutgoingSymbol.Of(type, "STTTT", "BCVTCNTT");

        Assert.Equal(expected, symbol);
    }

    [Fact]
    public void Numbered_symbol_reads_number_slash_symbol()
    {
        Assert.Equal("4/STTTT-BCVTCNTT", OutgoingSymbol.WithNumber(4, "STTTT-BCVTCNTT"));
        Assert.Equal("1234/KH-STTTT", OutgoingSymbol.WithNumber(1234, "KH-STTTT"));
    }

    [Fact]
    public void Unnumbered_symbol_shows_an_ellipsis_where_the_number_will_go()
    {
        Assert.Equal("…/STTTT-BCVTCNTT", OutgoingSymbol.WithNumber(null, "STTTT-BCVTCNTT"));
    }

    [Fact]
    public void Draft_shows_its_symbol_without_a_number_and_the_drafting_unit_code_in_upper_case()
    {
        var draft = ACompleteDraft().With(d => d with { DraftingUnitCode = " bcvtcntt " }).Drafted();

        Assert.Equal("STTTT-BCVTCNTT", draft.Symbol);
        Assert.Equal("…/STTTT-BCVTCNTT", draft.NumberAndSymbol);
        Assert.Null(draft.Number);
    }

    [Fact]
    public void Issued_plan_shows_its_number_and_abbreviated_symbol()
    {
        var plan = ACompleteDraft().OfType(DocumentType.KeHoach).WithSummary("Kế hoạch triển khai chuyển đổi số năm 2022").Approved();

        plan.Issue(12, new DateOnly(2022, 1, 26), "vanthu-id", new DateTime(2022, 1, 26, 3, 0, 0, DateTimeKind.Utc), []);

        Assert.Equal("12/KH-STTTT", plan.NumberAndSymbol);
    }
}
