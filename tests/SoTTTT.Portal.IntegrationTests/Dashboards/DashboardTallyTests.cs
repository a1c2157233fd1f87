using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Dashboards;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Infrastructure.Persistence;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Dashboards;

/// <summary>
/// The dashboards add up tallies instead of counting assignments and figures: after every kind of change, the
/// tallies must equal what counting the rows themselves gives.
/// </summary>
public sealed class DashboardTallyTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private DateOnly Today => portal.Today();

    [Fact]
    public async Task The_demo_s_tallies_count_its_assignments_and_figures()
    {
        var (expected, actual) = await portal.ExecuteDbContextAsync(TalliesAsync);

        Assert.Contains(expected, line => line.StartsWith("province ", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith("figures ", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Issuing_reporting_completing_and_extending_keep_the_tallies()
    {
        var document = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(5)));
        await AssertTalliesCountTheRowsAsync();
        var vnpt = await portal.AssignmentOfAsync(document, "VNPTTV");
        var viettel = await portal.AssignmentOfAsync(document, "VIETTELTV");
        var indicator = await portal.IndicatorIdAsync(vnpt.TaskId, TaskFixtureExtensions.SmsIndicator);

        var first = await portal.SendAsync(new SubmitProgressReportCommand(
            vnpt.Id, Today.AddDays(-2), Today.AddDays(-1), "Đã nhắn tin đợt 1.", 40, [new IndicatorValueDraft(indicator, 1_200.5m)], null, false), DemoUsers.VnptReporter);
        await portal.SendAsync(new AcceptProgressReportCommand(first), DemoUsers.Specialist);
        await AssertTalliesCountTheRowsAsync();
        var last = await portal.SendAsync(new SubmitProgressReportCommand(
            vnpt.Id, Today.AddDays(-1), Today, "Đã nhắn tin xong.", 100, [new IndicatorValueDraft(indicator, 3_000m)], null, true), DemoUsers.VnptReporter);
        await portal.SendAsync(new AcceptProgressReportCommand(last), DemoUsers.Specialist);
        await AssertTalliesCountTheRowsAsync();
        var extension = await portal.SendAsync(new RequestExtensionCommand(viettel.Id, Today.AddDays(20), "Chờ số liệu tổng đài."), DocumentDemoUsers.ViettelReporter);
        await portal.SendAsync(new ApproveExtensionCommand(extension), DemoUsers.Leader);
        await AssertTalliesCountTheRowsAsync();

        var dashboard = await portal.SendAsync(new GetDashboardQuery(DocumentId: document), DemoUsers.Leader);
        var telecoms = Assert.Single(dashboard.ByUnitKind);
        var group = await portal.ExecuteDbContextAsync(db => db.Assignments.CountAsync(a => a.DocumentId == document));
        Assert.Equal((OrgUnitKind.TelecomEnterprise, 1, 0, group - 1, 0), (telecoms.Kind, telecoms.CompletedOnTime, telecoms.CompletedLate, telecoms.OpenOnTime, telecoms.OpenOverdue));
        var total = Assert.Single(dashboard.IndicatorTotals);
        Assert.Equal((3_000m, 1), (total.Total, total.Units));
    }

    [Fact]
    public async Task A_recurring_report_moves_its_assignment_to_the_next_cut_off_in_the_tallies()
    {
        var document = await portal.IssueWithTaskAsync(async id => await portal.SmsTaskAsync(id, Today) with
        {
            DeadlineKind = DeadlineKind.Monthly,
            DueDate = null,
            CutOffDay = 25,
        });
        var vnpt = await portal.AssignmentOfAsync(document, "VNPTTV");

        await portal.SendAsync(new SubmitProgressReportCommand(
            vnpt.Id, Today.AddDays(-1), Today, "Báo cáo tháng.", 30, [], null, false), DemoUsers.VnptReporter);

        Assert.NotEqual(vnpt.DueDate, (await portal.AssignmentOfAsync(document, "VNPTTV")).DueDate);
        await AssertTalliesCountTheRowsAsync();
    }

    [Fact]
    public async Task The_province_dashboard_counts_what_the_assignments_give()
    {
        var view = await portal.SendAsync(new GetDashboardQuery(), DemoUsers.Leader);

        var (total, completed, overdue) = await portal.ExecuteDbContextAsync(async db =>
        {
            var today = Today;
            return (await db.Assignments.CountAsync(),
                await db.Assignments.CountAsync(a => a.CompletedOn != null),
                await db.Assignments.CountAsync(a => a.CompletedOn == null && a.DueDate != null && a.DueDate < today));
        });
        Assert.Equal((total, completed, overdue), (view.TotalAssignments, view.Completed, view.Overdue));
        var perWeek = (await portal.ExecuteDbContextAsync(db => db.ProgressReports.Select(r => r.SubmittedAtUtc).ToListAsync()))
            .GroupBy(MondayInVietNam).ToDictionary(g => g.Key, g => g.Count());
        Assert.Contains(view.ReportsPerWeek, w => w.Count > 0);
        Assert.All(view.ReportsPerWeek, w => Assert.Equal(perWeek.GetValueOrDefault(w.WeekStart), w.Count));
    }

    [Fact]
    public async Task A_period_s_weekly_reports_count_the_reports_on_its_directives()
    {
        var from = new DateOnly(2022, 1, 1);
        var view = await portal.SendAsync(new GetDashboardQuery(From: from), DemoUsers.Leader);

        var perWeek = (await portal.ExecuteDbContextAsync(db => db.ProgressReports
                .Where(r => db.OutgoingDocuments.Any(d => d.Id == r.DocumentId && d.IssuedOn >= from))
                .Select(r => r.SubmittedAtUtc).ToListAsync()))
            .GroupBy(MondayInVietNam).ToDictionary(g => g.Key, g => g.Count());
        Assert.Contains(view.ReportsPerWeek, w => w.Count > 0);
        Assert.All(view.ReportsPerWeek, w => Assert.Equal(perWeek.GetValueOrDefault(w.WeekStart), w.Count));
    }

    [Fact]
    public async Task A_period_s_indicator_totals_add_up_the_figures_of_its_directives()
    {
        // A directive issued today with one accepted figure, beside the demo's directive issued in 2022.
        var document = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(5)));
        var vnpt = await portal.AssignmentOfAsync(document, "VNPTTV");
        var indicator = await portal.IndicatorIdAsync(vnpt.TaskId, TaskFixtureExtensions.SmsIndicator);
        var report = await portal.SendAsync(new SubmitProgressReportCommand(
            vnpt.Id, Today.AddDays(-2), Today, "Đã nhắn tin.", 60, [new IndicatorValueDraft(indicator, 2_500.25m)], null, false), DemoUsers.VnptReporter);
        await portal.SendAsync(new AcceptProgressReportCommand(report), DemoUsers.Specialist);

        foreach (var (from, to) in new (DateOnly?, DateOnly?)[] { (Today, null), (null, Today.AddDays(-1)), (new DateOnly(2022, 1, 1), Today), (Today.AddDays(1), null) })
        {
            var view = await portal.SendAsync(new GetDashboardQuery(From: from, To: to), DemoUsers.Leader);

            var expected = await portal.ExecuteDbContextAsync(async db => (await db.IndicatorFigures.AsNoTracking()
                    .Where(f => db.OutgoingDocuments.Any(d => d.Id == f.DocumentId && (from == null || d.IssuedOn >= from) && (to == null || d.IssuedOn <= to)))
                    .ToListAsync())
                .GroupBy(f => (f.Name, f.UnitOfMeasure))
                .Select(g => $"{g.Key.Name} | {g.Key.UnitOfMeasure} | {g.Sum(f => f.Value):0.00} | {g.Select(f => f.UnitId).Distinct().Count()}")
                .Order(StringComparer.Ordinal).ToList());
            Assert.Equal(expected, view.IndicatorTotals.Select(t => $"{t.Name} | {t.UnitOfMeasure} | {t.Total:0.00} | {t.Units}").Order(StringComparer.Ordinal));
        }
        var today = Assert.Single((await portal.SendAsync(new GetDashboardQuery(From: Today, To: Today), DemoUsers.Leader)).IndicatorTotals,
            t => t.Name == TaskFixtureExtensions.SmsIndicator);
        Assert.True(today.Total >= 2_500.25m && today.Units >= 1);
    }

    [Theory]
    [InlineData(OrgUnitKind.TelecomEnterprise, false)]
    [InlineData(OrgUnitKind.CultureCentre, false)]
    [InlineData(OrgUnitKind.TelecomEnterprise, true)]
    public async Task A_kind_of_unit_s_weekly_reports_and_indicator_totals_count_its_own_reports_and_figures(OrgUnitKind kind, bool demoYearOnly)
    {
        // The demo's directive was issued in 2022; a window that ends before today ends on the last day of that year.
        var from = new DateOnly(2022, 1, 1);
        DateOnly? to = demoYearOnly ? new DateOnly(2022, 12, 31) : null;
        var view = await portal.SendAsync(new GetDashboardQuery(From: from, To: to, UnitKind: kind), DemoUsers.Leader);

        var (reports, figures) = await portal.ExecuteDbContextAsync(async db =>
        {
            var units = db.OrgUnits.Where(u => u.Kind == kind).Select(u => u.Id);
            var documents = db.OutgoingDocuments.Where(d => d.IssuedOn >= from && (to == null || d.IssuedOn <= to)).Select(d => d.Id);
            return (await db.ProgressReports.AsNoTracking().Where(r => units.Contains(r.UnitId) && documents.Contains(r.DocumentId))
                    .Select(r => r.SubmittedAtUtc).ToListAsync(),
                await db.IndicatorFigures.AsNoTracking().Where(f => units.Contains(f.UnitId) && documents.Contains(f.DocumentId)).ToListAsync());
        });
        // Weeks are counted whole, also the one the window ends in.
        var perWeek = reports.GroupBy(MondayInVietNam).ToDictionary(g => g.Key, g => g.Count());
        Assert.Contains(view.ReportsPerWeek, w => w.Count > 0);
        Assert.All(view.ReportsPerWeek, w => Assert.Equal(perWeek.GetValueOrDefault(w.WeekStart), w.Count));
        var totals = figures.GroupBy(f => (f.Name, f.UnitOfMeasure))
            .Select(g => $"{g.Key.Name} | {g.Key.UnitOfMeasure} | {g.Sum(f => f.Value):0.00} | {g.Select(f => f.UnitId).Distinct().Count()}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(totals);
        Assert.Equal(totals, view.IndicatorTotals.Select(t => $"{t.Name} | {t.UnitOfMeasure} | {t.Total:0.00} | {t.Units}").Order(StringComparer.Ordinal));
    }

    private async Task AssertTalliesCountTheRowsAsync()
    {
        var (expected, actual) = await portal.ExecuteDbContextAsync(TalliesAsync);
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// The tallies counted from the rows by brute force (each assignment under its directive and the province, by its
    /// unit's kind, state and, when open, due date; each unit's figures per indicator; the reports of each week), and the
    /// stored ones summed per key.
    /// </summary>
    internal static async Task<(List<string> Expected, List<string> Actual)> TalliesAsync(PortalDbContext db)
    {
        var kinds = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Kind);
        var issued = await db.OutgoingDocuments.AsNoTracking().Where(d => d.IssuedOn != null).ToDictionaryAsync(d => d.Id, d => d.IssuedOn);
        var assignments = await db.Assignments.AsNoTracking().Select(a => new { a.DocumentId, a.UnitId, a.CompletedOn, a.DueDate }).ToListAsync();
        var figures = await db.IndicatorFigures.AsNoTracking().ToListAsync();
        var submitted = await db.ProgressReports.AsNoTracking().Select(r => new { r.DocumentId, r.UnitId, r.SubmittedAtUtc }).ToListAsync();
        var expected = assignments
            .SelectMany(a =>
            {
                var state = a.CompletedOn is not { } done ? TallyState.Open
                    : a.DueDate is not { } due || done <= due ? TallyState.CompletedOnTime : TallyState.CompletedLate;
                var dueDate = a.CompletedOn is null ? a.DueDate : null;
                return new[] { Line(a.DocumentId, issued[a.DocumentId], kinds[a.UnitId], state, dueDate), Line(null, null, kinds[a.UnitId], state, dueDate) };
            })
            .GroupBy(line => line).Select(g => $"{g.Key} {g.Count()}")
            .Concat(figures.SelectMany(f => new[]
                {
                    (Line: Line(f.Name, f.UnitOfMeasure, f.UnitId, null, null), f.Value),
                    (Line: Line(f.Name, f.UnitOfMeasure, null, issued[f.DocumentId], null), f.Value),
                    (Line: Line(f.Name, f.UnitOfMeasure, null, issued[f.DocumentId], kinds[f.UnitId]), f.Value),
                })
                .GroupBy(f => f.Line).Select(g => $"{g.Key} {g.Count()} {g.Sum(f => f.Value):0.00}"))
            .Concat(submitted.SelectMany(r => new[]
                {
                    Line(r.DocumentId, issued[r.DocumentId], kinds[r.UnitId], MondayInVietNam(r.SubmittedAtUtc)),
                    Line(null, issued[r.DocumentId], null, MondayInVietNam(r.SubmittedAtUtc)),
                    Line(null, null, kinds[r.UnitId], MondayInVietNam(r.SubmittedAtUtc)),
                })
                .GroupBy(line => line).Select(g => $"{g.Key} {g.Count()}"))
            .Order(StringComparer.Ordinal).ToList();

        var actual = (await db.AssignmentTallies.AsNoTracking().ToListAsync())
            .GroupBy(t => Line(t.DocumentId, t.IssuedOn, t.UnitKind, t.State, t.DueDate)).Select(g => (g.Key, Count: g.Sum(t => t.Count)))
            .Where(t => t.Count != 0).Select(t => $"{t.Key} {t.Count}")
            .Concat((await db.IndicatorTallies.AsNoTracking().ToListAsync())
                .GroupBy(t => Line(t.Name, t.UnitOfMeasure, t.UnitId, t.IssuedOn, t.UnitKind)).Select(g => (g.Key, Figures: g.Sum(t => t.Figures), Total: g.Sum(t => t.Total)))
                .Where(t => t.Figures != 0).Select(t => $"{t.Key} {t.Figures} {t.Total:0.00}"))
            .Concat((await db.ReportTallies.AsNoTracking().ToListAsync())
                .GroupBy(t => Line(t.DocumentId, t.IssuedOn, t.UnitKind, t.WeekStart)).Select(g => (g.Key, Count: g.Sum(t => t.Count)))
                .Where(t => t.Count != 0).Select(t => $"{t.Key} {t.Count}"))
            .Order(StringComparer.Ordinal).ToList();
        return (expected, actual);
    }

    internal static DateOnly MondayInVietNam(DateTime utc)
    {
        var day = DateOnly.FromDateTime(utc.AddHours(7));
        while (day.DayOfWeek != DayOfWeek.Monday)
            day = day.AddDays(-1);
        return day;
    }

    private static string Line(Guid? documentId, DateOnly? issuedOn, OrgUnitKind kind, TallyState state, DateOnly? due) =>
        $"{Scope(documentId, issuedOn)} {kind} {state} {due:yyyy-MM-dd}";

    private static string Scope(Guid? documentId, DateOnly? issuedOn) =>
        documentId is { } id ? $"directive {id:N} issued {issuedOn:yyyy-MM-dd}" : issuedOn is { } day ? $"issue day {day:yyyy-MM-dd}" : "province";

    private static string Line(Guid? documentId, DateOnly? issuedOn, OrgUnitKind? kind, DateOnly week) =>
        $"reports {Scope(documentId, issuedOn)} {kind?.ToString() ?? "every kind"} {week:yyyy-MM-dd}";

    private static string Line(string name, string unitOfMeasure, Guid? unitId, DateOnly? issuedOn, OrgUnitKind? kind) =>
        $"figures {name} | {unitOfMeasure} | {(unitId is { } id ? $"unit {id:N}" : $"issue day {issuedOn:yyyy-MM-dd} {kind?.ToString() ?? "every kind"}")}";
}

