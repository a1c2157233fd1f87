using System.Globalization;
using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Caching;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Core.Features.Dashboards;

/// <summary>
/// The leadership dashboard: figures over the assignments of the directives issued in the period
/// (all of them when no period is given), optionally of one directive and one kind of unit. Every
/// figure is counted or summed in the database.
/// </summary>
[RequiresPermission(Permission.ReadTasks)]
public sealed record GetDashboardQuery(DateOnly? From = null, DateOnly? To = null, Guid? DocumentId = null, OrgUnitKind? UnitKind = null)
    : IQuery<DashboardView>;

public sealed record DashboardView(
    int OpenDirectives,
    int TotalAssignments,
    int Completed,
    int CompletedOnTime,
    decimal? OnTimeShare,
    int Overdue,
    int DueSoon,
    IReadOnlyList<UnitKindCounts> ByUnitKind,
    IReadOnlyList<WeeklyReportCount> ReportsPerWeek,
    IReadOnlyList<AssignmentRow> TopOverdue,
    IReadOnlyList<AssignmentRow> TopDueSoon,
    IReadOnlyList<IndicatorTotal> IndicatorTotals,
    IReadOnlyList<DirectiveFigures> Directives);

/// <summary>One kind of unit's assignments in the four statuses.</summary>
public sealed record UnitKindCounts(OrgUnitKind Kind, int CompletedOnTime, int CompletedLate, int OpenOnTime, int OpenOverdue)
{
    public int Total => CompletedOnTime + CompletedLate + OpenOnTime + OpenOverdue;
}

/// <summary>Reports submitted in the ISO week starting on <see cref="WeekStart"/> (a Monday).</summary>
public sealed record WeeklyReportCount(DateOnly WeekStart, int Count);

/// <summary>An indicator's latest accepted values summed across units, by name and unit of measure.</summary>
public sealed record IndicatorTotal(string Name, string UnitOfMeasure, decimal Total, int Units);

/// <summary>A directive of the period with its assignments' counts (the latest <see cref="GetDashboardHandler.TopRows"/> issued).</summary>
public sealed record DirectiveFigures(Guid DocumentId, string NumberAndSymbol, DateOnly? IssuedOn, string Summary, int Total, int Open, int Overdue);

/// <summary>A dashboard is the same for everyone allowed to read it: one filter on one day.</summary>
public sealed record DashboardKey(GetDashboardQuery Query, DateOnly Today);

