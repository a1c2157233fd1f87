using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Core.Features.Exports;

/// <summary>
/// A unit's progress reports on one directive or within a period (by the day they were sent, Viet Nam
/// time), oldest first. The department's readers name the unit; a unit reporter reads only their own
/// unit's: another unit's id is "not found".
/// </summary>
public sealed record ListUnitReportsQuery(Guid? UnitId = null, Guid? DocumentId = null, DateOnly? From = null, DateOnly? To = null)
    : IQuery<UnitReportHistory>;

/// <summary>The same history as a PDF (landscape) or a workbook.</summary>
public sealed record ExportUnitReportHistoryQuery(
    Guid? UnitId = null, Guid? DocumentId = null, DateOnly? From = null, DateOnly? To = null, ExportFormat Format = ExportFormat.Pdf)
    : IQuery<ExportFile>;

public sealed record UnitReportHistory(Guid UnitId, string UnitName, string? DocumentLine, IReadOnlyList<UnitReportItem> Reports);

public sealed record UnitReportItem(
    Guid ReportId,
    Guid AssignmentId,
    string Document,
    int SectionNumber,
    string Task,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    DateTime SubmittedAtUtc,
    string? UnitReportNumber,
    int PercentDone,
    bool ClaimsCompletion,
    ReportStatus Status,
    string Narrative,
    IReadOnlyList<UnitReportFigure> Figures,
    string? ReviewNote);

public sealed record UnitReportFigure(string Indicator, string UnitOfMeasure, decimal Value);

public sealed class ListUnitReportsValidator : AbstractValidator<ListUnitReportsQuery>
{
    public ListUnitReportsValidator(IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.To).Must((x, to) => UnitReportHistories.IsPeriod(x.From, to)).WithMessage(l["Ngày bắt đầu phải trước ngày kết thúc."]);
}

public sealed class ExportUnitReportHistoryValidator : AbstractValidator<ExportUnitReportHistoryQuery>
{
    public ExportUnitReportHistoryValidator(IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.To).Must((x, to) => UnitReportHistories.IsPeriod(x.From, to)).WithMessage(l["Ngày bắt đầu phải trước ngày kết thúc."]);
}

public sealed class ListUnitReportsHandler(IPortalDbContext db, IResourceAuthorizer authorizer, ICurrentUser user, IStringLocalizer<CoreResource> l)
    : IQueryHandler<ListUnitReportsQuery, UnitReportHistory>
{
    public ValueTask<UnitReportHistory> Handle(ListUnitReportsQuery query, CancellationToken cancellationToken) =>
        new(UnitReportHistories.LoadAsync(db, authorizer, user, l, query, cancellationToken));
}

public sealed class ExportUnitReportHistoryHandler(
    IPortalDbContext db,
    IResourceAuthorizer authorizer,
    ICurrentUser user,
    IStringLocalizer<CoreResource> l,
    TimeProvider clock,
    IOptions<IssuingBodyOptions> issuingBody,
    IUnitReportHistoryPdf pdf,
    IExcelWriter excel)
    : IQueryHandler<ExportUnitReportHistoryQuery, ExportFile>
{
    public const string Title = "LỊCH SỬ BÁO CÁO CỦA ĐƠN VỊ";

    public async ValueTask<ExportFile> Handle(ExportUnitReportHistoryQuery query, CancellationToken cancellationToken)
    {
        var history = await UnitReportHistories.LoadAsync(
            db, authorizer, user, l, new ListUnitReportsQuery(query.UnitId, query.DocumentId, query.From, query.To), cancellationToken);
        var stem = $"Lich-su-bao-cao-{FileNames.Safe(history.UnitName)}";
        if (query.Format == ExportFormat.Excel)
        {
            var workbook = await Task.Run(() => excel.Write(Sheet(history)), cancellationToken);
            return new ExportFile($"{stem}.xlsx", ExportFile.ExcelContentType, workbook);
        }

        var print = new UnitReportHistoryPrint(
            issuingBody.Value.ParentName, issuingBody.Value.Name, Title, history.UnitName, Filters(query, history),
            PortalTime.ToLocal(clock.UtcNow()), user.DisplayName,
            [.. history.Reports.Select(r => new UnitReportPrint(
                r.Document, $"{r.SectionNumber}. {r.Task}", r.PeriodFrom, r.PeriodTo, PortalTime.ToLocal(r.SubmittedAtUtc), r.UnitReportNumber,
                r.PercentDone, r.ClaimsCompletion, VietnameseTerms.Of(r.Status), r.Narrative,
                [.. r.Figures.Select(f => $"{f.Indicator}: {VietnameseNumbers.Format(f.Value)} {f.UnitOfMeasure}".TrimEnd())], r.ReviewNote))]);
        var content = await Task.Run(() => pdf.Render(print), cancellationToken);
        return new ExportFile($"{stem}.pdf", ExportFile.PdfContentType, content);
    }

    private static IReadOnlyList<string> Filters(ExportUnitReportHistoryQuery query, UnitReportHistory history) =>
    [
        $"Văn bản: {history.DocumentLine ?? "Tất cả"}",
        query.From is null && query.To is null
            ? "Thời gian: Tất cả"
            : $"Thời gian: từ {(query.From is { } from ? VietnameseNumbers.Date(from) : "…")} đến {(query.To is { } to ? VietnameseNumbers.Date(to) : "…")}",
    ];

    private static ExcelSheet Sheet(UnitReportHistory history) => new(
        "Lịch sử báo cáo",
        [new("Văn bản", Width: 24), new("Mục", ExcelValueKind.Number, 8), new("Nhiệm vụ", Width: 40), new("Từ ngày", ExcelValueKind.Date, 13),
         new("Đến ngày", ExcelValueKind.Date, 13), new("Ngày gửi", ExcelValueKind.DateTime, 18), new("Số báo cáo", Width: 16),
         new("Tiến độ (%)", ExcelValueKind.Percent, 12), new("Báo cáo hoàn thành", Width: 12), new("Kết quả xem xét", Width: 18),
         new("Nội dung", Width: 60), new("Số liệu", Width: 40), new("Ý kiến người xem xét", Width: 40)],
        history.Reports.Select(r => (IReadOnlyList<object?>)[
            r.Document, r.SectionNumber, r.Task, r.PeriodFrom, r.PeriodTo, PortalTime.ToLocal(r.SubmittedAtUtc), r.UnitReportNumber,
            r.PercentDone, r.ClaimsCompletion ? "Có" : "Không", VietnameseTerms.Of(r.Status), r.Narrative,
            string.Join("; ", r.Figures.Select(f => $"{f.Indicator}: {VietnameseNumbers.Format(f.Value)} {f.UnitOfMeasure}".TrimEnd())), r.ReviewNote]));
}

