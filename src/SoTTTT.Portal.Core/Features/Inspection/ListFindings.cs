using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Inspection;

namespace SoTTTT.Portal.Core.Features.Inspection;

/// <summary>
/// The inspection findings, newest first, filtered by severity, follow-up, unit, directive, assignment and the day they
/// were recorded (Viet Nam time).
/// </summary>
[RequiresPermission(Permission.ReadFindings)]
public sealed record ListFindingsQuery(
    FindingSeverity? Severity = null,
    FollowUpState? State = null,
    Guid? UnitId = null,
    Guid? DocumentId = null,
    Guid? AssignmentId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = 50) : IQuery<PagedResult<FindingRow>>;

public sealed record FindingRow(
    Guid Id,
    FindingTargetKind TargetKind,
    Guid? AssignmentId,
    Guid? UnitId,
    string? UnitName,
    Guid? DocumentId,
    string? DocumentNumberAndSymbol,
    string? DocumentSummary,
    string? TaskTitle,
    FindingSeverity Severity,
    string Description,
    string Recommendation,
    FollowUpState FollowUp,
    string? FollowUpNote,
    string RecordedByName,
    DateTime RecordedAtUtc,
    DateTime? UpdatedAtUtc,
    Guid Version)
{
    /// <summary>What the finding is about, in one line: "Unit — document — task".</summary>
    public string Target => string.Join(" — ", new[] { UnitName, DocumentNumberAndSymbol, TaskTitle }.Where(p => !string.IsNullOrEmpty(p)));
}

public sealed class ListFindingsValidator : AbstractValidator<ListFindingsQuery>
{
    public ListFindingsValidator(IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.To).Must((x, to) => x.From is null || to is null || x.From <= to)
            .WithMessage(l["Ngày bắt đầu phải trước ngày kết thúc."]);
}

public sealed class ListFindingsHandler(IPortalDbContext db) : IQueryHandler<ListFindingsQuery, PagedResult<FindingRow>>
{
    public async ValueTask<PagedResult<FindingRow>> Handle(ListFindingsQuery query, CancellationToken cancellationToken)
    {
        var columns = await FindingQueries.Joined(db, FindingQueries.Filter(db.Findings.AsNoTracking(), query))
            .PageAsync(FindingQueries.Newest, query.Page, query.PageSize, c => c, cancellationToken);
        return columns.Map(c => c.ToRow());
    }
}

/// <summary>The columns a list of findings reads in SQL (left joins: a finding names a unit, a document, or both).</summary>
public sealed class FindingColumns
{
    public Guid Id { get; init; }
    public FindingTargetKind TargetKind { get; init; }
    public Guid? AssignmentId { get; init; }
    public Guid? UnitId { get; init; }
    public string? UnitName { get; init; }
    public Guid? DocumentId { get; init; }
    public DocumentType? DocumentType { get; init; }
    public string? IssuerCode { get; init; }
    public string? DraftingUnitCode { get; init; }
    public int? DocumentNumber { get; init; }
    public string? DocumentSummary { get; init; }
    public string? TaskTitle { get; init; }
    public FindingSeverity Severity { get; init; }
    public string Description { get; init; } = "";
    public string Recommendation { get; init; } = "";
    public FollowUpState FollowUp { get; init; }
    public string? FollowUpNote { get; init; }
    public string RecordedByName { get; init; } = "";
    public DateTime RecordedAtUtc { get; init; }
    public DateTime? UpdatedAtUtc { get; init; }
    public Guid Version { get; init; }

    public FindingRow ToRow() => new(
        Id, TargetKind, AssignmentId, UnitId, UnitName, DocumentId,
        DocumentType is { } type ? OutgoingSymbol.WithNumber(DocumentNumber, OutgoingSymbol.Of(type, IssuerCode ?? "", DraftingUnitCode ?? "")) : null,
        DocumentSummary, TaskTitle, Severity, Description, Recommendation, FollowUp, FollowUpNote, RecordedByName, RecordedAtUtc, UpdatedAtUtc, Version);
}

internal static class FindingQueries
{
    public static IQueryable<Finding> Filter(IQueryable<Finding> findings, ListFindingsQuery query)
    {
        if (query.Severity is { } severity)
            findings = findings.Where(f => f.Severity == severity);
        if (query.State is { } state)
            findings = findings.Where(f => f.FollowUp == state);
        if (query.UnitId is { } unitId)
            findings = findings.Where(f => f.UnitId == unitId);
        if (query.DocumentId is { } documentId)
            findings = findings.Where(f => f.DocumentId == documentId);
        if (query.AssignmentId is { } assignmentId)
            findings = findings.Where(f => f.AssignmentId == assignmentId);
        if (query.From is { } from)
        {
            var fromUtc = PortalTime.StartOfDayUtc(from);
            findings = findings.Where(f => f.RecordedAtUtc >= fromUtc);
        }
        if (query.To is { } to)
        {
            var beforeUtc = PortalTime.StartOfDayUtc(to.AddDays(1));
            findings = findings.Where(f => f.RecordedAtUtc < beforeUtc);
        }
        return findings;
    }

    public static IQueryable<FindingColumns> Joined(IPortalDbContext db, IQueryable<Finding> findings) =>
        from f in findings
        join u in db.OrgUnits on f.UnitId equals (Guid?)u.Id into units
        from u in units.DefaultIfEmpty()
        join d in db.OutgoingDocuments on f.DocumentId equals (Guid?)d.Id into documents
        from d in documents.DefaultIfEmpty()
        join a in db.Assignments on f.AssignmentId equals (Guid?)a.Id into assignments
        from a in assignments.DefaultIfEmpty()
        join t in db.DirectiveTasks on (Guid?)a.TaskId equals (Guid?)t.Id into tasks
        from t in tasks.DefaultIfEmpty()
        select new FindingColumns
        {
            Id = f.Id,
            TargetKind = f.TargetKind,
            AssignmentId = f.AssignmentId,
            UnitId = f.UnitId,
            UnitName = u == null ? null : u.ShortName,
            DocumentId = f.DocumentId,
            DocumentType = d == null ? null : d.Type,
            IssuerCode = d == null ? null : d.IssuerCode,
            DraftingUnitCode = d == null ? null : d.DraftingUnitCode,
            DocumentNumber = d == null ? null : d.Number,
            DocumentSummary = d == null ? null : d.Summary,
            TaskTitle = t == null ? null : t.Title,
            Severity = f.Severity,
            Description = f.Description,
            Recommendation = f.Recommendation,
            FollowUp = f.FollowUp,
            FollowUpNote = f.FollowUpNote,
            RecordedByName = f.RecordedByName,
            RecordedAtUtc = f.RecordedAtUtc,
            UpdatedAtUtc = f.UpdatedAtUtc,
            Version = f.Version,
        };

    public static IOrderedQueryable<FindingColumns> Newest(IQueryable<FindingColumns> findings) =>
        findings.OrderByDescending(f => f.RecordedAtUtc).ThenByDescending(f => f.Id);
}