public sealed class GetDashboardHandler(IPortalDbContext db, TimeProvider clock, IOptions<TaskOptions> options, ReadModelCache<DashboardKey, DashboardView> cache)
    : IQueryHandler<GetDashboardQuery, DashboardView>
{
    public const int TopRows = 20;
    /// <summary>Without a start date, the weekly chart covers this many weeks.</summary>
    public const int DefaultWeeks = 12;
    public const int MaxWeeks = 53;

    /// <summary>Leaders and specialists open the same few filters: a view read once serves them until the data changes.</summary>
    public ValueTask<DashboardView> Handle(GetDashboardQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        return cache.GetOrReadAsync(new DashboardKey(query, today), () => ReadAsync(query, today, cancellationToken));
    }

    private async ValueTask<DashboardView> ReadAsync(GetDashboardQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        var calendar = await WorkingCalendars.LoadAsync(db, cancellationToken);
        var dueSoonBefore = AssignmentStanding.DueSoonBefore(today, calendar, options.Value.DueSoonWorkingDays);
        // The period is applied to directives (their tallies, their documents), never to assignments: the directives are
        // found first, and their assignments are then read by index.
        var assignments = DashboardScope.Assignments(db, query.DocumentId, query.UnitKind).AsNoTracking();

        // Counted from the tallies (AssignmentTally): the province's rows without a filter, a directive's or a period's
        // directives' rows otherwise; open assignments are judged against today by their due date here.
        var byKind = (await DashboardScope.Tallies(db, query.From, query.To, query.DocumentId, query.UnitKind).AsNoTracking()
            .GroupBy(t => t.UnitKind).Select(g => new
            {
                Kind = g.Key,
                OnTime = g.Sum(t => t.State == TallyState.CompletedOnTime ? t.Count : 0),
                Late = g.Sum(t => t.State == TallyState.CompletedLate ? t.Count : 0),
                Open = g.Sum(t => t.State == TallyState.Open && (t.DueDate == null || t.DueDate >= today) ? t.Count : 0),
                Overdue = g.Sum(t => t.State == TallyState.Open && t.DueDate != null && t.DueDate < today ? t.Count : 0),
                DueSoon = g.Sum(t => t.State == TallyState.Open && t.DueDate != null && t.DueDate >= today && t.DueDate < dueSoonBefore ? t.Count : 0),
            }).ToListAsync(cancellationToken))
            .Where(k => k.OnTime + k.Late + k.Open + k.Overdue > 0).ToList();

        var directives = await DirectivesAsync(assignments, query, today, cancellationToken);
        var onTime = byKind.Sum(k => k.OnTime);
        var completed = onTime + byKind.Sum(k => k.Late);

        // A period's lists read only the directives that hold the earliest due dates (found from their tallies).
        var openTallies = query.From is null && query.To is null
            ? null
            : DashboardScope.DirectiveTallies(db, query.From, query.To, query.DocumentId, query.UnitKind).AsNoTracking()
                .Where(t => t.State == TallyState.Open && t.Count > 0);
        var overdueRows = await TopAsync(assignments, a => a.CompletedOn == null && a.DueDate != null && a.DueDate < today,
            openTallies?.Where(t => t.DueDate != null && t.DueDate < today), today, calendar, cancellationToken);
        var dueSoonRows = await TopAsync(assignments, a => a.CompletedOn == null && a.DueDate != null && a.DueDate >= today && a.DueDate < dueSoonBefore,
            openTallies?.Where(t => t.DueDate != null && t.DueDate >= today && t.DueDate < dueSoonBefore), today, calendar, cancellationToken);

        var openDirectives = await DashboardScope.DirectiveTallies(db, query.From, query.To, query.DocumentId, query.UnitKind).AsNoTracking()
            .Where(t => t.State == TallyState.Open)
            .GroupBy(t => t.DocumentId).Where(g => g.Sum(t => t.Count) > 0)
            .CountAsync(cancellationToken);

        return new DashboardView(
            OpenDirectives: openDirectives,
            TotalAssignments: byKind.Sum(k => k.OnTime + k.Late + k.Open + k.Overdue),
            Completed: completed,
            CompletedOnTime: onTime,
            OnTimeShare: Share(onTime, completed),
            Overdue: byKind.Sum(k => k.Overdue),
            DueSoon: byKind.Sum(k => k.DueSoon),
            ByUnitKind: [.. byKind.OrderBy(k => k.Kind).Select(k => new UnitKindCounts(k.Kind, k.OnTime, k.Late, k.Open, k.Overdue))],
            ReportsPerWeek: await WeeklyAsync(query, today, cancellationToken),
            TopOverdue: overdueRows,
            TopDueSoon: dueSoonRows,
            IndicatorTotals: query switch
            {
                { From: null, To: null, DocumentId: null } =>
                    await IndicatorTotals.SumAsync(DashboardScope.IndicatorTallies(db, query.UnitKind).AsNoTracking(), cancellationToken),
                { DocumentId: null } => await IndicatorTotals.OfPeriodAsync(db, query.From, query.To, query.UnitKind, cancellationToken),
                _ => await IndicatorTotals.SumAsync(DashboardScope.Figures(db, query.From, query.To, query.DocumentId, query.UnitKind).AsNoTracking(), cancellationToken),
            },
            Directives: directives);
    }

    /// <summary>Per cent with one decimal; none when nothing is completed.</summary>
    public static decimal? Share(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The first <see cref="TopRows"/> of the <paramref name="assignments"/> that meet <paramref name="condition"/>; for a
    /// period, among the directives whose <paramref name="tallies"/> hold the earliest due dates.
    /// </summary>
    private async Task<IReadOnlyList<AssignmentRow>> TopAsync(
        IQueryable<Assignment> assignments, Expression<Func<Assignment, bool>> condition,
        IQueryable<AssignmentTally>? tallies, DateOnly today, Domain.Calendar.WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        assignments = assignments.Where(condition);
        if (tallies is not null)
        {
            // Every directive whose earliest due date is no later than the TopRows-th directive's holds at least one row
            // that early, so the first TopRows rows (ties included) are all in those directives.
            // Each directive's earliest due date is read once (a period holds a few thousand directives) and cut here.
            var earliest = await tallies.GroupBy(t => t.DocumentId)
                .Select(g => new { DocumentId = g.Key!.Value, Due = g.Min(t => t.DueDate) }).ToListAsync(cancellationToken);
            var cut = earliest.Select(d => d.Due).Order().Skip(TopRows - 1).FirstOrDefault();
            var ids = earliest.Where(d => cut is null || d.Due <= cut).Select(d => d.DocumentId).ToList();
            assignments = assignments.Where(a => ids.Contains(a.DocumentId));
        }
        // Every row here is open and has a due date, so the portal's urgency order is the due date's: ordered by the
        // column alone, the database walks its (CompletedOn, DueDate) index and stops after the first rows.
        var columns = await AssignmentQueries.Joined(db, assignments)
            .OrderBy(r => r.Assignment.DueDate).ThenBy(r => r.Assignment.Id)
            .Take(TopRows).Select(AssignmentQueries.Columns).ToListAsync(cancellationToken);
        return [.. columns.Select(c => c.ToRow(today, calendar, options.Value.DueSoonWorkingDays))];
    }

    /// <summary>
    /// The latest directives of the scope first (walking the issue dates down until enough have assignments in the
    /// scope), then only their tallies summed.
    /// </summary>
    private async Task<IReadOnlyList<DirectiveFigures>> DirectivesAsync(
        IQueryable<Assignment> assignments, GetDashboardQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        // The period filters the directives themselves; their assignments are then looked up by index, one directive at a time.
        var latest = await DirectiveOptions.LatestAsync(DashboardScope.Directives(db, query.From, query.To).AsNoTracking(), assignments, TopRows, cancellationToken);
        var ids = latest.Select(d => (Guid?)d.Id).ToList();
        var counts = await DashboardScope.DirectiveTallies(db, null, null, null, query.UnitKind).AsNoTracking()
            .Where(t => ids.Contains(t.DocumentId))
            .GroupBy(t => t.DocumentId)
            .Select(g => new
            {
                DocumentId = g.Key!.Value,
                Total = g.Sum(t => t.Count),
                Open = g.Sum(t => t.State == TallyState.Open ? t.Count : 0),
                Overdue = g.Sum(t => t.State == TallyState.Open && t.DueDate != null && t.DueDate < today ? t.Count : 0),
            })
            .ToDictionaryAsync(c => c.DocumentId, cancellationToken);
        return [.. latest.Select(d => new DirectiveFigures(
            d.Id, d.NumberAndSymbol, d.IssuedOn, d.Summary, counts[d.Id].Total, counts[d.Id].Open, counts[d.Id].Overdue))];
    }

    /// <summary>
    /// Reports per ISO week (Monday first, Viet Nam time), every week of the window present, empty ones as zero, from the
    /// weekly tallies (<see cref="ReportTally"/>) of the province, of the chosen directive or of the period's issue days,
    /// of one kind of unit when one is chosen. A week is counted whole, also the one the window ends in.
    /// </summary>
    private async Task<IReadOnlyList<WeeklyReportCount>> WeeklyAsync(GetDashboardQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        // The scope's weeks are read once (a decade is about 520 of them): the latest and the window both come from them.
        var byWeek = await DashboardScope.ReportTallies(db, query.From, query.To, query.DocumentId, query.UnitKind).AsNoTracking()
            .GroupBy(t => t.WeekStart).Select(g => new { Week = g.Key, Count = g.Sum(t => t.Count) })
            .ToDictionaryAsync(w => w.Week, w => w.Count, cancellationToken);
        // Without an end date the window ends at the latest report of the scope (today at the latest), so old cases still
        // show their weeks.
        var end = query.To ?? (byWeek.Count > 0 ? byWeek.Keys.Max().AddDays(6) : today);
        var last = end < today ? end : today;
        var first = query.From is { } from && from <= last ? from : last.AddDays(-7 * (DefaultWeeks - 1));
        var firstWeek = WeekStart(first);
        if (WeekStart(last).DayNumber - firstWeek.DayNumber > 7 * (MaxWeeks - 1))
            firstWeek = WeekStart(last).AddDays(-7 * (MaxWeeks - 1));

        var weeks = new List<WeeklyReportCount>();
        for (var week = firstWeek; week <= last; week = week.AddDays(7))
            weeks.Add(new WeeklyReportCount(week, byWeek.GetValueOrDefault(week)));
        return weeks;
    }

    public static DateOnly WeekStart(DateOnly day) => ReportTally.WeekStartOf(day);

    /// <summary>"Tuần 14/2026" for a week's label.</summary>
    public static string WeekLabel(DateOnly weekStart) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetWeekOfYear(weekStart.ToDateTime(TimeOnly.MinValue))}/{ISOWeek.GetYear(weekStart.ToDateTime(TimeOnly.MinValue))}");
}

