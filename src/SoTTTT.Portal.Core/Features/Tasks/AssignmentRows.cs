using System.Linq.Expressions;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Core.Features.Tasks;

/// <summary>The columns a list of assignments reads in SQL; the standing is judged afterwards, by the one rule.</summary>
public sealed record AssignmentColumns(
    Guid Id,
    Guid TaskId,
    Guid DocumentId,
    DocumentType DocumentType,
    string IssuerCode,
    string DraftingUnitCode,
    int? DocumentNumber,
    DateOnly? DocumentIssuedOn,
    string DocumentSummary,
    string TaskTitle,
    int SectionNumber,
    Guid UnitId,
    string UnitName,
    AssignmentRole Role,
    DateOnly? OriginalDueDate,
    DateOnly? DueDate,
    DateOnly? CompletedOn,
    DateTime AssignedAtUtc,
    DateTime? AcknowledgedAtUtc,
    DateTime? LastReportAtUtc,
    int PercentDone,
    int ReportsAwaitingReview,
    bool ExtensionPending)
{
    public AssignmentRow ToRow(DateOnly today, WorkingCalendar calendar, int dueSoonWorkingDays) => new(
        Id, TaskId, DocumentId,
        OutgoingSymbol.WithNumber(DocumentNumber, OutgoingSymbol.Of(DocumentType, IssuerCode, DraftingUnitCode)),
        DocumentIssuedOn, DocumentSummary, TaskTitle, SectionNumber, UnitId, UnitName, Role, OriginalDueDate, DueDate, CompletedOn,
        AcknowledgedAtUtc, LastReportAtUtc, PercentDone, ReportsAwaitingReview, ExtensionPending,
        AssignmentStanding.Of(DueDate, CompletedOn, LastReportAtUtc ?? AssignedAtUtc, today, calendar, dueSoonWorkingDays));
}

public sealed record AssignmentRow(
    Guid Id,
    Guid TaskId,
    Guid DocumentId,
    string DocumentNumberAndSymbol,
    DateOnly? DocumentIssuedOn,
    string DocumentSummary,
    string TaskTitle,
    int SectionNumber,
    Guid UnitId,
    string UnitName,
    AssignmentRole Role,
    DateOnly? OriginalDueDate,
    DateOnly? DueDate,
    DateOnly? CompletedOn,
    DateTime? AcknowledgedAtUtc,
    DateTime? LastReportAtUtc,
    int PercentDone,
    int ReportsAwaitingReview,
    bool ExtensionPending,
    AssignmentStanding Standing);

/// <summary>An assignment with its document, task and unit, joined once in SQL.</summary>
public sealed class AssignmentJoin
{
    public required Assignment Assignment { get; init; }
    public required OutgoingDocument Document { get; init; }
    public required DirectiveTask Task { get; init; }
    public required OrgUnit Unit { get; init; }
}

public static class AssignmentQueries
{
    public static IQueryable<AssignmentJoin> Joined(IPortalDbContext db, IQueryable<Assignment> assignments) =>
        from a in assignments
        join d in db.OutgoingDocuments on a.DocumentId equals d.Id
        join t in db.DirectiveTasks on a.TaskId equals t.Id
        join u in db.OrgUnits on a.UnitId equals u.Id
        select new AssignmentJoin { Assignment = a, Document = d, Task = t, Unit = u };

    /// <summary>Open first, earliest due first (so the overdue lead), open-ended last.</summary>
    public static IOrderedQueryable<AssignmentJoin> Urgent(IQueryable<AssignmentJoin> rows) =>
        rows.OrderBy(r => r.Assignment.CompletedOn != null)
            .ThenBy(r => r.Assignment.DueDate == null)
            .ThenBy(r => r.Assignment.DueDate)
            .ThenBy(r => r.Assignment.Id);

    public static readonly Expression<Func<AssignmentJoin, AssignmentColumns>> Columns =
        r => new AssignmentColumns(
            r.Assignment.Id, r.Assignment.TaskId, r.Assignment.DocumentId,
            r.Document.Type, r.Document.IssuerCode, r.Document.DraftingUnitCode, r.Document.Number, r.Document.IssuedOn, r.Document.Summary,
            r.Task.Title, r.Task.SectionNumber, r.Assignment.UnitId, r.Unit.ShortName,
            r.Assignment.Role, r.Assignment.OriginalDueDate, r.Assignment.DueDate, r.Assignment.CompletedOn, r.Assignment.AssignedAtUtc,
            r.Assignment.AcknowledgedAtUtc, r.Assignment.LastReportAtUtc, r.Assignment.PercentDone, r.Assignment.ReportsAwaitingReview,
            r.Assignment.ExtensionPending);
}
