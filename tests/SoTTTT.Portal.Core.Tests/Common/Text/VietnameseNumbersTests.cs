using System.Globalization;
using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Core.Tests.Common.Text;

/// <summary>Printed figures read the Vietnamese way whatever the server's culture.</summary>
public sealed class VietnameseNumbersTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("vi-VN")]
    [InlineData("")]
    public void Numbers_group_thousands_with_dots_and_decimals_after_a_comma_in_any_culture(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            Assert.Equal("1.250.000", VietnameseNumbers.Format(1_250_000m));
            Assert.Equal("1.234,5", VietnameseNumbers.Format(1234.50m));
            Assert.Equal("12", VietnameseNumbers.Format(12));
            Assert.Equal("6,3%", VietnameseNumbers.Percent(1, 16));
            Assert.Equal("0,0%", VietnameseNumbers.Percent(0, 0));
            Assert.Equal("05/02/2023", VietnameseNumbers.Date(new DateOnly(2023, 2, 5)));
            Assert.Equal("—", VietnameseNumbers.Date(null));
            Assert.Equal("14:05 ngày 29/11/2026", VietnameseNumbers.Time(new DateTime(2026, 11, 29, 14, 5, 0)));
            Assert.Equal("29/11/2026 14:05", VietnameseNumbers.DateAndTime(new DateTime(2026, 11, 29, 14, 5, 0)));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void File_names_lose_their_diacritics_and_slashes()
    {
        Assert.Equal("123-STTTT-BCVTCNTT", FileNames.Safe("123/STTTT-BCVTCNTT"));
        Assert.Equal("Vien-thong-Tra-Vinh-VNPT-Tra-Vinh", FileNames.Safe("Viễn thông Trà Vinh (VNPT Trà Vinh)"));
        Assert.Equal("Dong-Thap", FileNames.Safe("Đồng Tháp"));
        Assert.Equal("tep", FileNames.Safe("///"));
    }
}
