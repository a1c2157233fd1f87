using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Calendar;

namespace SoTTTT.Portal.Core.Domain.Tasks;

/// <summary>
/// One unit's share of a task: it acknowledges, reports, may ask for more time, and is complete
/// when a report that claims completion is accepted. Status is judged against the approved due
/// date; the original one is kept.
/// </summary>
public sealed class Assignment : Entity, IVersioned
{
    /// <summary>An open-ended assignment without a report for this long is flagged.</summary>
    public const int StaleAfterDays = 90;

    private Assignment()
    {
    }

    internal Assignment(DirectiveTask task, Guid unitId, AssignmentRole role, Guid? viaGroupId, DateTime assignedAtUtc)
    {
        TaskId = task.Id;
        DocumentId = task.DocumentId;
        UnitId = unitId;
        Role = role;
        ViaGroupId = viaGroupId;
        DeadlineKind = task.DeadlineKind;
        CutOffDay = task.CutOffDay;
        OriginalDueDate = task.DueDate;
        DueDate = task.DueDate;
        AssignedAtUtc = assignedAtUtc;
    }

    public Guid TaskId { get; private set; }
    public Guid DocumentId { get; private set; }
    public Guid UnitId { get; private set; }
    public AssignmentRole Role { get; private set; }
    /// <summary>The group through which the unit was assigned, when it was.</summary>
    public Guid? ViaGroupId { get; private set; }
    public DeadlineKind DeadlineKind { get; private set; }
    public int? CutOffDay { get; private set; }
    /// <summary>The due date the directive gave (or the current period's cut-off for a recurring report).</summary>
    public DateOnly? OriginalDueDate { get; private set; }
    /// <summary>The due date lateness is judged against: the original, or the one a leader approved.</summary>
    public DateOnly? DueDate { get; private set; }
    public DateTime AssignedAtUtc { get; private set; }
    public DateTime? AcknowledgedAtUtc { get; private set; }
    public string? AcknowledgedById { get; private set; }
    public DateTime? LastReportAtUtc { get; private set; }
    public int ReportCount { get; private set; }
    /// <summary>Per cent done, as the latest report gave it.</summary>
    public int PercentDone { get; private set; }
    public int ReportsAwaitingReview { get; private set; }
    public bool ExtensionPending { get; private set; }
    /// <summary>When the report that completed the assignment was submitted.</summary>
    public DateTime? CompletedAtUtc { get; private set; }
    /// <summary>That moment's date in Viet Nam, which decides "đúng hạn" or "quá hạn".</summary>
    public DateOnly? CompletedOn { get; private set; }
    public Guid? CompletingReportId { get; private set; }
    /// <summary>The sequence of the latest accepted report (0 before the first): its figures are the assignment's.</summary>
    public int LatestAcceptedSequence { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsCompleted => CompletedOn is not null;

    public TaskDeadline Deadline => new(DeadlineKind, null, null, CutOffDay);

    /// <summary>Xác nhận đã nhận: recorded once; acknowledging again changes nothing.</summary>
    public void Acknowledge(string userId, DateTime atUtc)
    {
        if (AcknowledgedAtUtc is not null)
            return;
        AcknowledgedAtUtc = atUtc;
        AcknowledgedById = userId;
    }

    public ProgressReport SubmitReport(ReportDraft draft, string userId, DateTime atUtc, DateOnly today)
    {
        if (IsCompleted)
            throw new DomainRuleException("Nhiệm vụ đã hoàn thành; không gửi thêm báo cáo.");
        if (draft.PeriodFrom > draft.PeriodTo)
            throw new DomainRuleException("Ngày bắt đầu kỳ báo cáo phải trước ngày kết thúc.", nameof(ReportDraft.PeriodFrom));
        if (draft.PeriodTo > today)
            throw new DomainRuleException("Kỳ báo cáo không được ở tương lai.", nameof(ReportDraft.PeriodTo));
        if (draft.PercentDone is < 0 or > 100)
            throw new DomainRuleException("Tỷ lệ hoàn thành phải từ 0 đến 100%.", nameof(ReportDraft.PercentDone));
        if (draft.Values.Any(v => v.Value < 0))
            throw new DomainRuleException("Số liệu chỉ tiêu không được âm.", nameof(ReportDraft.Values));
        if (string.IsNullOrWhiteSpace(draft.Narrative))
            throw new DomainRuleException("Hãy ghi nội dung báo cáo.", nameof(ReportDraft.Narrative));

        Acknowledge(userId, atUtc);
        ReportCount++;
        var report = new ProgressReport(this, ReportCount, draft, userId, atUtc);
        LastReportAtUtc = atUtc;
        PercentDone = draft.PercentDone;
        ReportsAwaitingReview++;
        // A report that covers the current period (it ends after the previous cut-off) moves a recurring
        // due date on to the next cut-off; a resubmission for a period already reported moves nothing.
        if (Deadline.IsRecurring && DueDate is { } due && draft.PeriodTo > PreviousCutOff(due))
        {
            DueDate = Deadline.NextCutOffAfter(due > today ? due : today);
            OriginalDueDate = DueDate;
        }
        return report;
    }

    /// <summary>
    /// Tiếp nhận: a report that claims completion completes the assignment as of its submission. True when the
    /// report is now the latest accepted one, whose figures (<see cref="IndicatorFigure"/>) replace the assignment's;
    /// an older report accepted late changes no figure.
    /// </summary>
    public bool AcceptReport(ProgressReport report, string reviewerId, DateTime atUtc, string? note)
    {
        EnsureOwns(report);
        report.Accept(reviewerId, atUtc, note);
        ReportsAwaitingReview = Math.Max(0, ReportsAwaitingReview - 1);
        var latest = report.Sequence > LatestAcceptedSequence;
        if (latest)
            LatestAcceptedSequence = report.Sequence;
        if (report.ClaimsCompletion && !IsCompleted)
        {
            CompletedAtUtc = report.SubmittedAtUtc;
            CompletedOn = DateOnly.FromDateTime(PortalTime.ToLocal(report.SubmittedAtUtc));
            CompletingReportId = report.Id;
            PercentDone = 100;
        }
        return latest;
    }

    /// <summary>Yêu cầu bổ sung, with the reason the unit will read.</summary>
    public void RequestMore(ProgressReport report, string reviewerId, DateTime atUtc, string reason)
    {
        EnsureOwns(report);
        report.RequestMore(reviewerId, atUtc, reason);
        ReportsAwaitingReview = Math.Max(0, ReportsAwaitingReview - 1);
    }

    public ExtensionRequest RequestExtension(DateOnly newDueDate, string reason, string userId, DateTime atUtc, DateOnly today)
    {
        if (IsCompleted)
            throw new DomainRuleException("Nhiệm vụ đã hoàn thành; không cần gia hạn.");
        if (DueDate is not { } due)
            throw new DomainRuleException("Nhiệm vụ không có thời hạn nên không cần gia hạn.");
        if (ExtensionPending)
            throw new DomainRuleException("Đơn vị đã có một đề nghị gia hạn đang chờ lãnh đạo quyết định.");
        if (newDueDate <= due)
            throw new DomainRuleException("Hạn mới phải sau hạn hiện tại.", nameof(ExtensionRequest.RequestedDueDate));
        if (newDueDate <= today)
            throw new DomainRuleException("Hạn mới phải sau ngày hôm nay.", nameof(ExtensionRequest.RequestedDueDate));
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("Hãy ghi lý do đề nghị gia hạn.", nameof(ExtensionRequest.Reason));
        ExtensionPending = true;
        return new ExtensionRequest(this, due, newDueDate, reason, userId, atUtc);
    }

    public void ApproveExtension(ExtensionRequest request, string leaderId, DateTime atUtc, string? note)
    {
        EnsureOwns(request);
        request.Approve(leaderId, atUtc, note);
        ExtensionPending = false;
        DueDate = request.RequestedDueDate;
    }

    public void RefuseExtension(ExtensionRequest request, string leaderId, DateTime atUtc, string reason)
    {
        EnsureOwns(request);
        request.Refuse(leaderId, atUtc, reason);
        ExtensionPending = false;
    }

    /// <summary>Where the assignment stands on <paramref name="today"/> (Viet Nam's date).</summary>
    public AssignmentStanding Evaluate(DateOnly today, WorkingCalendar calendar, int dueSoonWorkingDays) =>
        AssignmentStanding.Of(DueDate, CompletedOn, LastReportAtUtc ?? AssignedAtUtc, today, calendar, dueSoonWorkingDays);

    /// <summary>Moves an open assignment to the unit that took over the old one's duties.</summary>
    public void MoveTo(Guid successorUnitId)
    {
        if (IsCompleted)
            throw new DomainRuleException("Nhiệm vụ đã hoàn thành không chuyển sang đơn vị khác.");
        UnitId = successorUnitId;
    }

    private DateOnly PreviousCutOff(DateOnly due) => DeadlineKind switch
    {
        DeadlineKind.Weekly => due.AddDays(-7),
        DeadlineKind.Monthly => due.AddMonths(-1),
        _ => due.AddMonths(-3),
    };

    private void EnsureOwns(ProgressReport report)
    {
        if (report.AssignmentId != Id)
            throw new InvalidOperationException("The report belongs to another assignment.");
    }

    private void EnsureOwns(ExtensionRequest request)
    {
        if (request.AssignmentId != Id)
            throw new InvalidOperationException("The request belongs to another assignment.");
    }
}

public sealed record AssignmentStanding(ComplianceStatus Status, bool DueSoon, bool Stale)
{
    public bool IsCompleted => Status is ComplianceStatus.CompletedOnTime or ComplianceStatus.CompletedLate;

