using Bunit;
using MudBlazor;
using SoTTTT.Portal.Web.Components.Shared;

namespace SoTTTT.Portal.Web.Tests.Shared;

public sealed class LabelChipTests : PortalComponentContext
{
    [Theory]
    [InlineData(Color.Success, Variant.Filled, Size.Small)]
    [InlineData(Color.Warning, Variant.Outlined, Size.Small)]
    [InlineData(Color.Error, Variant.Text, Size.Medium)]
    [InlineData(Color.Default, Variant.Outlined, Size.Large)]
    public void A_label_chip_wears_the_classes_MudBlazor_gives_its_chip(Color color, Variant variant, Size size)
    {
        var mud = Render<MudChip<string>>(p => p.Add(c => c.Color, color).Add(c => c.Variant, variant).Add(c => c.Size, size).AddChildContent("Đúng hạn"));
        var label = Render<LabelChip>(p => p.Add(c => c.Color, color).Add(c => c.Variant, variant).Add(c => c.Size, size).AddChildContent("Đúng hạn"));

        var expected = mud.Find(".mud-chip").ClassList.Order(StringComparer.Ordinal);
        Assert.Equal(expected, label.Find(".mud-chip").ClassList.Order(StringComparer.Ordinal));
        Assert.Equal("Đúng hạn", label.Find(".mud-chip > .mud-chip-content").TextContent);
    }

    [Fact]
    public void A_label_chip_keeps_its_extra_class_and_attributes_and_has_nothing_to_click()
    {
        var label = Render<LabelChip>(p => p
            .Add(c => c.Color, Color.Info)
            .Add(c => c.Class, "ma-0")
            .AddUnmatched("data-testid", "report-status")
            .AddChildContent("Chờ xem xét"));

        var chip = label.Find("[data-testid=report-status]");
        Assert.Contains("ma-0", chip.ClassList);
        Assert.Contains("mud-chip-color-info", chip.ClassList);
        Assert.Contains("mud-chip-size-medium", chip.ClassList);
        Assert.Null(chip.GetAttribute("id"));
        Assert.Empty(label.FindAll("[blazor\\:onkeydown], [tabindex]"));
    }
}
