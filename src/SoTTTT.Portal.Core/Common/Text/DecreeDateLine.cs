using System.Globalization;

namespace SoTTTT.Portal.Core.Common.Text;

/// <summary>The place and date line of a document, as Decree 30/2020/NĐ-CP writes it.</summary>
public static class DecreeDateLine
{
    /// <summary>
    /// "Trà Vinh, ngày 19 tháng 4 năm 2022": days below 10 and the months January and February take a
    /// leading zero ("ngày 05 tháng 01 năm 2022"); an undated draft leaves the blanks for the clerk.
    /// </summary>
    public static string Of(string place, DateOnly? date)
    {
        if (date is not { } d)
            return $"{place}, ngày      tháng      năm";
        var day = d.Day.ToString("00", CultureInfo.InvariantCulture);
        var month = d.Month <= 2 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture);
        return $"{place}, ngày {day} tháng {month} năm {d.Year.ToString(CultureInfo.InvariantCulture)}";
    }
}
