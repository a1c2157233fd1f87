using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Exports;

namespace SoTTTT.Portal.Core.Features.Inspection;

/// <summary>The findings, filtered as on screen, as a PDF (landscape) or a workbook.</summary>
[RequiresPermission(Permission.ReadFindings)]
public sealed record ExportFindingsQuery(ListFindingsQuery List, ExportFormat Format = ExportFormat.Pdf) : IQuery<ExportFile>;

public sealed class ExportFindingsValidator : AbstractValidator<ExportFindingsQuery>
{
    public ExportFindingsValidator(IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.List.To).Must((x, to) => x.List.From is null || to is null || x.List.From <= to)
            .WithMessage(l["Ngày bắt đầu phải trước ngày kết thúc."]).OverridePropertyName("To");
}

public sealed class ExportFindingsHandler(
    IPortalDbContext db, ICurrentUser user, TimeProvider clock, IOptions<IssuingBodyOptions> issuingBody, IFindingsPdf pdf, IExcelWriter excel)
    : IQueryHandler<ExportFindingsQuery, ExportFile>
{
    public const string Title = "DANH SÁCH PHÁT HIỆN THANH TRA";
    public const int MaxRows = 20_000;

    public async ValueTask<ExportFile> Handle(ExportFindingsQuery query, CancellationToken cancellationToken)
    {
        var rows = (await FindingQueries.Newest(FindingQueries.Joined(db, FindingQueries.Filter(db.Findings.AsNoTracking(), query.List)))
                .Take(MaxRows).ToListAsync(cancellationToken))
            .Select(c => c.ToRow()).ToList();
        var stem = $"Phat-hien-thanh-tra-{clock.Today():yyyy-MM-dd}";
        if (query.Format == ExportFormat.Excel)
        {
            var workbook = await Task.Run(() => excel.Write(Sheet(rows)), cancellationToken);
            return new ExportFile($"{stem}.xlsx", ExportFile.ExcelContentType, workbook);
        }

        var print = new FindingsPrint(
            issuingBody.Value.ParentName, issuingBody.Value.Name, Title, await FiltersAsync(query.List, cancellationToken),
            PortalTime.ToLocal(clock.UtcNow()), user.DisplayName,
            [.. rows.Select(r => new FindingPrint(
                PortalTime.ToLocal(r.RecordedAtUtc), Target(r), VietnameseTerms.Of(r.Severity), r.Description, r.Recommendation,
                VietnameseTerms.Of(r.FollowUp), r.FollowUpNote, r.RecordedByName))]);
        var content = await Task.Run(() => pdf.Render(print), cancellationToken);
        return new ExportFile($"{stem}.pdf", ExportFile.PdfContentType, content);
    }

    private static string Target(FindingRow row) =>
        row.Target.Length == 0 ? VietnameseTerms.Of(row.TargetKind) : $"{VietnameseTerms.Of(row.TargetKind)}: {row.Target}";

    private async Task<IReadOnlyList<string>> FiltersAsync(ListFindingsQuery list, CancellationToken cancellationToken)
    {
        var filters = new List<string>();
        if (list.Severity is { } severity)
            filters.Add($"Mức độ: {VietnameseTerms.Of(severity)}");
        if (list.State is { } state)
            filters.Add($"Tình trạng khắc phục: {VietnameseTerms.Of(state)}");
        if (list.UnitId is { } unitId)
            filters.Add($"Đơn vị: {await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken)}");
        if (list.DocumentId is { } documentId)
        {
            var document = await db.OutgoingDocuments.AsNoTracking().Where(d => d.Id == documentId)
                .Select(d => new { d.Type, d.IssuerCode, d.DraftingUnitCode, d.Number, d.Summary }).SingleOrDefaultAsync(cancellationToken);
            if (document is not null)
                filters.Add($"Văn bản: {OutgoingSymbol.WithNumber(document.Number, OutgoingSymbol.Of(document.Type, document.IssuerCode, document.DraftingUnitCode))} {document.Summary}");
        }
        filters.Add(list.From is null && list.To is null
            ? "Thời gian: Tất cả"
            : $"Thời gian: từ {(list.From is { } from ? VietnameseNumbers.Date(from) : "…")} đến {(list.To is { } to ? VietnameseNumbers.Date(to) : "…")}");
        return filters;
    }

    private static ExcelSheet Sheet(IReadOnlyList<FindingRow> rows) => new(
        "Phát hiện thanh tra",
        [new("Ngày ghi nhận", ExcelValueKind.DateTime, 18), new("Đối tượng", Width: 18), new("Đơn vị", Width: 30), new("Văn bản", Width: 24),
         new("Nhiệm vụ", Width: 40), new("Mức độ", Width: 14), new("Nội dung phát hiện", Width: 60), new("Kiến nghị", Width: 60),
         new("Tình trạng khắc phục", Width: 18), new("Ghi chú khắc phục", Width: 40), new("Cập nhật lúc", ExcelValueKind.DateTime, 18),
         new("Người ghi nhận", Width: 24)],
        rows.Select(r => (IReadOnlyList<object?>)[
            PortalTime.ToLocal(r.RecordedAtUtc), VietnameseTerms.Of(r.TargetKind), r.UnitName, r.DocumentNumberAndSymbol, r.TaskTitle,
            VietnameseTerms.Of(r.Severity), r.Description, r.Recommendation, VietnameseTerms.Of(r.FollowUp), r.FollowUpNote,
            r.UpdatedAtUtc is { } updated ? PortalTime.ToLocal(updated) : null, r.RecordedByName]));
}
