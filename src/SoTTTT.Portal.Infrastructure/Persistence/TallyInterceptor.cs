using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Infrastructure.Persistence;

/// <summary>
/// Keeps the dashboards' tallies (<see cref="AssignmentTally"/>, <see cref="IndicatorTally"/>, <see cref="ReportTally"/>)
/// with every save that adds, changes or removes an assignment, a standing figure or a report, or changes a unit's
/// kind, whichever command does it: the changes are netted per key, then each key's row is counted up or down in place (an atomic update, so
/// concurrent writers on SQL Server lose nothing), or a row is added where none was found. Inside a command's
/// transaction, the tallies and the rows they count commit or roll back together.
/// </summary>
internal sealed class TallyInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        KeepAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await KeepAsync(eventData.Context, cancellationToken);
        return result;
    }

    private static async Task KeepAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is not PortalDbContext db)
            return;
        var assignments = db.ChangeTracker.Entries<Assignment>().Where(Recounted).ToList();
        var figures = db.ChangeTracker.Entries<IndicatorFigure>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var reports = db.ChangeTracker.Entries<ProgressReport>().Where(e => e.State is EntityState.Added or EntityState.Deleted).ToList();
        var rekinded = db.ChangeTracker.Entries<OrgUnit>()
            .Where(e => e.State == EntityState.Modified && !Equals(e.Property(u => u.Kind).OriginalValue, e.Entity.Kind)).ToList();
        if (assignments.Count == 0 && figures.Count == 0 && reports.Count == 0 && rekinded.Count == 0)
            return;

        // The kinds of the units involved: a tracked unit's as this save leaves it, else the stored one.
        var kinds = await KindsAsync(db, assignments.SelectMany(e => new[] { e.Entity.UnitId, e.Property(a => a.UnitId).OriginalValue })
            .Concat(figures.SelectMany(e => new[] { e.Entity.UnitId, e.Property(f => f.UnitId).OriginalValue }))
            .Concat(reports.Select(e => e.Entity.UnitId)), cancellationToken);
        var issueDates = new IssueDates(db);

        var counts = new Dictionary<TallyKey, int>();
        if (assignments.Count > 0 || rekinded.Count > 0)
        {
            await CountUnitsMovedAsync(db, rekinded, counts, cancellationToken);
            CountAssignments(assignments, kinds, counts);
            await ApplyAsync(db, counts, issueDates, cancellationToken);
        }
        var figureCounts = CountFigures(figures, kinds);
        await CountFiguresMovedAsync(db, rekinded, figureCounts, cancellationToken);
        if (figureCounts.Count > 0)
            await ApplyAsync(db, figureCounts, cancellationToken);
        var reportCounts = await CountReportsAsync(reports, kinds, issueDates, cancellationToken);
        await CountReportsMovedAsync(db, rekinded, reportCounts, cancellationToken);
        if (reportCounts.Count > 0)
            await ApplyAsync(db, reportCounts, cancellationToken);
    }

    private static async Task<Dictionary<Guid, OrgUnitKind>> KindsAsync(PortalDbContext db, IEnumerable<Guid> unitIds, CancellationToken cancellationToken)
    {
        var kinds = db.ChangeTracker.Entries<OrgUnit>().ToDictionary(e => e.Entity.Id, e => e.Entity.Kind);
        var missing = unitIds.Where(id => !kinds.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
            foreach (var unit in await db.OrgUnits.AsNoTracking().Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.Kind }).ToListAsync(cancellationToken))
                kinds[unit.Id] = unit.Kind;
        return kinds;
    }

    /// <summary>Added, removed, or changed in what its key is made of (most saves change only its reports' counters).</summary>
    private static bool Recounted(EntityEntry<Assignment> entry) => entry.State switch
    {
        EntityState.Added or EntityState.Deleted => true,
        // An assignment's directive never changes.
        EntityState.Modified => Changed(entry.Property(a => a.UnitId)) || Changed(entry.Property(a => a.CompletedOn))
            || Changed(entry.Property(a => a.DueDate)),
        _ => false,
    };

    private static bool Changed<T>(PropertyEntry<Assignment, T> property) => !Equals(property.OriginalValue, property.CurrentValue);

    /// <summary>A unit whose kind changed takes its assignments, as the database holds them, from the old kind's counts to the new one's.</summary>
    private static async Task CountUnitsMovedAsync(PortalDbContext db, List<EntityEntry<OrgUnit>> rekinded, Dictionary<TallyKey, int> counts, CancellationToken cancellationToken)
    {
        foreach (var unit in rekinded)
        {
            var (from, to) = (unit.Property(u => u.Kind).OriginalValue, unit.Entity.Kind);
            var unitId = unit.Entity.Id;
            var groups = await db.Assignments.AsNoTracking().Where(a => a.UnitId == unitId)
                .GroupBy(a => new { a.DocumentId, a.CompletedOn, a.DueDate })
                .Select(g => new { g.Key.DocumentId, g.Key.CompletedOn, g.Key.DueDate, Count = g.Count() })
                .ToListAsync(cancellationToken);
            foreach (var group in groups)
            {
                Add(counts, AssignmentTally.KeysOf(group.DocumentId, from, group.CompletedOn, group.DueDate), -group.Count);
                Add(counts, AssignmentTally.KeysOf(group.DocumentId, to, group.CompletedOn, group.DueDate), group.Count);
            }
        }
    }

    /// <summary>Each assignment leaves the key its saved values gave and joins the key its new values give (its unit's kind after this save).</summary>
    private static void CountAssignments(List<EntityEntry<Assignment>> assignments, Dictionary<Guid, OrgUnitKind> kinds, Dictionary<TallyKey, int> counts)
    {
        foreach (var entry in assignments)
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                var unitId = entry.Property(a => a.UnitId).OriginalValue;
                Add(counts, AssignmentTally.KeysOf(entry.Property(a => a.DocumentId).OriginalValue, kinds[unitId],
                    entry.Property(a => a.CompletedOn).OriginalValue, entry.Property(a => a.DueDate).OriginalValue), -1);
            }
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                var assignment = entry.Entity;
                Add(counts, AssignmentTally.KeysOf(assignment.DocumentId, kinds[assignment.UnitId], assignment.CompletedOn, assignment.DueDate), 1);
            }
        }
    }

    private static void Add(Dictionary<TallyKey, int> counts, (TallyKey Directive, TallyKey Province) keys, int count)
    {
        counts[keys.Directive] = counts.GetValueOrDefault(keys.Directive) + count;
        counts[keys.Province] = counts.GetValueOrDefault(keys.Province) + count;
    }

    private static Dictionary<IndicatorTallyKey, (int Figures, decimal Total)> CountFigures(List<EntityEntry<IndicatorFigure>> figures, Dictionary<Guid, OrgUnitKind> kinds)
    {
        var counts = new Dictionary<IndicatorTallyKey, (int Figures, decimal Total)>();
        foreach (var entry in figures)
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                var unitId = entry.Property(f => f.UnitId).OriginalValue;
                foreach (var key in IndicatorTally.KeysOf(entry.Property(f => f.Name).OriginalValue, entry.Property(f => f.UnitOfMeasure).OriginalValue,
                             unitId, kinds[unitId], entry.Property(f => f.IssuedOn).OriginalValue))
                    Add(counts, key, -1, -entry.Property(f => f.Value).OriginalValue);
            }
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                var figure = entry.Entity;
                foreach (var key in IndicatorTally.KeysOf(figure.Name, figure.UnitOfMeasure, figure.UnitId, kinds[figure.UnitId], figure.IssuedOn))
                    Add(counts, key, 1, figure.Value);
            }
        }
        return counts;
    }

    private static void Add(Dictionary<IndicatorTallyKey, (int Figures, decimal Total)> counts, IndicatorTallyKey key, int count, decimal value)
    {
        var (figuresBefore, totalBefore) = counts.GetValueOrDefault(key);
        counts[key] = (figuresBefore + count, totalBefore + value);
    }

    /// <summary>A unit whose kind changed takes its stored figures from the old kind's issue-day rows to the new kind's (the other rows net out).</summary>
    private static async Task CountFiguresMovedAsync(PortalDbContext db, List<EntityEntry<OrgUnit>> rekinded, Dictionary<IndicatorTallyKey, (int Figures, decimal Total)> counts, CancellationToken cancellationToken)
    {
        foreach (var unit in rekinded)
        {
            var (from, to) = (unit.Property(u => u.Kind).OriginalValue, unit.Entity.Kind);
            var unitId = unit.Entity.Id;
            foreach (var figure in await db.IndicatorFigures.AsNoTracking().Where(f => f.UnitId == unitId)
                         .Select(f => new { f.Name, f.UnitOfMeasure, f.IssuedOn, f.Value }).ToListAsync(cancellationToken))
            {
                foreach (var key in IndicatorTally.KeysOf(figure.Name, figure.UnitOfMeasure, unitId, from, figure.IssuedOn))
                    Add(counts, key, -1, -figure.Value);
                foreach (var key in IndicatorTally.KeysOf(figure.Name, figure.UnitOfMeasure, unitId, to, figure.IssuedOn))
                    Add(counts, key, 1, figure.Value);
            }
        }
    }

    /// <summary>
    /// In key order (so two writers lock rows in the same order), each netted change counted into the key's first row in
    /// one statement; a row brought to zero goes.
    /// </summary>
    private static async Task ApplyAsync(PortalDbContext db, Dictionary<TallyKey, int> counts, IssueDates issueDates, CancellationToken cancellationToken)
    {
        foreach (var (key, count) in counts.Where(c => c.Value != 0)
            .OrderBy(c => c.Key.DocumentId).ThenBy(c => c.Key.UnitKind).ThenBy(c => c.Key.State).ThenBy(c => c.Key.DueDate))
        {
            var rows = Matching(db.AssignmentTallies, key);
            if (await db.AssignmentTallies.Where(t => t.Id == rows.Min(r => (long?)r.Id))
                    .ExecuteUpdateAsync(set => set.SetProperty(t => t.Count, t => t.Count + count), cancellationToken) == 0)
                db.AssignmentTallies.Add(new AssignmentTally(key, await issueDates.OfAsync(key.DocumentId, cancellationToken), count));
            else if (count < 0)
                await rows.Where(t => t.Count == 0).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>Each report counted in its week, by its unit's kind, under its directive, its directive's issue day and the province.</summary>
    private static async Task<Dictionary<ReportTallyKey, int>> CountReportsAsync(
        List<EntityEntry<ProgressReport>> reports, Dictionary<Guid, OrgUnitKind> kinds, IssueDates issueDates, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<ReportTallyKey, int>();
        foreach (var entry in reports)
        {
            var documentId = entry.Property(r => r.DocumentId).CurrentValue;
            // A report is only ever made on an issued directive.
            var issuedOn = await issueDates.OfAsync(documentId, cancellationToken)
                ?? throw new InvalidOperationException($"The directive {documentId} of a report has no issue date.");
            var count = entry.State == EntityState.Added ? 1 : -1;
            foreach (var key in ReportTally.KeysOf(documentId, issuedOn, kinds[entry.Entity.UnitId], entry.Property(r => r.SubmittedAtUtc).CurrentValue))
                counts[key] = counts.GetValueOrDefault(key) + count;
        }
        return counts;
    }

    /// <summary>A unit whose kind changed takes its stored reports from the old kind's rows to the new kind's (the issue days' net out).</summary>
    private static async Task CountReportsMovedAsync(PortalDbContext db, List<EntityEntry<OrgUnit>> rekinded, Dictionary<ReportTallyKey, int> counts, CancellationToken cancellationToken)
    {
        foreach (var unit in rekinded)
        {
            var (from, to) = (unit.Property(u => u.Kind).OriginalValue, unit.Entity.Kind);
            var unitId = unit.Entity.Id;
            var reports = await (from r in db.ProgressReports.AsNoTracking()
                                 where r.UnitId == unitId
                                 join d in db.OutgoingDocuments.AsNoTracking() on r.DocumentId equals d.Id
                                 select new { r.DocumentId, IssuedOn = d.IssuedOn!.Value, r.SubmittedAtUtc }).ToListAsync(cancellationToken);
            foreach (var report in reports)
            {
                foreach (var key in ReportTally.KeysOf(report.DocumentId, report.IssuedOn, from, report.SubmittedAtUtc))
                    counts[key] = counts.GetValueOrDefault(key) - 1;
                foreach (var key in ReportTally.KeysOf(report.DocumentId, report.IssuedOn, to, report.SubmittedAtUtc))
                    counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
    }

    private static async Task ApplyAsync(PortalDbContext db, Dictionary<ReportTallyKey, int> counts, CancellationToken cancellationToken)
    {
        foreach (var (key, count) in counts.Where(c => c.Value != 0)
            .OrderBy(c => c.Key.DocumentId).ThenBy(c => c.Key.IssuedOn).ThenBy(c => c.Key.UnitKind).ThenBy(c => c.Key.WeekStart))
        {
            var rows = Matching(db.ReportTallies, key);
            if (await db.ReportTallies.Where(t => t.Id == rows.Min(r => (long?)r.Id))
                    .ExecuteUpdateAsync(set => set.SetProperty(t => t.Count, t => t.Count + count), cancellationToken) == 0)
                db.ReportTallies.Add(new ReportTally(key, count));
        }
    }

    private static async Task ApplyAsync(PortalDbContext db, Dictionary<IndicatorTallyKey, (int Figures, decimal Total)> counts, CancellationToken cancellationToken)
    {
        foreach (var (key, (figures, total)) in counts.Where(c => c.Value != default)
            .OrderBy(c => c.Key.IssuedOn).ThenBy(c => c.Key.UnitKind).ThenBy(c => c.Key.Name, StringComparer.Ordinal).ThenBy(c => c.Key.UnitOfMeasure, StringComparer.Ordinal).ThenBy(c => c.Key.UnitId))
        {
            var id = await Matching(db.IndicatorTallies, key).OrderBy(t => t.Id).Select(t => (long?)t.Id).FirstOrDefaultAsync(cancellationToken);
            // Counting the figures first locks the row; the total (a decimal, which SQLite cannot add in SQL) is then read and written under that lock.
            if (id is { } found
                && await db.IndicatorTallies.Where(t => t.Id == found).ExecuteUpdateAsync(set => set.SetProperty(t => t.Figures, t => t.Figures + figures), cancellationToken) == 1)
            {
                var before = await db.IndicatorTallies.Where(t => t.Id == found).Select(t => t.Total).SingleAsync(cancellationToken);
                await db.IndicatorTallies.Where(t => t.Id == found).ExecuteUpdateAsync(set => set.SetProperty(t => t.Total, before + total), cancellationToken);
                await db.IndicatorTallies.Where(t => t.Id == found && t.Figures == 0).ExecuteDeleteAsync(cancellationToken);
            }
            else
            {
                db.IndicatorTallies.Add(new IndicatorTally(key, figures, total));
            }
        }
    }

    /// <summary>The issue dates of the directives a save adds tally rows for: the tracked document's, else the stored one.</summary>
    private sealed class IssueDates(PortalDbContext db)
    {
        private readonly Dictionary<Guid, DateOnly?> _known = [];

        public async Task<DateOnly?> OfAsync(Guid? documentId, CancellationToken cancellationToken)
        {
            if (documentId is not { } id)
                return null;
            if (_known.TryGetValue(id, out var known))
                return known;
            var issuedOn = db.ChangeTracker.Entries<OutgoingDocument>().FirstOrDefault(e => e.Entity.Id == id)?.Entity.IssuedOn
                ?? await db.OutgoingDocuments.AsNoTracking().Where(d => d.Id == id).Select(d => d.IssuedOn).SingleOrDefaultAsync(cancellationToken);
            _known[id] = issuedOn;
            return issuedOn;
        }
    }

    private static IQueryable<AssignmentTally> Matching(IQueryable<AssignmentTally> tallies, TallyKey key)
    {
        // Null compared as IS NULL, so the database seeks the index rather than testing each row.
        tallies = key.DocumentId is { } documentId ? tallies.Where(t => t.DocumentId == documentId) : tallies.Where(t => t.DocumentId == null);
        tallies = tallies.Where(t => t.UnitKind == key.UnitKind && t.State == key.State);
        return key.DueDate is { } due ? tallies.Where(t => t.DueDate == due) : tallies.Where(t => t.DueDate == null);
    }

    private static IQueryable<ReportTally> Matching(IQueryable<ReportTally> tallies, ReportTallyKey key)
    {
        tallies = key.DocumentId is { } documentId ? tallies.Where(t => t.DocumentId == documentId) : tallies.Where(t => t.DocumentId == null);
        tallies = key.IssuedOn is { } issuedOn ? tallies.Where(t => t.IssuedOn == issuedOn) : tallies.Where(t => t.IssuedOn == null);
        tallies = key.UnitKind is { } kind ? tallies.Where(t => t.UnitKind == kind) : tallies.Where(t => t.UnitKind == null);
        return tallies.Where(t => t.WeekStart == key.WeekStart);
    }

    private static IQueryable<IndicatorTally> Matching(IQueryable<IndicatorTally> tallies, IndicatorTallyKey key)
    {
        tallies = key.IssuedOn is { } issuedOn ? tallies.Where(t => t.IssuedOn == issuedOn) : tallies.Where(t => t.IssuedOn == null);
        tallies = key.UnitKind is { } kind ? tallies.Where(t => t.UnitKind == kind) : tallies.Where(t => t.UnitKind == null);
        tallies = tallies.Where(t => t.Name == key.Name && t.UnitOfMeasure == key.UnitOfMeasure);
        return key.UnitId is { } unitId ? tallies.Where(t => t.UnitId == unitId) : tallies.Where(t => t.UnitId == null);
    }
}
