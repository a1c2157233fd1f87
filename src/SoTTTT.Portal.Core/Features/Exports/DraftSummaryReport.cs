using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Core.Features.Exports;

/// <summary>
/// Báo cáo tổng hợp to the provincial People's Committee: a new outgoing draft of type Báo cáo, pre-filled
/// with the figures of the directives issued within a period (or of one directive) — what was directed,
/// the four statuses overall and per kind of unit, the reports received, the indicator totals and the
/// overdue units — counted as of today. The specialist edits it and it follows the usual path (submit,
/// approve, issue); it prints like any outgoing document.
/// </summary>
[RequiresPermission(Permission.DraftOutgoing)]
public sealed record DraftSummaryReportCommand(DateOnly? From, DateOnly? To, Guid? DocumentId = null) : ICommand<Guid>;

public sealed class DraftSummaryReportValidator : AbstractValidator<DraftSummaryReportCommand>
{
    public DraftSummaryReportValidator(IStringLocalizer<CoreResource> l, TimeProvider clock)
    {
        RuleFor(x => x.From).NotNull().WithMessage(l["Hãy chọn ngày bắt đầu kỳ báo cáo."]);
        RuleFor(x => x.To)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(l["Hãy chọn ngày kết thúc kỳ báo cáo."])
            .Must((x, to) => x.From is null || x.From <= to).WithMessage(l["Ngày bắt đầu kỳ báo cáo phải trước ngày kết thúc."])
            .Must(to => to <= clock.Today()).WithMessage(l["Kỳ báo cáo không được ở tương lai."]);
    }
}

