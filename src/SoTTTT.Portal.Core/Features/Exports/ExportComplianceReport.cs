using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Core.Features.Exports;

/// <summary>
/// The compliance report of a directive — every assigned unit of every task with its status, last report
/// and figures, the totals per indicator and per kind of unit — as a PDF (landscape) or a workbook (a
/// summary, the units × tasks matrix, the detail and the figures). Figures are those of each unit's latest
/// accepted report. The department's readers only.
/// </summary>
[RequiresPermission(Permission.ReadTasks)]
public sealed record ExportComplianceReportQuery(
    Guid DocumentId,
    OrgUnitKind? UnitKind = null,
    ComplianceStatus? Status = null,
    ExportFormat Format = ExportFormat.Pdf) : IQuery<ExportFile>;

public sealed class ExportComplianceReportHandler(
    IPortalDbContext db,
    ICurrentUser user,
    TimeProvider clock,
    IOptions<TaskOptions> taskOptions,
    IOptions<IssuingBodyOptions> issuingBody,
    IComplianceReportPdf pdf,
    IExcelWriter excel)
    : IQueryHandler<ExportComplianceReportQuery, ExportFile>
{
    public const string Title = "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ";

    public async ValueTask<ExportFile> Handle(ExportComplianceReportQuery query, CancellationToken cancellationToken)
    {
        var data = await ComplianceData.LoadAsync(db, clock, taskOptions.Value, query.DocumentId, query.UnitKind, query.Status, cancellationToken);
        var stem = $"Bao-cao-thuc-hien-{FileNames.Safe(data.Document.NumberAndSymbol)}";
        if (query.Format == ExportFormat.Excel)
        {
            var workbook = await Task.Run(() => excel.Write(ComplianceWorkbook.Sheets(data)), cancellationToken);
            return new ExportFile($"{stem}.xlsx", ExportFile.ExcelContentType, workbook);
        }

        var print = ComplianceData.ToPrint(data, issuingBody.Value, Filters(query), PortalTime.ToLocal(clock.UtcNow()), user.DisplayName);
        var content = await Task.Run(() => pdf.Render(print), cancellationToken);
        return new ExportFile($"{stem}.pdf", ExportFile.PdfContentType, content);
    }

    private static IReadOnlyList<string> Filters(ExportComplianceReportQuery query) =>
    [
        $"Loại đơn vị: {(query.UnitKind is { } kind ? VietnameseTerms.Of(kind) : "Tất cả")}",
        $"Trạng thái: {(query.Status is { } status ? VietnameseTerms.Of(status) : "Tất cả")}",
        "Số liệu: theo báo cáo gần nhất đã được tiếp nhận của từng đơn vị",
    ];
}