internal static class UnitReportHistories
{
    public const int MaxReports = 20_000;

    /// <summary>An open-ended period, or one that does not end before it starts.</summary>
    public static bool IsPeriod(DateOnly? from, DateOnly? to) => from is null || to is null || from <= to;

    public static async Task<UnitReportHistory> LoadAsync(
        IPortalDbContext db, IResourceAuthorizer authorizer, ICurrentUser user, IStringLocalizer<CoreResource> l, ListUnitReportsQuery query,
        CancellationToken cancellationToken)
    {
        var unitId = AssignmentAccess.UnitInScope(authorizer, user, query.UnitId) ?? throw new InputValidationException(
            new Dictionary<string, string[]> { [nameof(query.UnitId)] = [l["Hãy chọn đơn vị."]] });

        var unitName = await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();

        var reports = db.ProgressReports.AsNoTracking().Where(r => r.UnitId == unitId);
        string? documentLine = null;
        if (query.DocumentId is { } documentId)
        {
            reports = reports.Where(r => r.DocumentId == documentId);
            var document = await db.OutgoingDocuments.AsNoTracking().Where(d => d.Id == documentId)
                .Select(d => new { d.Type, d.IssuerCode, d.DraftingUnitCode, d.Number, d.Summary })
                .SingleOrDefaultAsync(cancellationToken);
            documentLine = document is null
                ? null
                : $"{OutgoingSymbol.WithNumber(document.Number, OutgoingSymbol.Of(document.Type, document.IssuerCode, document.DraftingUnitCode))} {document.Summary}";
        }
        if (query.From is { } from)
        {
            var fromUtc = PortalTime.StartOfDayUtc(from);
            reports = reports.Where(r => r.SubmittedAtUtc >= fromUtc);
        }
        if (query.To is { } to)
        {
            var beforeUtc = PortalTime.StartOfDayUtc(to.AddDays(1));
            reports = reports.Where(r => r.SubmittedAtUtc < beforeUtc);
        }

        var rows = await (
                from r in reports
                join d in db.OutgoingDocuments on r.DocumentId equals d.Id
                join t in db.DirectiveTasks on r.TaskId equals t.Id
                orderby r.SubmittedAtUtc, r.Sequence
                select new
                {
                    r.Id, r.AssignmentId, d.Type, d.IssuerCode, d.DraftingUnitCode, d.Number, t.SectionNumber, t.Title,
                    r.PeriodFrom, r.PeriodTo, r.SubmittedAtUtc, r.UnitReportNumber, r.PercentDone, r.ClaimsCompletion, r.Status,
                    r.Narrative, r.ReviewNote, TaskId = t.Id,
                    Values = r.Values.Select(v => new { v.IndicatorId, v.Value }).ToList(),
                })
            .Take(MaxReports)
            .ToListAsync(cancellationToken);

        var taskIds = rows.Select(r => r.TaskId).Distinct().ToList();
        var indicators = (await db.DirectiveTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id))
                .SelectMany(t => t.Indicators.Select(i => new { i.Id, i.Name, i.UnitOfMeasure, i.Position }))
                .ToListAsync(cancellationToken))
            .ToDictionary(i => i.Id);

        return new UnitReportHistory(unitId, unitName, documentLine, [.. rows.Select(r => new UnitReportItem(
            r.Id, r.AssignmentId, OutgoingSymbol.WithNumber(r.Number, OutgoingSymbol.Of(r.Type, r.IssuerCode, r.DraftingUnitCode)),
            r.SectionNumber, r.Title, r.PeriodFrom, r.PeriodTo, r.SubmittedAtUtc, r.UnitReportNumber, r.PercentDone, r.ClaimsCompletion,
            r.Status, r.Narrative,
            [.. r.Values.Where(v => indicators.ContainsKey(v.IndicatorId)).OrderBy(v => indicators[v.IndicatorId].Position)
                .Select(v => new UnitReportFigure(indicators[v.IndicatorId].Name, indicators[v.IndicatorId].UnitOfMeasure, v.Value))],
            r.ReviewNote))]);
    }
}

