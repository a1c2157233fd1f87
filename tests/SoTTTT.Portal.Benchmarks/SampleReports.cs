using PdfSharp.Pdf.IO;
using SoTTTT.Portal.Core.Features.Exports;

namespace SoTTTT.Portal.Benchmarks;

/// <summary>A directive's compliance report with one long task table, as the benchmarks render it.</summary>
internal static class SampleReports
{
    public static readonly string[] DetailHeader = ["STT", "Đơn vị", "Vai trò", "Hạn xử lý", "Trạng thái", "Báo cáo gần nhất", "Tin nhắn đã gửi"];

    /// <summary>The relative column widths of the task table (as the report lays them out).</summary>
    public static readonly double[] DetailWidths = [4, 20, 9, 9, 13, 10, 10];

    public static ComplianceUnitPrint Unit(int number) => new(
        $"Đơn vị {number:00000}",
        number % 3 == 0 ? "Chủ trì" : "Phối hợp",
        new DateOnly(2026, 12, 15),
        number % 2 == 0 ? "Hoàn thành đúng hạn" : "Chưa hoàn thành – quá hạn",
        number % 4 == 0 ? null : new DateOnly(2026, 11, 20),
        [(number * 125).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.')]);

    public static ComplianceReportPrint Report(int rows) => new(
        "UBND TỈNH TRÀ VINH",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
        "Chỉ thị số 05/CT-UBND ngày 10/10/2026 về phòng, chống lừa đảo trực tuyến",
        ["Loại đơn vị: tất cả", "Trạng thái: tất cả"],
        new DateTime(2026, 11, 29, 14, 5, 0),
        "Nguyễn Văn A",
        new StatusCounts(rows / 2, 0, 0, rows - rows / 2),
        [new ComplianceTaskPrint(1, "Gửi tin nhắn cảnh báo lừa đảo", "31/12/2026", [DetailHeader[^1]], [.. Enumerable.Range(1, rows).Select(Unit)])],
        [new IndicatorTotalPrint("Nhiệm vụ 1", "Tin nhắn cảnh báo đã gửi", "tin", 1_250_000m, 2_000_000m, rows)],
        [new UnitKindTotalPrint("Doanh nghiệp viễn thông", new StatusCounts(rows / 2, 0, 0, rows - rows / 2))]);

    public static int PageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }
}