    /// <summary>
    /// The rule itself, on the columns a list reads: completed on or before the (approved) due date
    /// is on time; open past it is overdue; open within <paramref name="dueSoonWorkingDays"/> working
    /// days of it is due soon; open-ended and silent for <see cref="Assignment.StaleAfterDays"/> days is stale.
    /// </summary>
    /// <summary>
    /// The same "due soon" rule for a query: an open assignment is due soon when its due date is on or
    /// after today and before this day (the working day after the window's last).
    /// </summary>
    public static DateOnly DueSoonBefore(DateOnly today, WorkingCalendar calendar, int dueSoonWorkingDays) =>
        calendar.AddWorkingDays(today, dueSoonWorkingDays + 1);

    public static AssignmentStanding Of(
        DateOnly? dueDate, DateOnly? completedOn, DateTime lastActivityUtc, DateOnly today, WorkingCalendar calendar, int dueSoonWorkingDays)
    {
        if (completedOn is { } completed)
            return new(dueDate is { } d && completed > d ? ComplianceStatus.CompletedLate : ComplianceStatus.CompletedOnTime, false, false);
        if (dueDate is { } due)
        {
            if (today > due)
                return new(ComplianceStatus.OpenOverdue, false, false);
            return new(ComplianceStatus.OpenOnTime, calendar.WorkingDaysBetween(today, due) <= dueSoonWorkingDays, false);
        }
        var lastActivity = DateOnly.FromDateTime(PortalTime.ToLocal(lastActivityUtc));
        return new(ComplianceStatus.OpenOnTime, false, today > lastActivity.AddDays(Assignment.StaleAfterDays));
    }
}

/// <summary>What a unit writes in a progress report.</summary>
public sealed record ReportDraft(
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    string Narrative,
    int PercentDone,
    IReadOnlyList<IndicatorValueDraft> Values,
    string? UnitReportNumber,
    bool ClaimsCompletion);

public sealed record IndicatorValueDraft(Guid IndicatorId, decimal Value);
