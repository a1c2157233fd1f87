using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Notifications;

namespace SoTTTT.Portal.Core.Features.Tasks;

/// <summary>Đôn đốc: with one action, a specialist asks every unit of the task that has not reported to report; returns how many units were asked.</summary>
[RequiresPermission(Permission.ReviewReports)]
public sealed record ChaseUnreportedUnitsCommand(Guid TaskId) : ICommand<int>;

/// <summary>Soạn công văn đôn đốc: a draft dispatch to the units of the task that have not reported; returns the draft's id.</summary>
[RequiresPermission(Permission.DraftOutgoing)]
public sealed record DraftChasingDispatchCommand(Guid TaskId) : ICommand<Guid>;

public sealed class ChaseUnreportedUnitsHandler(IPortalDbContext db, IUserDirectory users, Notifier notifier, TimeProvider clock)
    : ICommandHandler<ChaseUnreportedUnitsCommand, int>
{
    /// <summary>The notification's title, by which a directive's timeline finds the chasing.</summary>
    public const string NotificationTitle = "Đề nghị báo cáo tiến độ nhiệm vụ";

    public async ValueTask<int> Handle(ChaseUnreportedUnitsCommand command, CancellationToken cancellationToken)
    {
        var task = await UnreportedUnits.LoadAsync(db, command.TaskId, clock.Today(), cancellationToken);
        var usersByUnit = (await users.InUnitsAsync([.. task.Units.Select(u => u.UnitId)], cancellationToken)).ToLookup(u => u.UnitId);
        foreach (var unit in task.Units)
        {
            var due = unit.DueDate is { } date ? $"; hạn {ChaseTexts.Date(date)}" : "";
            var message = $"Đề nghị báo cáo tiến độ nhiệm vụ “{task.Title}” ({task.Document.Reference}){due}.";
            foreach (var user in usersByUnit[unit.UnitId])
                notifier.ToUser(user.Id, NotificationTitle, message, AssignmentLinks.Of(unit.AssignmentId));
        }
        await db.SaveChangesAsync(cancellationToken);
        return task.Units.Count;
    }
}

public sealed class DraftChasingDispatchHandler(
    IPortalDbContext db, ICurrentUser user, TimeProvider clock, IOptions<IssuingBodyOptions> issuingBody, DocumentHistory history)
    : ICommandHandler<DraftChasingDispatchCommand, Guid>
{
    /// <summary>The units are given this many working days to report.</summary>
    public const int ReportWithinWorkingDays = 5;

    public async ValueTask<Guid> Handle(DraftChasingDispatchCommand command, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var task = await UnreportedUnits.LoadAsync(db, command.TaskId, today, cancellationToken);
        var original = task.Document;
        var draftingUnit = await db.OrgUnits.Where(u => u.Id == original.DraftingUnitId)
            .Select(u => new { u.Code, u.ShortName }).SingleAsync(cancellationToken);
        var calendar = await WorkingCalendars.LoadAsync(db, cancellationToken);
        var reportBy = calendar.AddWorkingDays(today, ReportWithinWorkingDays);
        var body = issuingBody.Value;

        var about = original.Summary.StartsWith("V/v ", StringComparison.Ordinal) ? $"về việc {original.Summary[4..]}" : original.Summary;
        var due = task.DueDate is { } date && !task.Deadline.IsRecurring ? $", thời hạn hoàn thành ngày {ChaseTexts.Date(date)}" : "";
        var preamble =
            $"Ngày {ChaseTexts.Date(original.IssuedOn)}, {body.DisplayName} ban hành {original.Reference} {about}, "
            + $"trong đó giao các đơn vị thực hiện nhiệm vụ “{task.Title}”{due}.\n"
            + "Đến nay, các đơn vị nêu trên chưa báo cáo kết quả thực hiện nhiệm vụ. Để kịp thời theo dõi, tổng hợp, "
            + $"{body.DisplayName} đề nghị:";
        var indicators = task.IndicatorNames.Count > 0 ? $", kèm số liệu các chỉ tiêu: {string.Join("; ", task.IndicatorNames)}" : "";
        var section =
            $"Các đơn vị khẩn trương triển khai thực hiện nhiệm vụ nêu trên và báo cáo kết quả thực hiện{indicators} "
            + $"về {body.DisplayName} (qua {draftingUnit.ShortName}) trước ngày {ChaseTexts.Date(reportBy)}.";

        var draft = new OutgoingDraft(
            DocumentType.CongVan,
            original.DraftingUnitId,
            draftingUnit.Code,
            body.PlaceName,
            $"V/v đôn đốc thực hiện nhiệm vụ “{task.Title}” theo {original.Reference}",
            [.. task.Units.Select(u => new RecipientDraft(u.UnitName, u.UnitId))],
            preamble,
            [new SectionDraft(null, section)],
            "Đề nghị Thủ trưởng các đơn vị quan tâm, chỉ đạo thực hiện./.",
            original.SignerUserId,
            original.SignerName,
            original.Authority,
            original.HeadTitle,
            original.SignerTitle,
            [
                new RecipientDraft("", Purpose: DistributionPurpose.AsAbove),
                new RecipientDraft($"VT, {draftingUnit.Code}", Purpose: DistributionPurpose.Archive),
            ],
            original.CitedIncomingIds);
        var document = OutgoingDocument.Draft(user.UserId!, body.Abbreviation, draft);
        db.OutgoingDocuments.Add(document);
        history.Record(document.Id, DocumentAction.Drafted, $"Công văn đôn đốc theo {original.NumberAndSymbol}");
        await db.SaveChangesAsync(cancellationToken);
        return document.Id;
    }
}