/// <summary>Units merge and change kind: the counts of their assignments follow them.</summary>
public sealed class DashboardTallyOrganisationTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task A_merged_unit_s_open_assignment_is_counted_under_its_successor_s_kind()
    {
        var vnpt = await portal.UnitIdAsync("VNPTTV");
        var documentId = await portal.IssueWithTaskAsync(async id => await portal.SmsTaskAsync(id, portal.Today().AddDays(30)) with
        {
            Assignees = [new(vnpt, null, AssignmentRole.Lead)],
        });
        var successor = await portal.UnitIdAsync("TTVHCK");
        var unit = await portal.SendAsync(new GetOrgUnitQuery(vnpt), DemoUsers.Administrator);

        await portal.SendAsync(new DeactivateOrgUnitCommand(vnpt, unit.Version, portal.Today(), successor), DemoUsers.Administrator);

        Assert.Equal(successor, (await portal.ExecuteDbContextAsync(db => db.Assignments.SingleAsync(a => a.DocumentId == documentId))).UnitId);
        var dashboard = await portal.SendAsync(new GetDashboardQuery(DocumentId: documentId), DemoUsers.Leader);
        Assert.Equal(OrgUnitKind.CultureCentre, Assert.Single(dashboard.ByUnitKind).Kind);
        var (expected, actual) = await portal.ExecuteDbContextAsync(DashboardTallyTests.TalliesAsync);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_unit_given_another_kind_takes_its_assignments_counts_along()
    {
        var unit = await portal.SendAsync(new GetOrgUnitQuery(await portal.UnitIdAsync("VIETTELTV")), DemoUsers.Administrator);
        var before = await portal.SendAsync(new GetDashboardQuery(UnitKind: OrgUnitKind.DistrictOffice), DemoUsers.Leader);

        await portal.SendAsync(new UpdateOrgUnitCommand(unit.Id, unit.Version, unit.Code, unit.FullName, unit.ShortName,
            OrgUnitKind.DistrictOffice, unit.IsInternal, unit.ParentId, unit.Address, unit.Phone, unit.Email, unit.ActiveFrom), DemoUsers.Administrator);

        var (expected, actual) = await portal.ExecuteDbContextAsync(DashboardTallyTests.TalliesAsync);
        Assert.Equal(expected, actual);
        var after = await portal.SendAsync(new GetDashboardQuery(UnitKind: OrgUnitKind.DistrictOffice), DemoUsers.Leader);
        var viettelAssignments = await portal.ExecuteDbContextAsync(db => db.Assignments.CountAsync(a => a.UnitId == unit.Id));
        Assert.True(viettelAssignments > 0);
        Assert.Equal(before.TotalAssignments + viettelAssignments, after.TotalAssignments);
    }
}

/// <summary>A database that had assignments and figures before the tallies existed gets them from the migration.</summary>
public sealed class DashboardTallyMigrationTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string MigrationBeforeTallies = "20261129162325_DashboardCoveringIndexes";

    [Fact]
    public async Task The_migration_counts_the_rows_already_there()
    {
        var (expected, actual) = await portal.ExecuteDbContextAsync(async db =>
        {
            var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
            await migrator.MigrateAsync(MigrationBeforeTallies);
            Assert.DoesNotContain(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_DashboardTallies", StringComparison.Ordinal));
            await migrator.MigrateAsync();
            return await DashboardTallyTests.TalliesAsync(db);
        });

        Assert.Contains(expected, line => line.StartsWith("figures ", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }
}
