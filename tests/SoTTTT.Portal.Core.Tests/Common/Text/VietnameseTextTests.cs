using System.Text;
using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Core.Tests.Common.Text;

public sealed class VietnameseTextTests
{
    [Fact]
    public void Fold_lowers_case_removes_marks_and_collapses_spaces()
    {
        var folded = VietnameseText.Fold("Lừa  ĐẢO");

        Assert.Equal("lua dao", folded);
    }

    [Theory]
    [InlineData("đ", "d")]
    [InlineData("Đ", "d")]
    [InlineData("Đà Nẵng", "da nang")]
    [InlineData("đường dây nóng", "duong day nong")]
    public void Fold_turns_d_with_stroke_into_d(string text, string expected)
    {
        var folded = VietnameseText.Fold(text);

        Assert.Equal(expected, folded);
    }

    [Theory]
    [InlineData("TRƯỜNG", "truong")]
    [InlineData("Ơn", "on")]
    [InlineData("Hỏa tốc", "hoa toc")]
    [InlineData("Thượng khẩn", "thuong khan")]
    [InlineData("Văn hóa, Thông tin và Thể thao", "van hoa, thong tin va the thao")]
    public void Fold_removes_tone_and_vowel_marks_but_keeps_punctuation(string text, string expected)
    {
        var folded = VietnameseText.Fold(text);

        Assert.Equal(expected, folded);
    }

    [Fact]
    public void Fold_gives_the_same_text_for_decomposed_input()
    {
        var decomposed = "Lừa đảo chiếm đoạt tài sản".Normalize(NormalizationForm.FormD);

        var folded = VietnameseText.Fold(decomposed);

        Assert.Equal("lua dao chiem doat tai san", folded);
        Assert.Equal(VietnameseText.Fold("Lừa đảo chiếm đoạt tài sản"), folded);
    }

    [Fact]
    public void Fold_trims_and_collapses_every_kind_of_white_space()
    {
        var folded = VietnameseText.Fold("  Văn\thóa \r\n Thông   tin  ");

        Assert.Equal("van hoa thong tin", folded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t ")]
    public void Fold_of_nothing_is_empty(string? text)
    {
        var folded = VietnameseText.Fold(text);

        Assert.Equal("", folded);
    }

    [Fact]
    public void Folded_search_term_is_found_in_folded_text()
    {
        var haystack = VietnameseText.Fold("Trung tâm Văn hóa, Thông tin và Thể thao huyện Cầu Kè");

        var needle = VietnameseText.Fold("VAN HOA");

        Assert.Contains(needle, haystack, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_turns_decomposed_text_into_precomposed_text()
    {
        const string precomposed = "Phó Giám đốc";
        var decomposed = precomposed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(precomposed, decomposed);

        var composed = VietnameseText.Compose(decomposed);

        Assert.Equal(precomposed, composed);
        Assert.True(composed.IsNormalized(NormalizationForm.FormC));
    }
}