/// <summary>A directive's tasks, assignments and accepted figures, read in a handful of set-based queries.</summary>
internal sealed record ComplianceData(
    ComplianceDocument Document,
    IReadOnlyList<ComplianceTask> Tasks,
    IReadOnlyList<ComplianceAssignment> Assignments)
{
    public static async Task<ComplianceData> LoadAsync(
        IPortalDbContext db, TimeProvider clock, TaskOptions options, Guid documentId, OrgUnitKind? kind, ComplianceStatus? status,
        CancellationToken cancellationToken)
    {
        var document = await db.OutgoingDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && d.Status == OutgoingStatus.Issued)
            .Select(d => new { d.Type, d.IssuerCode, d.DraftingUnitCode, d.Number, d.IssuedOn, d.Summary })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();

        var tasks = await db.DirectiveTasks.AsNoTracking()
            .Where(t => t.DocumentId == documentId)
            .OrderBy(t => t.SectionNumber).ThenBy(t => t.Title)
            .Select(t => new
            {
                t.Id, t.SectionNumber, t.Title, t.DeadlineKind, t.DueDate, t.WorkingDays, t.CutOffDay,
                Indicators = t.Indicators.OrderBy(i => i.Position).Select(i => new ComplianceIndicator(i.Id, i.Name, i.UnitOfMeasure, i.Target)).ToList(),
            })
            .ToListAsync(cancellationToken);

        var assignments = db.Assignments.Where(a => a.DocumentId == documentId);
        if (kind is { } unitKind)
            assignments = assignments.Where(a => db.OrgUnits.Any(u => u.Id == a.UnitId && u.Kind == unitKind));
        var columns = await AssignmentQueries.Joined(db, assignments.AsNoTracking())
            .OrderBy(r => r.Task.SectionNumber).ThenBy(r => r.Unit.Kind).ThenBy(r => r.Unit.ShortName)
            .Select(AssignmentQueries.Columns)
            .ToListAsync(cancellationToken);
        var unitIds = columns.Select(c => c.UnitId).Distinct().ToList();
        var kinds = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Kind, cancellationToken);

        // The latest accepted report of each assignment, with its figures.
        var accepted = await db.ProgressReports.AsNoTracking()
            .Where(r => r.DocumentId == documentId && r.Status == ReportStatus.Accepted)
            .Select(r => new { r.AssignmentId, r.Sequence, Values = r.Values.Select(v => new { v.IndicatorId, v.Value }).ToList() })
            .ToListAsync(cancellationToken);
        var figures = accepted.GroupBy(r => r.AssignmentId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<Guid, decimal>)g.MaxBy(r => r.Sequence)!.Values.ToDictionary(v => v.IndicatorId, v => v.Value));

        var calendar = await Calendar.WorkingCalendars.LoadAsync(db, cancellationToken);
        var today = clock.Today();
        var rows = columns
            .Select(c => new ComplianceAssignment(c.ToRow(today, calendar, options.DueSoonWorkingDays), kinds[c.UnitId],
                figures.GetValueOrDefault(c.Id) ?? EmptyFigures))
            .Where(a => status is null || a.Row.Standing.Status == status)
            .ToList();

        var numberAndSymbol = OutgoingSymbol.WithNumber(document.Number, OutgoingSymbol.Of(document.Type, document.IssuerCode, document.DraftingUnitCode));
        return new ComplianceData(
            new ComplianceDocument(document.Type, numberAndSymbol, document.IssuedOn, document.Summary),
            [.. tasks.Select(t => new ComplianceTask(t.Id, t.SectionNumber, t.Title,
                new TaskDeadline(t.DeadlineKind, t.DeadlineKind == DeadlineKind.FixedDate ? t.DueDate : null, t.WorkingDays, t.CutOffDay), t.Indicators))],
            rows);
    }

    private static readonly IReadOnlyDictionary<Guid, decimal> EmptyFigures = new Dictionary<Guid, decimal>();

    public static StatusCounts Count(IEnumerable<ComplianceAssignment> rows)
    {
        int onTime = 0, late = 0, open = 0, overdue = 0;
        foreach (var row in rows)
        {
            switch (row.Row.Standing.Status)
            {
                case ComplianceStatus.CompletedOnTime: onTime++; break;
                case ComplianceStatus.CompletedLate: late++; break;
                case ComplianceStatus.OpenOnTime: open++; break;
                default: overdue++; break;
            }
        }
        return new StatusCounts(onTime, late, open, overdue);
    }

    /// <summary>Each indicator summed over the units whose latest accepted report gives it a figure.</summary>
    public static IReadOnlyList<IndicatorTotalPrint> IndicatorTotals(ComplianceData data)
    {
        var byTask = data.Assignments.ToLookup(a => a.Row.TaskId);
        return [.. data.Tasks.SelectMany(t => t.Indicators.Select(i =>
        {
            var values = byTask[t.Id].Where(a => a.Figures.ContainsKey(i.Id)).Select(a => a.Figures[i.Id]).ToList();
            return new IndicatorTotalPrint($"{t.SectionNumber}. {t.Title}", i.Name, i.UnitOfMeasure, values.Sum(), i.Target, values.Count);
        }))];
    }

    public static ComplianceReportPrint ToPrint(
        ComplianceData data, IssuingBodyOptions issuingBody, IReadOnlyList<string> filters, DateTime generatedAtLocal, string generatedBy)
    {
        var byTask = data.Assignments.ToLookup(a => a.Row.TaskId);
        List<ComplianceTaskPrint> tasks = [.. data.Tasks.Select(t => new ComplianceTaskPrint(
            t.SectionNumber, t.Title, TaskDeadlines.Describe(t.Deadline),
            [.. t.Indicators.Select(i => string.IsNullOrEmpty(i.UnitOfMeasure) ? i.Name : $"{i.Name} ({i.UnitOfMeasure})")],
            [.. byTask[t.Id].Select(a => new ComplianceUnitPrint(
                a.Row.UnitName, VietnameseTerms.Of(a.Row.Role), a.Row.DueDate, VietnameseTerms.Of(a.Row.Standing.Status),
                a.Row.LastReportAtUtc is { } last ? DateOnly.FromDateTime(PortalTime.ToLocal(last)) : null,
                [.. t.Indicators.Select(i => a.Figures.TryGetValue(i.Id, out var v) ? VietnameseNumbers.Format(v) : "—")]))]))];

        var indicatorTotals = IndicatorTotals(data);

        var kindTotals = data.Assignments.GroupBy(a => a.Kind).OrderBy(g => g.Key)
            .Select(g => new UnitKindTotalPrint(VietnameseTerms.Of(g.Key), Count(g))).ToList();

        return new ComplianceReportPrint(
            issuingBody.ParentName, issuingBody.Name, ExportComplianceReportHandler.Title, data.Document.Describe(), filters,
            generatedAtLocal, generatedBy, Count(data.Assignments), tasks, indicatorTotals, kindTotals);
    }
}