/// <summary>What the dashboard's filters select: the directives issued in the period, their assignments, tallies and figures.</summary>
internal static class DashboardScope
{
    /// <summary>The assignments of the chosen directive and kind of unit; the period is applied to the directives.</summary>
    public static IQueryable<Assignment> Assignments(IPortalDbContext db, Guid? documentId, OrgUnitKind? unitKind)
    {
        var assignments = db.Assignments.AsQueryable();
        if (documentId is { } id)
            assignments = assignments.Where(a => a.DocumentId == id);
        if (unitKind is { } kind)
            assignments = assignments.Where(a => db.OrgUnits.Any(u => u.Id == a.UnitId && u.Kind == kind));
        return assignments;
    }

    /// <summary>
    /// The tallies of the assignments the filters select: the province-wide rows when no directive or period is
    /// chosen (a few thousand, whatever the decade holds), the selected directives' rows otherwise.
    /// </summary>
    public static IQueryable<AssignmentTally> Tallies(IPortalDbContext db, DateOnly? from, DateOnly? to, Guid? documentId, OrgUnitKind? unitKind) =>
        documentId is null && from is null && to is null
            ? OfKind(db.AssignmentTallies.Where(t => t.DocumentId == null), unitKind)
            : DirectiveTallies(db, from, to, documentId, unitKind);

