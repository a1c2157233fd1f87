using System.Globalization;

namespace SoTTTT.Portal.Core.Common.Text;

/// <summary>Numbers and dates as Vietnamese documents write them: "1.250.000", "12,5", "19/04/2022".</summary>
public static class VietnameseNumbers
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Thousands grouped with ".", decimals after "," and only as many as the value has.</summary>
    public static string Format(decimal value) => value.ToString("#,##0.##########", Vietnamese);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "—";

    /// <summary>"14:05 ngày 29/11/2026".</summary>
    public static string Time(DateTime local) => local.ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
}
