using System.Globalization;

namespace SoTTTT.Portal.Core.Common.Text;

/// <summary>
/// Numbers and dates as Vietnamese documents write them, whatever the server's culture: thousands grouped with
/// ".", decimals after ",", dates dd/MM/yyyy, times HH:mm. The one formatter of printed reports and workbooks.
/// </summary>
public static class VietnameseNumbers
{
    /// <summary>The mark printed where a date or a value is missing.</summary>
    public const string None = "—";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>1250000 → "1.250.000"; 1234.5 → "1.234,5"; at most as many decimals as the value has.</summary>
    public static string Format(decimal value) => Swap(value.ToString("#,0.############################", Invariant));

    public static string Format(int value) => Swap(value.ToString("#,0", Invariant));

    /// <summary>The share of <paramref name="part"/> in <paramref name="whole"/> with one decimal: "37,5%" (0,0% of nothing).</summary>
    public static string Percent(int part, int whole)
    {
        var share = whole == 0 ? 0m : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
        return Swap(share.ToString("#,0.0", Invariant)) + "%";
    }

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Invariant);

    public static string Date(DateOnly? date, string missing = None) => date is { } value ? Date(value) : missing;

    /// <summary>A Viet Nam local time as "14:05 ngày 29/11/2026".</summary>
    public static string Time(DateTime local) => local.ToString("HH:mm 'ngày' dd/MM/yyyy", Invariant);

    /// <summary>A Viet Nam local time as a table cell writes it: "29/11/2026 14:05".</summary>
    public static string DateAndTime(DateTime local) => local.ToString("dd/MM/yyyy HH:mm", Invariant);

    private static string Swap(string invariant) =>
        string.Create(invariant.Length, invariant, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] switch { ',' => '.', '.' => ',', var c => c };
        });
}
