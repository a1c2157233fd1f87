using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SoTTTT.Portal.Infrastructure.Pdf;
using SoTTTT.Portal.Infrastructure.Pdf.PdfLayout;

namespace SoTTTT.Portal.IntegrationTests.Pdf;

/// <summary>The layout engine's own advance widths against PDFsharp's <c>MeasureString</c>, in every face.</summary>
public sealed class GlyphAdvancesTests
{
    private static readonly string[] Texts =
    [
        "Trà Vinh, ngày 19 tháng 4 năm 2022",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Chưa hoàn thành – quá hạn",
        "Sở Thông tin và Truyền thông tỉnh Trà Vinh; Ủy ban nhân dân huyện Cầu Ngang",
        "ẮẰẲẴẶắằẳẵặẤẦẨẪẬấầẩẫậỂỄỆểễệỐỒỔỖỘốồổỗộỚỜỞỠỢớờởỡợỨỪỬỮỰứừửữựỲỴỶỸỳỵỷỹđĐ",
        "AVATAR To Ty WAVE fi fl ffi “Tổng cộng” 1.250.000 12,5% §3 … №",
        "Số:      /STTTT",
        " ",
        "",
    ];

    public static TheoryData<bool, bool, double> Faces() => new()
    {
        { false, false, 10 }, { true, false, 12 }, { false, true, 13 }, { true, true, 14 }, { false, false, 11.5 },
    };

    [Theory]
    [MemberData(nameof(Faces))]
    public void Vietnamese_text_is_as_wide_as_PDFsharp_measures_it(bool bold, bool italic, double size)
    {
        PortalPdfFonts.EnsureRegistered();
        using var measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
        var style = (bold ? XFontStyleEx.Bold : 0) | (italic ? XFontStyleEx.Italic : 0);
        var font = new XFont(PortalFontResolver.TimesNewRoman, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var face = GlyphAdvances.For(bold, italic);

        foreach (var text in Texts.Select(t => t.Normalize(NormalizationForm.FormC)))
        {
            var expected = measure.MeasureString(text, font).Width;
            var actual = face.Width(text, size);
            Assert.NotNull(actual);
            Assert.True(Math.Abs(expected - actual.Value) < 0.01, $"'{text}': {actual} pt, PDFsharp {expected} pt");
        }
    }

    [Fact]
    public void A_pair_is_as_wide_as_its_two_letters_so_nothing_is_kerned()
    {
        PortalPdfFonts.EnsureRegistered();
        using var measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
        var font = new XFont(PortalFontResolver.TimesNewRoman, 12, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

        foreach (var pair in new[] { "AV", "To", "Ty", "Wa", "LT", "Yo" })
        {
            var apart = measure.MeasureString(pair[..1], font).Width + measure.MeasureString(pair[1..], font).Width;
            Assert.Equal(apart, measure.MeasureString(pair, font).Width, 9);
        }
    }

    [Fact]
    public void Text_beyond_the_basic_plane_is_left_to_PDFsharp()
    {
        Assert.Null(GlyphAdvances.For(false, false).Width("chữ 𝔸", 12));
    }
}
