using SoTTTT.Portal.Core.Domain.Documents;

namespace SoTTTT.Portal.Core.Tests.Documents;

/// <summary>How each "Nơi nhận" line of the founding dispatch is printed, by its purpose.</summary>
public sealed class RecipientLineTests
{
    [Theory]
    [InlineData("", DistributionPurpose.AsAbove, "Như trên")]
    [InlineData("UBND tỉnh", DistributionPurpose.Report, "UBND tỉnh (b/c)")]
    [InlineData("Công an tỉnh", DistributionPurpose.Coordinate, "Công an tỉnh (p/h)")]
    [InlineData("Ban Giám đốc Sở", DistributionPurpose.ForInformation, "Ban Giám đốc Sở")]
    [InlineData("Ban Biên tập Sở TT&TT", DistributionPurpose.Publish, "Ban Biên tập Sở TT&TT (đăng VB)")]
    [InlineData("VT, BCVTCNTT", DistributionPurpose.Archive, "Lưu: VT, BCVTCNTT")]
    public void Distribution_text_adds_the_annotation_of_its_purpose(string text, DistributionPurpose purpose, string expected)
    {
        var line = new RecipientLine(1, text, purpose: purpose);

        Assert.Equal(expected, line.DistributionText);
    }

    [Fact]
    public void As_above_ignores_whatever_text_the_line_holds()
    {
        var line = new RecipientLine(1, "Các Doanh nghiệp Viễn thông", purpose: DistributionPurpose.AsAbove);

        Assert.Equal("Như trên", line.DistributionText);
    }

    [Fact]
    public void Drafted_lines_keep_their_order_and_are_numbered_from_one()
    {
        var document = Builders.OutgoingDraftBuilder.ACompleteDraft().Drafted();

        Assert.Equal([1, 2, 3], document.Distribution.Select(l => l.Position));
        Assert.Equal(["Như trên", "UBND tỉnh (b/c)", "Lưu: VT, BCVTCNTT"], document.Distribution.Select(l => l.DistributionText));
    }
}
