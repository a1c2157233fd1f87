using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Core.Domain.Tasks;

/// <summary>
/// A unit's progress report on an assignment: the period, what was done, per cent done, a figure
/// per indicator, evidence (attachments), and whether the unit says the work is complete.
/// </summary>
public sealed class ProgressReport : Entity
{
    public const int NarrativeMaxLength = 10_000;
    public const int UnitReportNumberMaxLength = 60;
    public const int ReviewNoteMaxLength = 2000;

    private readonly List<IndicatorValue> _values = [];

    private ProgressReport()
    {
    }

    internal ProgressReport(Assignment assignment, int sequence, ReportDraft draft, string userId, DateTime atUtc)
    {
        AssignmentId = assignment.Id;
        TaskId = assignment.TaskId;
        DocumentId = assignment.DocumentId;
        UnitId = assignment.UnitId;
        Sequence = sequence;
        PeriodFrom = draft.PeriodFrom;
        PeriodTo = draft.PeriodTo;
        Narrative = VietnameseText.Clean(draft.Narrative) ?? "";
        PercentDone = draft.PercentDone;
        UnitReportNumber = VietnameseText.Clean(draft.UnitReportNumber);
        ClaimsCompletion = draft.ClaimsCompletion;
        SubmittedById = userId;
        SubmittedAtUtc = atUtc;
        Status = ReportStatus.AwaitingReview;
        _values.AddRange(draft.Values.DistinctBy(v => v.IndicatorId).Select(v => new IndicatorValue(v.IndicatorId, v.Value)));
    }

    public Guid AssignmentId { get; private set; }
    public Guid TaskId { get; private set; }
    public Guid DocumentId { get; private set; }
    /// <summary>The reporting unit: every read of a report is checked against it.</summary>
    public Guid UnitId { get; private set; }
    /// <summary>1 for the assignment's first report, and so on.</summary>
    public int Sequence { get; private set; }
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }
    public string Narrative { get; private set; } = "";
    public int PercentDone { get; private set; }
    /// <summary>The unit's own number of its paper report, e.g. "125/BC-VNPT".</summary>
    public string? UnitReportNumber { get; private set; }
    public bool ClaimsCompletion { get; private set; }
    public string SubmittedById { get; private set; } = "";
    public DateTime SubmittedAtUtc { get; private set; }
    public ReportStatus Status { get; private set; }
    public string? ReviewedById { get; private set; }
    public DateTime? ReviewedAtUtc { get; private set; }
    /// <summary>The reviewer's answer: why more is needed, or a remark on acceptance.</summary>
    public string? ReviewNote { get; private set; }

    public IReadOnlyList<IndicatorValue> Values => _values;

    internal void Accept(string reviewerId, DateTime atUtc, string? note)
    {
        EnsureAwaitingReview();
        Status = ReportStatus.Accepted;
        ReviewedById = reviewerId;
        ReviewedAtUtc = atUtc;
        ReviewNote = VietnameseText.Clean(note);
    }

    internal void RequestMore(string reviewerId, DateTime atUtc, string reason)
    {
        EnsureAwaitingReview();
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("Hãy ghi nội dung cần bổ sung.", "Reason");
        Status = ReportStatus.MoreRequested;
        ReviewedById = reviewerId;
        ReviewedAtUtc = atUtc;
        ReviewNote = VietnameseText.Clean(reason);
    }

    private void EnsureAwaitingReview()
    {
        if (Status != ReportStatus.AwaitingReview)
            throw new DomainRuleException("Báo cáo này đã được xem xét.");
    }
}

public sealed class IndicatorValue
{
    private IndicatorValue()
    {
    }

    public IndicatorValue(Guid indicatorId, decimal value)
    {
        IndicatorId = indicatorId;
        Value = value;
    }

    public Guid IndicatorId { get; private set; }
    public decimal Value { get; private set; }
}
