using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Dashboards;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Infrastructure.Persistence;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Dashboards;

/// <summary>
/// The standing figures the dashboard sums are, for every assignment, the values of its latest accepted report —
/// kept by the acceptance command, by the demo seeder, and filled by the migration for reports accepted before it.
/// </summary>
public sealed class IndicatorFigureTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private DateOnly Today => portal.Today();

    [Fact]
    public async Task The_demo_s_figures_are_each_assignment_s_latest_accepted_values()
    {
        var (expected, actual) = await portal.ExecuteDbContextAsync(FiguresAsync);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_report_accepted_after_a_later_one_changes_no_figure()
    {
        var document = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(10)));
        var assignment = await portal.AssignmentOfAsync(document, "VNPTTV");
        var indicator = await portal.IndicatorIdAsync(assignment.TaskId, TaskFixtureExtensions.SmsIndicator);
        var first = await SubmitAsync(assignment.Id, indicator, 500m);
        var second = await SubmitAsync(assignment.Id, indicator, 700m);

        await portal.SendAsync(new AcceptProgressReportCommand(second), DemoUsers.Specialist);
        await portal.SendAsync(new AcceptProgressReportCommand(first), DemoUsers.Specialist);

        var figure = Assert.Single(await portal.ExecuteDbContextAsync(db => db.IndicatorFigures.Where(f => f.AssignmentId == assignment.Id).ToListAsync()));
        Assert.Equal((second, 700m), (figure.ReportId, figure.Value));
        var total = Assert.Single((await portal.SendAsync(new GetDashboardQuery(DocumentId: document), DemoUsers.Leader)).IndicatorTotals);
        Assert.Equal((700m, 1), (total.Total, total.Units));
    }

    [Fact]
    public async Task A_later_accepted_report_replaces_the_figures_of_the_earlier_one()
    {
        var document = await portal.IssueWithTaskAsync(id => portal.SmsTaskAsync(id, Today.AddDays(10)));
        var assignment = await portal.AssignmentOfAsync(document, "VNPTTV");
        var indicator = await portal.IndicatorIdAsync(assignment.TaskId, TaskFixtureExtensions.SmsIndicator);
        await portal.SendAsync(new AcceptProgressReportCommand(await SubmitAsync(assignment.Id, indicator, 500m)), DemoUsers.Specialist);
        var later = await SubmitAsync(assignment.Id, indicator, 800m);

        await portal.SendAsync(new AcceptProgressReportCommand(later), DemoUsers.Specialist);

        var figure = Assert.Single(await portal.ExecuteDbContextAsync(db => db.IndicatorFigures.Where(f => f.AssignmentId == assignment.Id).ToListAsync()));
        Assert.Equal((later, 800m, TaskFixtureExtensions.SmsIndicator, "tin nhắn"), (figure.ReportId, figure.Value, figure.Name, figure.UnitOfMeasure));
    }

    private Task<Guid> SubmitAsync(Guid assignmentId, Guid indicatorId, decimal value) =>
        portal.SendAsync(new SubmitProgressReportCommand(
            assignmentId, Today.AddDays(-1), Today, "Đã nhắn tin cảnh báo.", 50, [new IndicatorValueDraft(indicatorId, value)], null, false), DemoUsers.VnptReporter);

    /// <summary>The figures computed from the reports by brute force, and those stored.</summary>
    internal static async Task<(List<string> Expected, List<string> Actual)> FiguresAsync(PortalDbContext db)
    {
        var accepted = await db.ProgressReports.AsNoTracking().Where(r => r.Status == ReportStatus.Accepted).ToListAsync();
        var indicators = await db.DirectiveTasks.AsNoTracking().SelectMany(t => t.Indicators).ToDictionaryAsync(i => i.Id);
        var expected = accepted.GroupBy(r => r.AssignmentId)
            .Select(g => g.MaxBy(r => r.Sequence)!)
            .SelectMany(r => r.Values.Select(v => Line(r.AssignmentId, v.IndicatorId, r.Id, indicators[v.IndicatorId].Name, v.Value)))
            .Order(StringComparer.Ordinal).ToList();
        var actual = (await db.IndicatorFigures.AsNoTracking().ToListAsync())
            .Select(f => Line(f.AssignmentId, f.IndicatorId, f.ReportId, f.Name, f.Value))
            .Order(StringComparer.Ordinal).ToList();
        return (expected, actual);
    }

    private static string Line(Guid assignmentId, Guid indicatorId, Guid reportId, string name, decimal value) =>
        $"{assignmentId:N} {indicatorId:N} {reportId:N} {name} {value:0.00}";
}

/// <summary>A database that had accepted reports before the figures existed gets them from the migration.</summary>
public sealed class IndicatorFigureMigrationTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string MigrationBeforeFigures = "20261129125119_DirectiveDueDateIndex";

    [Fact]
    public async Task The_migration_fills_the_figures_of_reports_accepted_before_it()
    {
        var (expected, actual) = await portal.ExecuteDbContextAsync(async db =>
        {
            var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
            await migrator.MigrateAsync(MigrationBeforeFigures);
            Assert.DoesNotContain(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_IndicatorFigures", StringComparison.Ordinal));
            await migrator.MigrateAsync();
            return await IndicatorFigureTests.FiguresAsync(db);
        });

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }
}