    /// <summary>The per-directive tallies of the directives the filters select.</summary>
    public static IQueryable<AssignmentTally> DirectiveTallies(IPortalDbContext db, DateOnly? from, DateOnly? to, Guid? documentId, OrgUnitKind? unitKind)
    {
        var tallies = db.AssignmentTallies.Where(t => t.DocumentId != null);
        if (documentId is { } id)
            tallies = tallies.Where(t => t.DocumentId == id);
        // The rows carry their directive's issue date: a period is one range of the (IssuedOn, …) index.
        if (from is { } f)
            tallies = tallies.Where(t => t.IssuedOn >= f);
        if (to is { } t)
            tallies = tallies.Where(r => r.IssuedOn <= t);
        return OfKind(tallies, unitKind);
    }

    private static IQueryable<AssignmentTally> OfKind(IQueryable<AssignmentTally> tallies, OrgUnitKind? unitKind) =>
        unitKind is { } kind ? tallies.Where(t => t.UnitKind == kind) : tallies;

    /// <summary>The province-wide indicator tallies (a row per unit), of the units of one kind when a kind is chosen.</summary>
    public static IQueryable<IndicatorTally> IndicatorTallies(IPortalDbContext db, OrgUnitKind? unitKind)
    {
        var tallies = db.IndicatorTallies.Where(t => t.IssuedOn == null);
        return unitKind is { } kind
            ? tallies.Where(t => db.OrgUnits.Where(u => u.Kind == kind).Select(u => (Guid?)u.Id).Contains(t.UnitId))
            : tallies;
    }