/// <summary>
/// Directives a unit has assignments from (every unit's for staff), newest first, searched by number, symbol or
/// summary with diacritics ignored: the choices of the directive filters (report history, dashboard, inspectors'
/// workspace). A page of <see cref="ListUnitDirectivesHandler.MaxOptions"/> at most, never a decade's list;
/// <see cref="DocumentId"/> asks for one directive, to show a filter's current choice. Same access as the history:
/// a reporter only their own unit.
/// </summary>
public sealed record ListUnitDirectivesQuery(Guid? UnitId = null, string? Search = null, Guid? DocumentId = null)
    : IQuery<IReadOnlyList<DirectiveOption>>;

public sealed record DirectiveOption(Guid Id, string NumberAndSymbol, DateOnly? IssuedOn, string Summary);

public sealed class ListUnitDirectivesValidator : AbstractValidator<ListUnitDirectivesQuery>
{
    public ListUnitDirectivesValidator(IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.Search).MaximumLength(ListUnitDirectivesHandler.SearchMaxLength)
            .WithMessage(l["Từ khóa tìm kiếm dài tối đa {0} ký tự.", ListUnitDirectivesHandler.SearchMaxLength]);
}

public sealed class ListUnitDirectivesHandler(IPortalDbContext db, IResourceAuthorizer authorizer, ICurrentUser user)
    : IQueryHandler<ListUnitDirectivesQuery, IReadOnlyList<DirectiveOption>>
{
    public const int MaxOptions = 20;
    public const int SearchMaxLength = 200;

    public async ValueTask<IReadOnlyList<DirectiveOption>> Handle(ListUnitDirectivesQuery query, CancellationToken cancellationToken)
    {
        var unitId = AssignmentAccess.UnitInScope(authorizer, user, query.UnitId);

        var assignments = db.Assignments.AsNoTracking();
        if (unitId is { } id)
            assignments = assignments.Where(a => a.UnitId == id);
        var documents = db.OutgoingDocuments.AsNoTracking();
        if (query.DocumentId is { } documentId)
            documents = documents.Where(d => d.Id == documentId);
        var search = VietnameseText.Fold(query.Search);
        if (search.Length > 0)
            documents = documents.Where(d => d.SearchText.Contains(search));
        return await DirectiveOptions.LatestAsync(documents, assignments, MaxOptions, cancellationToken);
    }
}

internal static class DirectiveOptions
{
    /// <summary>
    /// The newest issued documents among <paramref name="documents"/> that have one of <paramref name="assignments"/>
    /// (the directives of that scope), numbered as issued.
    /// </summary>
    public static async Task<IReadOnlyList<DirectiveOption>> LatestAsync(
        IQueryable<OutgoingDocument> documents, IQueryable<Assignment> assignments, int count, CancellationToken cancellationToken)
    {
        var rows = await documents
            .Where(d => d.Status == OutgoingStatus.Issued && assignments.Any(a => a.DocumentId == d.Id))
            .OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Number)
            .Select(d => new { d.Id, d.Type, d.IssuerCode, d.DraftingUnitCode, d.Number, d.IssuedOn, d.Summary })
            .Take(count)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(d => new DirectiveOption(
            d.Id, OutgoingSymbol.WithNumber(d.Number, OutgoingSymbol.Of(d.Type, d.IssuerCode, d.DraftingUnitCode)), d.IssuedOn, d.Summary))];
    }
}