internal sealed record ComplianceDocument(DocumentType Type, string NumberAndSymbol, DateOnly? IssuedOn, string Summary)
{
    /// <summary>"Công văn số 123/STTTT-BCVTCNTT ngày 19/04/2022 về việc …": the summary's "V/v" written out, as a sentence cites it.</summary>
    public string Describe() =>
        $"{DocumentTypes.Name(Type)} số {NumberAndSymbol}{(IssuedOn is { } on ? $" ngày {VietnameseNumbers.Date(on)}" : "")} {Subject}".Trim();

    private string Subject => Summary.StartsWith("V/v ", StringComparison.Ordinal) ? $"về việc {Summary[4..]}" : Summary;
}

internal sealed record ComplianceTask(Guid Id, int SectionNumber, string Title, TaskDeadline Deadline, IReadOnlyList<ComplianceIndicator> Indicators);

internal sealed record ComplianceIndicator(Guid Id, string Name, string UnitOfMeasure, decimal? Target);

internal sealed record ComplianceAssignment(AssignmentRow Row, OrgUnitKind Kind, IReadOnlyDictionary<Guid, decimal> Figures);

/// <summary>The workbook of the compliance report: summary, matrix, detail and figures, values typed.</summary>
internal static class ComplianceWorkbook
{
    public static IEnumerable<ExcelSheet> Sheets(ComplianceData data)
    {
        var counts = ComplianceData.Count(data.Assignments);
        yield return new ExcelSheet("Tổng hợp",
            [new("Nhóm", Width: 40), new("Hoàn thành đúng hạn", ExcelValueKind.Number), new("Hoàn thành quá hạn", ExcelValueKind.Number),
             new("Chưa hoàn thành – trong hạn", ExcelValueKind.Number), new("Chưa hoàn thành – quá hạn", ExcelValueKind.Number), new("Tổng số", ExcelValueKind.Number)],
            [Row("Tất cả đơn vị", counts),
             .. data.Assignments.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g => Row(VietnameseTerms.Of(g.Key), ComplianceData.Count(g)))]);