/// <summary>The task to chase, its directive, and the units of its open assignments that have not reported.</summary>
internal sealed record ChaseSubject(
    string Title,
    TaskDeadline Deadline,
    DateOnly? DueDate,
    IReadOnlyList<string> IndicatorNames,
    ChasedDocument Document,
    IReadOnlyList<UnreportedUnit> Units);

internal sealed record ChasedDocument(
    DocumentType Type,
    string NumberAndSymbol,
    DateOnly IssuedOn,
    string Summary,
    Guid DraftingUnitId,
    string? SignerUserId,
    string SignerName,
    SigningAuthority Authority,
    string? HeadTitle,
    string SignerTitle,
    IReadOnlyList<Guid> CitedIncomingIds)
{
    /// <summary>"Công văn số 4/STTTT-BCVTCNTT ngày 19/04/2022".</summary>
    public string Reference => $"{DocumentTypes.Name(Type)} số {NumberAndSymbol} ngày {ChaseTexts.Date(IssuedOn)}";
}

internal sealed record UnreportedUnit(Guid AssignmentId, Guid UnitId, string UnitName, DateOnly? DueDate);

internal static class UnreportedUnits
{
    /// <summary>
    /// Loads the issued task and the units still owing a report on <paramref name="today"/>: an open
    /// assignment without any report, or, for a recurring report, without one since the last cut-off.
    /// Refuses a task not yet issued and a task whose units have all reported.
    /// </summary>
    public static async Task<ChaseSubject> LoadAsync(IPortalDbContext db, Guid taskId, DateOnly today, CancellationToken cancellationToken)
    {
        var task = await db.DirectiveTasks.AsNoTracking()
            .Where(t => t.Id == taskId)
            .Select(t => new
            {
                t.Title,
                t.DocumentId,
                t.IssuedOn,
                t.DeadlineKind,
                t.CutOffDay,
                t.DueDate,
                Indicators = t.Indicators.OrderBy(i => i.Position).Select(i => i.Name).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        if (task.IssuedOn is null)
            throw new DomainRuleException("Văn bản giao nhiệm vụ chưa phát hành nên chưa có đơn vị nào để đôn đốc.");

        var deadline = new TaskDeadline(task.DeadlineKind, CutOffDay: task.CutOffDay);
        var open = await (
                from a in db.Assignments.AsNoTracking()
                where a.TaskId == taskId && a.CompletedOn == null
                join u in db.OrgUnits on a.UnitId equals u.Id
                orderby a.Role, u.FullName
                select new { a.Id, a.UnitId, u.FullName, a.ReportCount, a.LastReportAtUtc, a.DueDate })
            .ToListAsync(cancellationToken);
        var unreported = open
            .Where(a => deadline.OwesReport(a.ReportCount, a.LastReportAtUtc, today))
            .Select(a => new UnreportedUnit(a.Id, a.UnitId, a.FullName, a.DueDate))
            .ToList();
        if (unreported.Count == 0)
            throw new DomainRuleException("Tất cả đơn vị đã báo cáo.");

        var document = await db.OutgoingDocuments.AsNoTracking()
            .Where(d => d.Id == task.DocumentId)
            .Select(d => new
            {
                d.Type,
                d.IssuerCode,
                d.DraftingUnitCode,
                d.Number,
                d.IssuedOn,
                d.Summary,
                d.DraftingUnitId,
                d.SignerUserId,
                d.SignerName,
                d.Authority,
                d.HeadTitle,
                d.SignerTitle,
                Cited = d.Citations.Select(c => c.IncomingDocumentId).ToList(),
            })
            .SingleAsync(cancellationToken);
        var numberAndSymbol = OutgoingSymbol.WithNumber(document.Number, OutgoingSymbol.Of(document.Type, document.IssuerCode, document.DraftingUnitCode));
        var chased = new ChasedDocument(document.Type, numberAndSymbol, document.IssuedOn ?? task.IssuedOn.Value, document.Summary,
            document.DraftingUnitId, document.SignerUserId, document.SignerName, document.Authority, document.HeadTitle, document.SignerTitle,
            document.Cited);
        return new ChaseSubject(task.Title, deadline, task.DueDate, task.Indicators, chased, unreported);
    }
}

internal static class ChaseTexts
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
