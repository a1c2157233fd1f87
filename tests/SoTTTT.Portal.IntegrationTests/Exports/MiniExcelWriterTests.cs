using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using MiniExcelLibs;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Infrastructure.Excel;

namespace SoTTTT.Portal.IntegrationTests.Exports;

/// <summary>Workbooks written by <see cref="MiniExcelWriter"/>, read back from their sheet XML and with MiniExcel.</summary>
public sealed class MiniExcelWriterTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly ExcelColumn[] ReportColumns =
    [
        new("Số báo cáo"),
        new("Kỳ báo cáo từ ngày", ExcelValueKind.Date, 14),
        new("Ngày gửi", ExcelValueKind.DateTime, 18),
        new("Số tin nhắn", ExcelValueKind.Number),
        new("Tiến độ (%)", ExcelValueKind.Percent, 10),
        new("Ghi chú", Width: 40),
    ];

    private static readonly object?[] FirstReport =
        ["716/CAT-PC02", new DateOnly(2022, 4, 1), new DateTime(2022, 4, 19, 14, 35, 0), 1_250_000L, 60, "0123"];

    private readonly MiniExcelWriter writer = new();

    private static ExcelSheet Sheet(string name, params IEnumerable<object?[]> rows) => new(name, ReportColumns, rows);

    [Fact]
    public void Headers_are_the_Vietnamese_texts_given_in_row_one()
    {
        var workbook = writer.Write(Sheet("Báo cáo", FirstReport));

        var firstRow = Cells(Worksheet(workbook, "Báo cáo"), 1).Select(CellText);
        Assert.Equal(ReportColumns.Select(c => c.Header), firstRow);
    }

    [Fact]
    public void The_header_row_is_frozen_on_every_sheet()
    {
        var workbook = writer.Write(Sheet("Một", FirstReport), Sheet("Hai", FirstReport));

        foreach (var name in new[] { "Một", "Hai" })
        {
            var pane = Worksheet(workbook, name).Descendants(Main + "sheetView").Single().Element(Main + "pane");
            Assert.NotNull(pane);
            Assert.Equal("frozen", (string?)pane.Attribute("state"));
            Assert.Equal("1", (string?)pane.Attribute("ySplit"));
            Assert.Equal("A2", (string?)pane.Attribute("topLeftCell"));
        }
    }

    [Fact]
    public void A_date_is_a_numeric_cell_with_a_day_month_year_format_and_reads_back_as_the_same_date()
    {
        var workbook = writer.Write(Sheet("Báo cáo", FirstReport));

        var date = Cell(Worksheet(workbook, "Báo cáo"), "B2");
        AssertNumeric(date);
        Assert.Equal(new DateTime(2022, 4, 1).ToOADate(), double.Parse(date.Element(Main + "v")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal("dd/mm/yyyy", NumberFormat(workbook, date));

        var read = Query(workbook, "Báo cáo").Single();
        Assert.Equal(new DateTime(2022, 4, 1), (DateTime)read["B"]);
    }

    [Fact]
    public void A_date_and_time_is_a_numeric_cell_shown_with_hours_and_minutes()
    {
        var workbook = writer.Write(Sheet("Báo cáo", FirstReport));

        var submitted = Cell(Worksheet(workbook, "Báo cáo"), "C2");
        AssertNumeric(submitted);
        Assert.Equal("dd/mm/yyyy hh:mm", NumberFormat(workbook, submitted));
        Assert.Equal(new DateTime(2022, 4, 19, 14, 35, 0), (DateTime)Query(workbook, "Báo cáo").Single()["C"]);
    }

    [Fact]
    public void Numbers_and_percentages_are_numeric_cells()
    {
        var workbook = writer.Write(Sheet("Báo cáo", FirstReport, ["1", new DateOnly(2022, 5, 2), new DateTime(2022, 5, 3, 8, 0, 0), 12.75m, 100, null]));

        var sheet = Worksheet(workbook, "Báo cáo");
        AssertNumeric(Cell(sheet, "D2"));
        Assert.Equal("1250000", Cell(sheet, "D2").Element(Main + "v")!.Value);
        AssertNumeric(Cell(sheet, "E2"));
        Assert.Equal("60", Cell(sheet, "E2").Element(Main + "v")!.Value);
        AssertNumeric(Cell(sheet, "D3"));
        Assert.Equal("12.75", Cell(sheet, "D3").Element(Main + "v")!.Value);

        var rows = Query(workbook, "Báo cáo");
        Assert.Equal(1_250_000d, Convert.ToDouble(rows[0]["D"], CultureInfo.InvariantCulture));
        Assert.Equal(12.75d, Convert.ToDouble(rows[1]["D"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Text_that_looks_like_a_number_stays_text()
    {
        var workbook = writer.Write(Sheet("Báo cáo", FirstReport));

        var sheet = Worksheet(workbook, "Báo cáo");
        var note = Cell(sheet, "F2");
        Assert.True((string?)note.Attribute("t") is "str" or "inlineStr" or "s", "The note is not a text cell.");
        Assert.Equal("0123", CellText(note));
        Assert.Equal("716/CAT-PC02", CellText(Cell(sheet, "A2")));

        var read = Query(workbook, "Báo cáo").Single();
        Assert.Equal("0123", read["F"]);
        Assert.Equal("716/CAT-PC02", read["A"]);
    }

    [Fact]
    public void A_null_value_leaves_the_cell_empty()
    {
        var workbook = writer.Write(Sheet("Báo cáo", ["1", null, null, null, null, null]));

        var sheet = Worksheet(workbook, "Báo cáo");
        foreach (var reference in new[] { "B2", "C2", "D2", "E2", "F2" })
        {
            var cell = sheet.Descendants(Main + "c").SingleOrDefault(c => (string?)c.Attribute("r") == reference);
            Assert.True(cell is null || string.IsNullOrEmpty(cell.Element(Main + "v")?.Value), reference);
        }
    }

    [Fact]
    public void Each_sheet_is_a_worksheet_of_its_own_name()
    {
        var workbook = writer.Write(
            Sheet("Nhiệm vụ", FirstReport),
            new ExcelSheet("Đơn vị", [new ExcelColumn("Tên đơn vị", Width: 40)], [["Sở Văn hóa, Thể thao và Du lịch"]]));

        Assert.Equal(["Nhiệm vụ", "Đơn vị"], SheetNames(workbook));
        Assert.Equal("Sở Văn hóa, Thể thao và Du lịch", CellText(Cell(Worksheet(workbook, "Đơn vị"), "A2")));
        Assert.Equal("716/CAT-PC02", CellText(Cell(Worksheet(workbook, "Nhiệm vụ"), "A2")));
    }

    [Fact]
    public void Sheet_names_are_cut_to_31_characters_cleaned_of_forbidden_characters_and_kept_unique()
    {
        var longName = "Báo cáo tiến độ thực hiện nhiệm vụ năm 2022";
        var workbook = writer.Write(Sheet(longName, FirstReport), Sheet(longName, FirstReport), Sheet("Kỳ 01/2022 [quý I]: *?", FirstReport));

        var names = SheetNames(workbook);
        Assert.Equal(3, names.Count);
        Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
        Assert.Equal(longName[..31], names[0]);
        Assert.NotEqual(names[0], names[1]);
        Assert.StartsWith("Báo cáo tiến độ", names[1], StringComparison.Ordinal);
        Assert.DoesNotContain(names[2], c => "[]:*?/\\".Contains(c, StringComparison.Ordinal));
    }

    [Fact]
    public void Column_widths_follow_the_columns()
    {
        var workbook = writer.Write(Sheet("Báo cáo", FirstReport));

        var widths = Worksheet(workbook, "Báo cáo").Descendants(Main + "col")
            .Select(c => double.Parse((string)c.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ReportColumns.Length, widths.Count);
        for (var i = 0; i < widths.Count; i++)
            Assert.InRange(widths[i], ReportColumns[i].Width, ReportColumns[i].Width + 1);
    }

    [Fact]
    public void Ten_thousand_rows_are_all_written()
    {
        static IEnumerable<object?[]> Generated()
        {
            for (var i = 1; i <= 10_000; i++)
                yield return [$"{i:00000}/BC", new DateOnly(2022, 1, 1).AddDays(i % 365), new DateTime(2022, 4, 19, 8, 0, 0), i, i % 101, $"Ghi chú {i}"];
        }

        var workbook = writer.Write(Sheet("Báo cáo", Generated()));

        var rows = Query(workbook, "Báo cáo");
        Assert.Equal(10_000, rows.Count);
        Assert.Equal("00001/BC", rows[0]["A"]);
        Assert.Equal("10000/BC", rows[^1]["A"]);
        Assert.Equal(10_000d, Convert.ToDouble(rows[^1]["D"], CultureInfo.InvariantCulture));
        Assert.Equal("Ghi chú 5000", rows[4_999]["F"]);
    }

    [Fact]
    public void A_sheet_without_rows_still_shows_its_headers()
    {
        var workbook = writer.Write(Sheet("Trống"));

        Assert.Equal(ReportColumns.Select(c => c.Header), Cells(Worksheet(workbook, "Trống"), 1).Select(CellText));
    }

    [Fact]
    public void Decomposed_Vietnamese_text_is_written_precomposed()
    {
        var decomposed = "Sở Thông tin và Truyền thông".Normalize(NormalizationForm.FormD);
        var workbook = writer.Write(new ExcelSheet("Đơn vị", [new ExcelColumn("Tên đơn vị".Normalize(NormalizationForm.FormD))], [[decomposed]]));

        var sheet = Worksheet(workbook, "Đơn vị");
        Assert.Equal("Tên đơn vị".Normalize(NormalizationForm.FormC), CellText(Cell(sheet, "A1")));
        Assert.Equal(decomposed.Normalize(NormalizationForm.FormC), CellText(Cell(sheet, "A2")));
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_refused()
    {
        Assert.Throws<ArgumentException>(() => writer.Write(Sheet("Báo cáo", ["1", "01/04/2022", null, null, null, null])));
    }

    private static void AssertNumeric(XElement cell)
    {
        var type = (string?)cell.Attribute("t");
        Assert.True(type is null or "n", $"The cell {cell.Attribute("r")} has the type {type}.");
        Assert.False(string.IsNullOrEmpty(cell.Element(Main + "v")?.Value));
    }

    private static List<IDictionary<string, object>> Query(byte[] workbook, string sheet)
    {
        using var stream = new MemoryStream(workbook);
        return [.. MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet, startCell: "A2").Cast<IDictionary<string, object>>()];
    }

    private static List<string> SheetNames(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        return [.. Xml(zip, "xl/workbook.xml").Descendants(Main + "sheet").Select(s => (string)s.Attribute("name")!)];
    }

    private static XDocument Worksheet(byte[] workbook, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var id = (string)Xml(zip, "xl/workbook.xml").Descendants(Main + "sheet")
            .Single(s => (string?)s.Attribute("name") == name).Attribute(Relationships + "id")!;
        var target = (string)Xml(zip, "xl/_rels/workbook.xml.rels").Descendants(PackageRelationships + "Relationship")
            .Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!;
        var path = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        return Xml(zip, path);
    }

    private static string? NumberFormat(byte[] workbook, XElement cell)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var styles = Xml(zip, "xl/styles.xml");
        var style = int.Parse((string?)cell.Attribute("s") ?? "0", CultureInfo.InvariantCulture);
        var numFmtId = (string?)styles.Descendants(Main + "cellXfs").Single().Elements(Main + "xf").ElementAt(style).Attribute("numFmtId");
        return (string?)styles.Descendants(Main + "numFmt").SingleOrDefault(f => (string?)f.Attribute("numFmtId") == numFmtId)?.Attribute("formatCode");
    }

    private static XDocument Xml(ZipArchive zip, string path)
    {
        using var entry = zip.GetEntry(path)!.Open();
        return XDocument.Load(entry);
    }

    private static IEnumerable<XElement> Cells(XDocument sheet, int row) =>
        sheet.Descendants(Main + "row").Single(r => (string?)r.Attribute("r") == row.ToString(CultureInfo.InvariantCulture)).Elements(Main + "c");

    private static XElement Cell(XDocument sheet, string reference) =>
        sheet.Descendants(Main + "c").Single(c => (string?)c.Attribute("r") == reference);

    /// <summary>A cell's text, wherever the writer put it: a formula string, an inline string or the shared strings.</summary>
    private static string CellText(XElement cell) =>
        (string?)cell.Attribute("t") switch
        {
            "inlineStr" => string.Concat(cell.Descendants(Main + "t").Select(t => t.Value)),
            "s" => throw new InvalidOperationException("Shared strings are not expected from this writer."),
            _ => cell.Element(Main + "v")?.Value ?? string.Empty,
        };
}