    /// <summary>
    /// The weekly report tallies of the chosen directive; else of the province when no period is chosen (each kind's
    /// rows); else of the period's issue days (every kind summed in one row), or of the period's directives when a kind
    /// of unit is chosen.
    /// </summary>
    public static IQueryable<ReportTally> ReportTallies(IPortalDbContext db, DateOnly? from, DateOnly? to, Guid? documentId, OrgUnitKind? unitKind)
    {
        IQueryable<ReportTally> tallies;
        if (documentId is { } id)
            tallies = db.ReportTallies.Where(t => t.DocumentId == id);
        else if (from is null && to is null)
            tallies = db.ReportTallies.Where(t => t.DocumentId == null && t.IssuedOn == null);
        else if (unitKind is null)
            tallies = db.ReportTallies.Where(t => t.DocumentId == null && t.IssuedOn != null);
        else
            // The directives' rows of that kind: the only rows with both a kind and an issue date, so the database reads
            // them from the (UnitKind, IssuedOn, …) index without naming the directive.
            tallies = db.ReportTallies;
        if (unitKind is { } kind)
            tallies = tallies.Where(t => t.UnitKind == kind);
        if (from is { } f)
            tallies = tallies.Where(t => t.IssuedOn >= f);
        if (to is { } t)
            tallies = tallies.Where(r => r.IssuedOn <= t);
        return tallies.Where(t => t.Count > 0);
    }

    /// <summary>The documents issued in the period, or all of them when no period is given.</summary>
    public static IQueryable<OutgoingDocument> Directives(IPortalDbContext db, DateOnly? from, DateOnly? to) =>
        IssuedIn(db, from, to) ?? db.OutgoingDocuments;

    /// <summary>The directives issued in the period; none when no period is given.</summary>
    private static IQueryable<OutgoingDocument>? IssuedIn(IPortalDbContext db, DateOnly? from, DateOnly? to)
    {
        if (from is null && to is null)
            return null;
        // Only issued documents have tasks; naming the status lets the database read the (Status, IssuedOn) index.
        var documents = db.OutgoingDocuments.Where(d => d.Status == OutgoingStatus.Issued && d.IssuedOn != null);
        if (from is { } f)
            documents = documents.Where(d => d.IssuedOn >= f);
        if (to is { } t)
            documents = documents.Where(d => d.IssuedOn <= t);
        return documents;
    }

    /// <summary>
    /// The standing figures of those assignments, filtered on their own directive; the unit kind is the reporting
    /// unit's, as the totals count units.
    /// </summary>
    public static IQueryable<IndicatorFigure> Figures(IPortalDbContext db, DateOnly? from, DateOnly? to, Guid? documentId, OrgUnitKind? unitKind)
    {
        var figures = db.IndicatorFigures.AsQueryable();
        if (documentId is { } id)
            figures = figures.Where(f => f.DocumentId == id);
        if (IssuedIn(db, from, to) is { } documents)
            figures = figures.Where(f => documents.Select(d => d.Id).Contains(f.DocumentId));
        if (unitKind is { } kind)
            figures = figures.Where(f => db.OrgUnits.Where(u => u.Kind == kind).Select(u => u.Id).Contains(f.UnitId));
        return figures;
    }
}