        // Rows units, columns tasks: each cell the status, with the role and the last report date.
        var units = data.Assignments.GroupBy(a => a.Row.UnitId)
            .Select(g => (Unit: g.First(), Cells: g.ToDictionary(a => a.Row.TaskId)))
            .OrderBy(u => u.Unit.Kind).ThenBy(u => u.Unit.Row.UnitName, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false))
            .ToList();
        yield return new ExcelSheet("Ma trận",
            [new("Đơn vị", Width: 40), new("Loại đơn vị", Width: 30),
             .. data.Tasks.Select(t => new ExcelColumn($"{t.SectionNumber}. {t.Title}", Width: 30))],
            units.Select(u => (IReadOnlyList<object?>)[u.Unit.Row.UnitName, VietnameseTerms.Of(u.Unit.Kind),
                .. data.Tasks.Select(t => u.Cells.TryGetValue(t.Id, out var a) ? Cell(a) : null)]));

        yield return new ExcelSheet("Chi tiết",
            [new("Mục", ExcelValueKind.Number, 8), new("Nhiệm vụ", Width: 40), new("Đơn vị", Width: 36), new("Loại đơn vị", Width: 30),
             new("Vai trò", Width: 12), new("Hạn ban đầu", ExcelValueKind.Date, 14), new("Hạn xử lý", ExcelValueKind.Date, 14),
             new("Trạng thái", Width: 28), new("Ngày hoàn thành", ExcelValueKind.Date, 16), new("Báo cáo gần nhất", ExcelValueKind.DateTime, 18),
             new("Tiến độ (%)", ExcelValueKind.Percent, 12), new("Báo cáo chờ xem xét", ExcelValueKind.Number, 14)],
            data.Assignments.Select(a => (IReadOnlyList<object?>)[
                a.Row.SectionNumber, a.Row.TaskTitle, a.Row.UnitName, VietnameseTerms.Of(a.Kind), VietnameseTerms.Of(a.Row.Role),
                a.Row.OriginalDueDate, a.Row.DueDate, VietnameseTerms.Of(a.Row.Standing.Status), a.Row.CompletedOn,
                a.Row.LastReportAtUtc is { } last ? PortalTime.ToLocal(last) : null, a.Row.PercentDone, a.Row.ReportsAwaitingReview]));

        var byTask = data.Assignments.ToLookup(a => a.Row.TaskId);
        yield return new ExcelSheet("Số liệu",
            [new("Mục", ExcelValueKind.Number, 8), new("Nhiệm vụ", Width: 40), new("Chỉ tiêu", Width: 40), new("Đơn vị tính", Width: 14),
             new("Đơn vị", Width: 36), new("Giá trị", ExcelValueKind.Number, 16), new("Chỉ tiêu giao", ExcelValueKind.Number, 16)],
            data.Tasks.SelectMany(t => t.Indicators.SelectMany(i => byTask[t.Id]
                .Where(a => a.Figures.ContainsKey(i.Id))
                .Select(a => (IReadOnlyList<object?>)[t.SectionNumber, t.Title, i.Name, i.UnitOfMeasure, a.Row.UnitName, a.Figures[i.Id], i.Target]))));
    }

    private static IReadOnlyList<object?> Row(string name, StatusCounts c) =>
        [name, c.CompletedOnTime, c.CompletedLate, c.OpenOnTime, c.OpenOverdue, c.Total];

    private static string Cell(ComplianceAssignment a) =>
        $"{VietnameseTerms.Of(a.Row.Standing.Status)} · {VietnameseTerms.Of(a.Row.Role)}" +
        (a.Row.LastReportAtUtc is { } last ? $" · {VietnameseNumbers.Date(DateOnly.FromDateTime(PortalTime.ToLocal(last)))}" : "");
}
