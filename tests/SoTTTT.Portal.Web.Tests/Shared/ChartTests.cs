using System.Globalization;
using Bunit;
using MudBlazor;
using SoTTTT.Portal.Web.Components.Shared.Charts;

namespace SoTTTT.Portal.Web.Tests.Shared;

public sealed class ChartTests : PortalComponentContext
{
    private static double Number(string? attribute) => double.Parse(attribute!, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(new double[] { 0 }, 5, 1)]
    [InlineData(new double[] { 3 }, 3, 1)]
    [InlineData(new double[] { 7, 2 }, 8, 2)]
    [InlineData(new double[] { 48 }, 50, 10)]
    [InlineData(new double[] { 1_234 }, 1_500, 500)]
    public void The_value_axis_ends_on_a_round_step_above_the_largest_value(double[] values, double max, double step)
    {
        var scale = ChartScale.For(values);

        Assert.Equal((max, step), (scale.Max, scale.Step));
        Assert.Equal(0, scale.Ticks().First());
        Assert.Equal(max, scale.Ticks().Last());
    }

    [Fact]
    public void A_bar_chart_draws_a_bar_per_category_and_series_in_proportion_with_its_value()
    {
        var cut = Render<BarChart>(p => p
            .Add(c => c.Categories, ["Doanh nghiệp viễn thông", "Trung tâm văn hóa huyện"])
            .Add(c => c.Series, [new BarSeries("Hoàn thành đúng hạn", Color.Success, [8, 2]), new BarSeries("Chưa hoàn thành – quá hạn", Color.Error, [4, 0])])
            .Add(c => c.Label, "Tình trạng theo loại đơn vị")
            .Add(c => c.TestId, "chart-status"));

        var bars = cut.FindAll("[data-testid=chart-status] rect");
        Assert.Equal(4, bars.Count);
        var heights = bars.Select(b => Number(b.GetAttribute("height"))).ToList();
        // In order: the first kind's two series, then the second kind's.
        Assert.Equal(heights[0] / 2, heights[1], 1);   // 4 is half of 8
        Assert.Equal(heights[0] / 4, heights[2], 1);   // 2 is a quarter
        Assert.Equal(0, heights[3]);
        Assert.Equal("Doanh nghiệp viễn thông — Hoàn thành đúng hạn: 8", bars[0].QuerySelector("title")!.TextContent);
        Assert.Contains("var(--mud-palette-error)", bars[1].GetAttribute("fill"), StringComparison.Ordinal);
        Assert.Equal("Tình trạng theo loại đơn vị", cut.Find("svg").GetAttribute("aria-label"));
        Assert.Equal(["Hoàn thành đúng hạn", "Chưa hoàn thành – quá hạn"], cut.FindAll(".portal-chart-legend li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void A_line_chart_draws_a_point_per_week_and_labels_no_more_than_it_has_room_for()
    {
        var weeks = Enumerable.Range(1, 20).Select(i => $"T{i}").ToList();
        var counts = Enumerable.Range(1, 20).Select(i => (double)(i * 10)).ToList();

        var cut = Render<LineChart>(p => p
            .Add(c => c.Labels, weeks)
            .Add(c => c.Values, counts)
            .Add(c => c.SeriesName, "Báo cáo")
            .Add(c => c.Label, "Báo cáo nhận được theo tuần"));

        var points = cut.FindAll("circle");
        Assert.Equal(20, points.Count);
        Assert.Equal("T20: 200 Báo cáo", points[^1].QuerySelector("title")!.TextContent.Trim());
        Assert.True(Number(points[^1].GetAttribute("cy")) < Number(points[0].GetAttribute("cy")), "The larger count is drawn higher.");
        Assert.Equal(20, cut.Find("polyline").GetAttribute("points")!.Split(' ').Length);
        Assert.InRange(cut.FindAll(".portal-chart-label").Count, 2, LineChart.MaxLabels + 1);
    }

    [Fact]
    public void Charts_keep_no_component_per_bar_or_point()
    {
        var cut = Render<LineChart>(p => p
            .Add(c => c.Labels, ["T1", "T2", "T3"])
            .Add(c => c.Values, [1, 2, 3])
            .Add(c => c.SeriesName, "Báo cáo")
            .Add(c => c.Label, "Báo cáo nhận được theo tuần"));

        Assert.Empty(cut.FindComponents<MudComponentBase>());
        Assert.DoesNotContain("blazor:on", cut.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Thanh tra", 16, new[] { "Thanh tra" })]
    [InlineData("Doanh nghiệp viễn thông", 16, new[] { "Doanh nghiệp", "viễn thông" })]
    [InlineData("Trung tâm Văn hóa, Thông tin và Thể thao", 16, new[] { "Trung tâm Văn", "hóa, Thông tin…" })]
    [InlineData("Siêu-dài-một-từ-không-ngắt-được", 10, new[] { "Siêu-dài-…" })]
    public void An_axis_label_wraps_between_words_on_two_lines_at_most(string text, int perLine, string[] expected)
    {
        var lines = ChartText.Wrap(text, perLine);

        Assert.Equal(expected, lines);
        Assert.All(lines, line => Assert.True(line.Length <= perLine, line));
    }

    [Fact]
    public void A_bar_chart_keeps_a_long_category_name_whole_in_its_tooltip()
    {
        const string name = "Trung tâm Văn hóa, Thông tin và Thể thao";
        var cut = Render<BarChart>(p => p
            .Add(c => c.Categories, [name, "Thanh tra", "Doanh nghiệp viễn thông", "Phòng, ban chuyên môn", "Báo chí"])
            .Add(c => c.Series, [new BarSeries("Hoàn thành đúng hạn", Color.Success, [1, 2, 3, 4, 5])])
            .Add(c => c.Label, "Tình trạng theo loại đơn vị"));

        var label = cut.FindAll(".portal-chart-label")[0];
        Assert.Equal(name, label.QuerySelector("title")!.TextContent);
        Assert.InRange(label.QuerySelectorAll("tspan").Length, 1, ChartText.MaxLines);
    }
}
