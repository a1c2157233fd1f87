using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Inspection;

namespace SoTTTT.Portal.Core.Features.Inspection;

/// <summary>The compliance evaluations, latest first, of one directive or of all (at most <see cref="MaxRows"/>).</summary>
[RequiresPermission(Permission.ReadFindings)]
public sealed record ListEvaluationsQuery(Guid? DocumentId = null, Guid? UnitId = null) : IQuery<IReadOnlyList<EvaluationRow>>
{
    public const int MaxRows = 500;
}

public sealed record EvaluationRow(
    Guid Id,
    Guid UnitId,
    string UnitName,
    Guid DocumentId,
    string DocumentNumberAndSymbol,
    string DocumentSummary,
    ComplianceRating Rating,
    string? Comment,
    string EvaluatedByName,
    DateTime EvaluatedAtUtc);

public sealed class ListEvaluationsHandler(IPortalDbContext db) : IQueryHandler<ListEvaluationsQuery, IReadOnlyList<EvaluationRow>>
{
    public async ValueTask<IReadOnlyList<EvaluationRow>> Handle(ListEvaluationsQuery query, CancellationToken cancellationToken)
    {
        var evaluations = db.ComplianceEvaluations.AsNoTracking();
        if (query.DocumentId is { } documentId)
            evaluations = evaluations.Where(e => e.DocumentId == documentId);
        if (query.UnitId is { } unitId)
            evaluations = evaluations.Where(e => e.UnitId == unitId);
        var rows = await (
                from e in evaluations
                join u in db.OrgUnits on e.UnitId equals u.Id
                join d in db.OutgoingDocuments on e.DocumentId equals d.Id
                orderby e.EvaluatedAtUtc descending
                select new
                {
                    e.Id, e.UnitId, u.ShortName, e.DocumentId, d.Type, d.IssuerCode, d.DraftingUnitCode, d.Number, d.Summary,
                    e.Rating, e.Comment, e.EvaluatedByName, e.EvaluatedAtUtc,
                })
            .Take(ListEvaluationsQuery.MaxRows)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new EvaluationRow(
            r.Id, r.UnitId, r.ShortName, r.DocumentId, OutgoingSymbol.WithNumber(r.Number, OutgoingSymbol.Of(r.Type, r.IssuerCode, r.DraftingUnitCode)),
            r.Summary, r.Rating, r.Comment, r.EvaluatedByName, r.EvaluatedAtUtc))];
    }
}