public sealed class DraftSummaryReportHandler(
    IPortalDbContext db,
    ICurrentUser user,
    TimeProvider clock,
    IOptions<TaskOptions> taskOptions,
    IOptions<IssuingBodyOptions> issuingBody,
    DocumentHistory history,
    IStringLocalizer<CoreResource> l)
    : ICommandHandler<DraftSummaryReportCommand, Guid>
{
    /// <summary>Lines listed by name before "… và n trường hợp khác".</summary>
    public const int MaxListedLines = 60;

    public async ValueTask<Guid> Handle(DraftSummaryReportCommand command, CancellationToken cancellationToken)
    {
        var from = command.From!.Value;
        var to = command.To!.Value;
        var unitId = user.UnitId ?? throw new DomainRuleException(l["Tài khoản của bạn chưa thuộc đơn vị nào."]);
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Id, u.Code }).SingleAsync(cancellationToken);

        var directives = db.OutgoingDocuments.AsNoTracking()
            .Where(d => d.Status == OutgoingStatus.Issued && db.DirectiveTasks.Any(t => t.DocumentId == d.Id));
        directives = command.DocumentId is { } documentId
            ? directives.Where(d => d.Id == documentId)
            : directives.Where(d => d.IssuedOn >= from && d.IssuedOn <= to);
        var documents = await directives.OrderBy(d => d.IssuedOn).ThenBy(d => d.Number)
            .Select(d => new
            {
                d.Id, d.SignerUserId, d.SignerName, d.Authority, d.HeadTitle, d.SignerTitle,
                Cited = d.Citations.Select(c => c.IncomingDocumentId).ToList(),
            })
            .ToListAsync(cancellationToken);
        if (command.DocumentId is not null && documents.Count == 0)
            throw new NotFoundException();
        if (documents.Count == 0)
            throw new DomainRuleException(l["Trong kỳ đã chọn Sở không ban hành văn bản chỉ đạo nào có nhiệm vụ."], nameof(command.From));

        var data = new List<ComplianceData>();
        foreach (var document in documents)
            data.Add(await ComplianceData.LoadAsync(db, clock, taskOptions.Value, document.Id, null, null, cancellationToken));

        var documentIds = documents.Select(d => d.Id).ToList();
        var fromUtc = PortalTime.StartOfDayUtc(from);
        var beforeUtc = PortalTime.StartOfDayUtc(to.AddDays(1));
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => documentIds.Contains(r.DocumentId) && r.SubmittedAtUtc >= fromUtc && r.SubmittedAtUtc < beforeUtc)
            .GroupBy(r => r.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var cited = documents.SelectMany(d => d.Cited).Distinct().ToList();
        var citedLines = await db.IncomingDocuments.AsNoTracking().Where(i => cited.Contains(i.Id))
            .OrderBy(i => i.IssuedOn)
            .Select(i => new { i.NumberSymbol, i.IssuedOn, i.IssuingAgency })
            .ToListAsync(cancellationToken);

        var recipients = await db.OrgUnits.AsNoTracking()
            .Where(u => u.ActiveTo == null && (u.Kind == OrgUnitKind.ProvincialGovernment || u.Kind == OrgUnitKind.Leadership))
            .Select(u => new { u.Id, u.Kind })
            .ToListAsync(cancellationToken);
        Guid? Recipient(OrgUnitKind kind) => recipients.FirstOrDefault(r => r.Kind == kind)?.Id;

        var today = clock.Today();
        var single = command.DocumentId is not null ? data[0].Document.Describe() : null;
        var period = $"từ ngày {VietnameseNumbers.Date(from)} đến ngày {VietnameseNumbers.Date(to)}";
        var summary = single is null
            ? $"Báo cáo kết quả thực hiện các văn bản chỉ đạo của Sở {period}"
            : $"Báo cáo kết quả thực hiện {single[..1].ToLowerInvariant()}{single[1..]}";
        var basis = citedLines.Count == 0
            ? ""
            : "Thực hiện " + string.Join("; ", citedLines.Select(c => $"Văn bản số {c.NumberSymbol} ngày {VietnameseNumbers.Date(c.IssuedOn)} của {c.IssuingAgency}")) + ", ";
        var preamble = $"{basis}{issuingBody.Value.DisplayName} báo cáo kết quả triển khai thực hiện {period} (số liệu tính đến ngày {VietnameseNumbers.Date(today)}) như sau:";

        var first = documents[0];
        var draft = new OutgoingDraft(
            DocumentType.BaoCao, unit.Id, unit.Code, issuingBody.Value.PlaceName, summary, [], preamble,
            [
                new("Tình hình triển khai", Deployment(data)),
                new("Kết quả thực hiện", Results(data, reports.ToDictionary(r => r.Status, r => r.Count), today)),
                new("Tồn tại, hạn chế", Shortcomings(data)),
                new("Đề xuất, kiến nghị",
                    "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo các cơ quan, đơn vị chưa hoàn thành nhiệm vụ khẩn trương triển khai thực hiện và báo cáo kết quả đúng thời hạn."),
            ],
            $"Trên đây là báo cáo kết quả thực hiện của {issuingBody.Value.DisplayName}, kính báo cáo Ủy ban nhân dân tỉnh./.",
            first.SignerUserId, first.SignerName, first.Authority, first.HeadTitle, first.SignerTitle,
            [
                new("UBND tỉnh", Recipient(OrgUnitKind.ProvincialGovernment), null, DistributionPurpose.Report),
                new("Ban Giám đốc Sở", Recipient(OrgUnitKind.Leadership), null, DistributionPurpose.ForInformation),
                new($"VT, {unit.Code}", null, null, DistributionPurpose.Archive),
            ],
            cited);
        var report = OutgoingDocument.Draft(user.UserId!, issuingBody.Value.Abbreviation, draft);
        db.OutgoingDocuments.Add(report);
        history.Record(report.Id, DocumentAction.Drafted);
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }

    private static string Deployment(List<ComplianceData> data)
    {
        var tasks = data.Sum(d => d.Tasks.Count);
        var units = data.SelectMany(d => d.Assignments.Select(a => a.Row.UnitId)).Distinct().Count();
        var text = new StringBuilder($"Sở đã ban hành {data.Count} văn bản chỉ đạo, giao {tasks} nhiệm vụ cho {units} cơ quan, đơn vị:");
        foreach (var d in data)
            text.Append($"\n- {d.Document.Describe()};");
        return text.ToString().TrimEnd(';') + ".";
    }

    private static string Results(List<ComplianceData> data, Dictionary<ReportStatus, int> reports, DateOnly today)
    {
        var all = data.SelectMany(d => d.Assignments).ToList();
        var counts = ComplianceData.Count(all);
        var text = new StringBuilder($"Tính đến ngày {VietnameseNumbers.Date(today)}, trong tổng số {counts.Total} lượt nhiệm vụ giao cho các cơ quan, đơn vị:");
        text.Append($"\n- {Share("hoàn thành đúng hạn", counts.CompletedOnTime, counts.Total)};");
        text.Append($"\n- {Share("hoàn thành quá hạn", counts.CompletedLate, counts.Total)};");
        text.Append($"\n- {Share("chưa hoàn thành, còn trong hạn", counts.OpenOnTime, counts.Total)};");
        text.Append($"\n- {Share("chưa hoàn thành, đã quá hạn", counts.OpenOverdue, counts.Total)}.");
        foreach (var kind in all.GroupBy(a => a.Kind).OrderBy(g => g.Key))
        {
            var c = ComplianceData.Count(kind);
            text.Append($"\n{VietnameseTerms.Of(kind.Key)}: {c.Total} lượt nhiệm vụ, đã hoàn thành {c.CompletedOnTime + c.CompletedLate} " +
                        $"({c.CompletedLate} quá hạn), chưa hoàn thành {c.OpenOnTime + c.OpenOverdue} ({c.OpenOverdue} quá hạn).");
        }

        var received = reports.Values.Sum();
        text.Append($"\nTrong kỳ, các đơn vị đã gửi {received} báo cáo tiến độ; Sở đã tiếp nhận {reports.GetValueOrDefault(ReportStatus.Accepted)} báo cáo, " +
                    $"yêu cầu bổ sung {reports.GetValueOrDefault(ReportStatus.MoreRequested)} báo cáo, {reports.GetValueOrDefault(ReportStatus.AwaitingReview)} báo cáo đang xem xét.");

        var totals = data.SelectMany(ComplianceData.IndicatorTotals)
            .Where(t => t.UnitsReporting > 0)
            .ToList();
        if (totals.Count > 0)
        {
            text.Append("\nKết quả theo các chỉ tiêu (theo báo cáo đã được tiếp nhận):");
            foreach (var t in totals.Take(MaxListedLines))
                text.Append($"\n- {t.Indicator}: {VietnameseNumbers.Format(t.Total)} {t.UnitOfMeasure}".TrimEnd() +
                            $" ({t.UnitsReporting} đơn vị báo cáo{(t.Target is { } target ? $", chỉ tiêu giao {VietnameseNumbers.Format(target)}" : "")});");
            text.Length--;
            text.Append('.');
        }
        return text.ToString();
    }

    private static string Shortcomings(List<ComplianceData> data)
    {
        var overdue = data.SelectMany(d => d.Assignments)
            .Where(a => a.Row.Standing.Status == ComplianceStatus.OpenOverdue)
            .OrderBy(a => a.Row.DueDate).ThenBy(a => a.Row.UnitName)
            .ToList();
        if (overdue.Count == 0)
            return "Đến thời điểm báo cáo, không có nhiệm vụ nào quá hạn chưa hoàn thành.";
        var text = new StringBuilder($"Còn {overdue.Count} lượt nhiệm vụ đã quá hạn nhưng chưa hoàn thành:");
        foreach (var a in overdue.Take(MaxListedLines))
            text.Append($"\n- {a.Row.UnitName}: {a.Row.TaskTitle} (hạn {VietnameseNumbers.Date(a.Row.DueDate)});");
        if (overdue.Count > MaxListedLines)
            text.Append($"\n- Và {overdue.Count - MaxListedLines} trường hợp khác (chi tiết tại báo cáo tình hình thực hiện kèm theo);");
        text.Length--;
        return text.Append('.').ToString();
    }

    private static string Share(string what, int count, int total) => $"{count} lượt {what} ({VietnameseNumbers.Percent(count, total)})";
}