/// <summary>
/// Indicator totals: the standing figures (<see cref="IndicatorFigure"/>, each assignment's latest accepted value) of
/// the scope summed per name and unit of measure in SQL, with the number of units that gave them.
/// </summary>
internal static class IndicatorTotals
{
    public static async Task<IReadOnlyList<IndicatorTotal>> SumAsync(IQueryable<IndicatorFigure> figures, CancellationToken cancellationToken) =>
        Ordered(await figures.GroupBy(f => new { f.Name, f.UnitOfMeasure })
            .Select(g => new IndicatorTotal(g.Key.Name, g.Key.UnitOfMeasure, g.Sum(f => f.Value), g.Select(f => f.UnitId).Distinct().Count()))
            .ToListAsync(cancellationToken));

    /// <summary>The same totals from the province-wide tallies: each unit's sum, and the units that have a figure.</summary>
    public static async Task<IReadOnlyList<IndicatorTotal>> SumAsync(IQueryable<IndicatorTally> tallies, CancellationToken cancellationToken) =>
        Ordered(await tallies.GroupBy(t => new { t.Name, t.UnitOfMeasure })
            .Select(g => new IndicatorTotal(g.Key.Name, g.Key.UnitOfMeasure, g.Sum(t => t.Total), g.Where(t => t.Figures > 0).Select(t => t.UnitId).Distinct().Count()))
            .ToListAsync(cancellationToken));

    /// <summary>
    /// A period's totals (no directive chosen; of one kind of unit when one is): the sums from the rows of the period's
    /// issue days; the units from the province's rows, each unit counted when one seek finds a figure of its in the period.
    /// </summary>
    public static async Task<IReadOnlyList<IndicatorTotal>> OfPeriodAsync(
        IPortalDbContext db, DateOnly? from, DateOnly? to, OrgUnitKind? unitKind, CancellationToken cancellationToken)
    {
        var days = db.IndicatorTallies.AsNoTracking().Where(t => t.IssuedOn != null);
        days = unitKind is { } kind ? days.Where(t => t.UnitKind == kind) : days.Where(t => t.UnitKind == null);
        var figures = db.IndicatorFigures.AsNoTracking();
        if (from is { } f)
        {
            days = days.Where(t => t.IssuedOn >= f);
            figures = figures.Where(x => x.IssuedOn >= f);
        }
        if (to is { } t)
        {
            days = days.Where(r => r.IssuedOn <= t);
            figures = figures.Where(x => x.IssuedOn <= t);
        }
        var sums = await days.GroupBy(r => new { r.Name, r.UnitOfMeasure })
            .Select(g => new { g.Key.Name, g.Key.UnitOfMeasure, Total = g.Sum(r => r.Total), Figures = g.Sum(r => r.Figures) })
            .ToListAsync(cancellationToken);
        var units = await DashboardScope.IndicatorTallies(db, unitKind).AsNoTracking().Where(r => r.Figures > 0)
            .Where(r => figures.Any(x => x.Name == r.Name && x.UnitOfMeasure == r.UnitOfMeasure && x.UnitId == r.UnitId))
            .GroupBy(r => new { r.Name, r.UnitOfMeasure })
            .Select(g => new { g.Key.Name, g.Key.UnitOfMeasure, Units = g.Select(r => r.UnitId).Distinct().Count() })
            .ToDictionaryAsync(u => (u.Name, u.UnitOfMeasure), u => u.Units, cancellationToken);
        return Ordered([.. sums.Where(s => s.Figures > 0)
            .Select(s => new IndicatorTotal(s.Name, s.UnitOfMeasure, s.Total, units.GetValueOrDefault((s.Name, s.UnitOfMeasure))))]);
    }

    private static IReadOnlyList<IndicatorTotal> Ordered(List<IndicatorTotal> totals) =>
        [.. totals.Where(t => t.Units > 0).OrderBy(t => t.Name, StringComparer.Create(new CultureInfo("vi-VN"), false)).ThenBy(t => t.UnitOfMeasure)];
}
