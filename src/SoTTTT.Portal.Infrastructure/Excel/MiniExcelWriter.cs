using System.Data;
using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using SoTTTT.Portal.Core.Features.Exports;

namespace SoTTTT.Portal.Infrastructure.Excel;

/// <summary>
/// Writes .xlsx workbooks with MiniExcel: one worksheet per sheet, the Vietnamese headers in row 1 and frozen
/// there, each column as wide as asked; numbers, percentages, dates and times are typed cells (dates as Excel
/// serial numbers shown dd/mm/yyyy), text stays text even when it looks like a number. Rows are streamed.
/// </summary>
public sealed class MiniExcelWriter : IExcelWriter
{
    /// <summary>Excel refuses a sheet name longer than this.</summary>
    public const int MaxSheetNameLength = 31;

    private const string DateFormat = "dd/mm/yyyy";
    private const string DateTimeFormat = "dd/mm/yyyy hh:mm";
    private static readonly char[] InvalidSheetNameChars = ['[', ']', ':', '*', '?', '/', '\\'];

    public byte[] Write(params IEnumerable<ExcelSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var workbook = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        var columns = new List<DynamicExcelColumn>();
        var enumerators = new List<IDisposable>();
        try
        {
            var index = 0;
            foreach (var sheet in sheets)
            {
                ArgumentNullException.ThrowIfNull(sheet);
                if (sheet.Columns.Count == 0)
                    throw new ArgumentException($"The sheet \"{sheet.Name}\" has no column.", nameof(sheets));
                var keys = sheet.Columns.Select((_, c) => $"s{index}c{c}").ToArray();
                columns.AddRange(sheet.Columns.Select((column, c) => Describe(keys[c], column)));

                var rows = sheet.Rows.GetEnumerator();
                enumerators.Add(rows);
                workbook.Add(UniqueSheetName(sheet.Name, workbook.Keys), rows.MoveNext()
                    ? Rows(sheet, keys, rows)
                    : HeaderOnly(keys));
                index++;
            }

            if (workbook.Count == 0)
                throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));

            var configuration = new OpenXmlConfiguration
            {
                FreezeRowCount = 1,
                AutoFilter = true,
                FastMode = true,
                EnableWriteNullValueCell = true,
                Culture = CultureInfo.InvariantCulture,
                DynamicColumns = [.. columns],
            };
            using var output = new MemoryStream();
            MiniExcel.SaveAs(output, workbook, printHeader: true, excelType: ExcelType.XLSX, configuration: configuration);
            return output.ToArray();
        }
        finally
        {
            foreach (var enumerator in enumerators)
                enumerator.Dispose();
        }
    }

    private static DynamicExcelColumn Describe(string key, ExcelColumn column) => new(key)
    {
        Name = Nfc(column.Header),
        Width = column.Width > 0 ? column.Width : 18,
        Format = column.Kind switch
        {
            ExcelValueKind.Date => DateFormat,
            ExcelValueKind.DateTime => DateTimeFormat,
            _ => null,
        },
    };

    /// <summary>The rows as MiniExcel reads them, one dictionary at a time; the first is already current.</summary>
    private static IEnumerable<IDictionary<string, object?>> Rows(ExcelSheet sheet, string[] keys, IEnumerator<IReadOnlyList<object?>> rows)
    {
        var number = 1;
        do
        {
            var row = rows.Current ?? throw new ArgumentException($"Row {number} of the sheet \"{sheet.Name}\" is null.", nameof(sheet));
            if (row.Count != keys.Length)
                throw new ArgumentException($"The sheet \"{sheet.Name}\" has {keys.Length} columns; row {number} has {row.Count} values.", nameof(sheet));
            var cells = new Dictionary<string, object?>(keys.Length);
            for (var c = 0; c < keys.Length; c++)
                cells[keys[c]] = Cell(sheet.Columns[c], row[c], sheet.Name, number);
            yield return cells;
            number++;
        }
        while (rows.MoveNext());
    }

    /// <summary>An empty sheet still shows its headers: MiniExcel takes them from a table's columns.</summary>
    private static DataTable HeaderOnly(string[] keys)
    {
        var table = new DataTable { Locale = CultureInfo.InvariantCulture };
        foreach (var key in keys)
            table.Columns.Add(key, typeof(string));
        return table;
    }

    private static object? Cell(ExcelColumn column, object? value, string sheet, int row) => value switch
    {
        null => null,
        _ => column.Kind switch
        {
            ExcelValueKind.Text => value is string text ? Nfc(text) : Nfc(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
            ExcelValueKind.Number or ExcelValueKind.Percent => value switch
            {
                int or long or decimal or double or short or byte or float or uint or ulong or ushort or sbyte => value,
                _ => throw Mismatch(column, value, sheet, row),
            },
            ExcelValueKind.Date => value switch
            {
                DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
                DateTime dateTime => DateTime.SpecifyKind(dateTime.Date, DateTimeKind.Unspecified),
                _ => throw Mismatch(column, value, sheet, row),
            },
            ExcelValueKind.DateTime => value switch
            {
                DateTime dateTime => DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified),
                DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
                _ => throw Mismatch(column, value, sheet, row),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "Unknown kind of Excel value."),
        },
    };

    private static ArgumentException Mismatch(ExcelColumn column, object value, string sheet, int row) =>
        new($"Row {row} of the sheet \"{sheet}\", column \"{column.Header}\" ({column.Kind}): a {value.GetType().Name} is not a value of that kind.", nameof(value));

    /// <summary>
    /// A name Excel accepts: no []:*?/\ (each becomes "-"), not blank, at most 31 characters, different from the
    /// names already given (Excel compares them regardless of case) by a " (2)" suffix when needed.
    /// </summary>
    internal static string UniqueSheetName(string? name, IEnumerable<string> taken)
    {
        var clean = new StringBuilder(Nfc(name ?? string.Empty).Trim());
        for (var i = 0; i < clean.Length; i++)
        {
            if (Array.IndexOf(InvalidSheetNameChars, clean[i]) >= 0 || char.IsControl(clean[i]))
                clean[i] = '-';
        }

        var text = clean.ToString().Trim('\'', ' ');
        if (text.Length == 0)
            text = "Trang tính";
        var used = taken.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidate = Truncate(text, MaxSheetNameLength);
        for (var n = 2; used.Contains(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = Truncate(text, MaxSheetNameLength - suffix.Length).TrimEnd() + suffix;
        }

        return candidate;
    }

    private static string Truncate(string text, int length)
    {
        if (text.Length <= length)
            return text;
        // Never cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut];
    }

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);
}
