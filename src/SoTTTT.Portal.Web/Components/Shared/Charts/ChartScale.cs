namespace SoTTTT.Portal.Web.Components.Shared.Charts;

/// <summary>A value axis from zero to a round number, with a gridline at each step (1, 2 or 5 times a power of ten).</summary>
public sealed record ChartScale(double Max, double Step)
{
    public const int Gridlines = 5;
    private static readonly double[] Multiples = [1, 2, 5, 10];

    public static ChartScale For(IEnumerable<double> values)
    {
        var largest = values.DefaultIfEmpty(0).Max();
        if (largest <= 0)
            return new ChartScale(Gridlines, 1);
        var rough = largest / Gridlines;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = Multiples.Select(m => m * power).First(s => s >= rough);
        // Whole counts get whole steps.
        step = Math.Max(1, step);
        return new ChartScale(Math.Ceiling(largest / step) * step, step);
    }

    public IEnumerable<double> Ticks()
    {
        for (var tick = 0d; tick <= Max + Step / 2; tick += Step)
            yield return tick;
    }

    /// <summary>The share of the axis <paramref name="value"/> reaches, from 0 to 1.</summary>
    public double Fraction(double value) => Math.Clamp(value / Max, 0, 1);
}

/// <summary>One series of a bar chart: its name in the legend, its colour (a MudBlazor palette name) and a value per category.</summary>
public sealed record BarSeries(string Name, MudBlazor.Color Color, IReadOnlyList<double> Values);

/// <summary>The frame both charts draw in: an SVG view box, the value axis on the left, labels under the bottom line.</summary>
public static class ChartLayout
{
    public const int Width = 600;
    public const int Height = 300;
    public const int Left = 48;
    public const int Top = 20;
    public const int Bottom = Height - 40;

    /// <summary>Where <paramref name="value"/> sits on the value axis, in view-box units from the top.</summary>
    public static double Y(ChartScale scale, double value) => Bottom - scale.Fraction(value) * (Bottom - Top);
}

/// <summary>Text in a chart: coordinates for SVG attributes, values as Vietnamese numbers, labels that wrap.</summary>
public static class ChartText
{
    /// <summary>An SVG coordinate: invariant culture, one decimal at most.</summary>
    public static string Coordinate(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    public static string Number(double value) => SoTTTT.Portal.Core.Common.Text.VietnameseNumbers.Format((decimal)value);

    public const int MaxLines = 2;

    /// <summary>
    /// <paramref name="text"/> in lines of at most <paramref name="perLine"/> characters, broken between words, on
    /// <see cref="MaxLines"/> lines at most: the last one ends with "…" when the text does not fit.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int perLine)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var joined = current.Length == 0 ? word : $"{current} {word}";
            if (joined.Length <= perLine || current.Length == 0)
            {
                current = joined;
                continue;
            }
            lines.Add(current);
            current = word;
        }
        if (current.Length > 0)
            lines.Add(current);
        if (lines.Count <= MaxLines && lines.All(l => l.Length <= perLine))
            return lines;
        var kept = lines.Take(MaxLines).Select(l => l.Length <= perLine ? l : l[..(perLine - 1)]).ToList();
        var last = kept[^1];
        kept[^1] = (last.Length < perLine ? last : last[..(perLine - 1)]) + "…";
        return kept;
    }
}
