using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Common.Caching;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Dashboards;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Benchmarks;

/// <summary>
/// The portal's heavy reads on a province-decade database (PORTAL_BENCH_DB, made by
/// tools/SoTTTT.Portal.DataGenerator), each sent as the portal sends it: through the mediator and its
/// pipeline, in a DI scope of its own, on behalf of a signed-in user. In process: the host is the real one.
/// </summary>
[Config(typeof(Settings))]
public class ProvinceScaleBenchmarks
{
    private BenchPortal portal = null!;
    private ClaimsPrincipal specialist = null!;
    private ClaimsPrincipal reporter = null!;
    private Guid largestDirective;
    private OrgUnitKind commonestKind;
    private Guid busiestUnit;
    private DateOnly latestIssue;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    public async Task SetupAsync()
    {
        portal = BenchPortal.Start();
        specialist = await portal.SpecialistAsync();
        (largestDirective, commonestKind, busiestUnit, var unitName) = await portal.ReadAsync(async db =>
        {
            var directive = await db.Assignments.AsNoTracking().GroupBy(a => a.DocumentId)
                .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var kind = await (from a in db.Assignments.AsNoTracking().Where(a => a.DocumentId == directive)
                              join u in db.OrgUnits on a.UnitId equals u.Id
                              group u by u.Kind into g
                              orderby g.Count() descending
                              select g.Key).FirstAsync();
            var unit = await db.Assignments.AsNoTracking().GroupBy(a => a.UnitId)
                .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var name = await db.OrgUnits.Where(u => u.Id == unit).Select(u => u.FullName).SingleAsync();
            return (directive, kind, unit, name);
        });
        latestIssue = await portal.ReadAsync(db => db.OutgoingDocuments.MaxAsync(d => d.IssuedOn!.Value));
        reporter = BenchPortal.Principal("bench-reporter", PortalRoles.UnitReporter, busiestUnit, unitName);
    }

    [GlobalCleanup]
    public void Cleanup() => portal.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<ComplianceMatrix> Matrix() =>
        await portal.SendAsync(specialist, new GetComplianceMatrixQuery(largestDirective));

    [Benchmark]
    public async Task<ComplianceMatrix> MatrixOfOneUnitKind() =>
        await portal.SendAsync(specialist, new GetComplianceMatrixQuery(largestDirective, commonestKind));

    [Benchmark]
    public async Task<DashboardView> Dashboard() =>
        await ReadDashboardAsync(new GetDashboardQuery());

    /// <summary>The directives issued since the first of January of the dataset's last year.</summary>
    [Benchmark]
    public async Task<DashboardView> DashboardOfOneYear() =>
        await ReadDashboardAsync(new GetDashboardQuery(From: new DateOnly(latestIssue.Year, 1, 1)));

    /// <summary>The dataset's last whole calendar year, a window that ends before today.</summary>
    [Benchmark]
    public async Task<DashboardView> DashboardOfAPastYear() =>
        await ReadDashboardAsync(new GetDashboardQuery(From: new DateOnly(latestIssue.Year, 1, 1), To: new DateOnly(latestIssue.Year, 12, 31)));

    /// <summary>The same year, the units of the commonest kind only.</summary>
    [Benchmark]
    public async Task<DashboardView> DashboardOfOneYearOneKind() =>
        await ReadDashboardAsync(new GetDashboardQuery(From: new DateOnly(latestIssue.Year, 1, 1), UnitKind: commonestKind));

    /// <summary>The unfiltered dashboard of one kind of unit.</summary>
    [Benchmark]
    public async Task<DashboardView> DashboardOfOneKind() =>
        await ReadDashboardAsync(new GetDashboardQuery(UnitKind: commonestKind));

    [Benchmark]
    public async Task<DashboardView> DashboardOfOneDirective() =>
        await ReadDashboardAsync(new GetDashboardQuery(DocumentId: largestDirective));

    /// <summary>The unfiltered dashboard opened again with nothing written since: the view kept by the cache.</summary>
    [Benchmark]
    public async Task<DashboardView> DashboardFromCache() =>
        await portal.SendAsync(specialist, new GetDashboardQuery());

    /// <summary>As after any write, the dashboards' cache no longer holds the view: every case above measures the read.</summary>
    private ValueTask<DashboardView> ReadDashboardAsync(GetDashboardQuery query)
    {
        portal.Services.GetRequiredService<DataVersion>().Advance();
        return portal.SendAsync(specialist, query);
    }

    [Benchmark]
    public async Task<PagedResult<ReportQueueItem>> ReviewQueue() =>
        await portal.SendAsync(specialist, new ListReportsAwaitingReviewQuery());

    [Benchmark]
    public async Task<PagedResult<AssignmentRow>> UnitAssignments() =>
        await portal.SendAsync(reporter, new ListMyAssignmentsQuery());

    [Benchmark]
    public async Task<UnitRecord> UnitRecord() =>
        await portal.SendAsync(specialist, new GetUnitRecordQuery(busiestUnit));

    [Benchmark]
    public async Task<PagedResult<OutgoingListItem>> OutgoingSearchWithoutDiacritics() =>
        await portal.SendAsync(specialist, new ListOutgoingDocumentsQuery(Search: "canh bao lua dao"));

    [Benchmark]
    public async Task<PagedResult<OutgoingListItem>> OutgoingSearchWithDiacritics() =>
        await portal.SendAsync(specialist, new ListOutgoingDocumentsQuery(Search: "cảnh báo lừa đảo"));

    [Benchmark]
    public async Task<PagedResult<IncomingListItem>> IncomingSearchWithoutDiacritics() =>
        await portal.SendAsync(specialist, new ListIncomingDocumentsQuery(Search: "canh bao lua dao"));

    [Benchmark]
    public async Task<PagedResult<IncomingListItem>> IncomingSearchWithDiacritics() =>
        await portal.SendAsync(specialist, new ListIncomingDocumentsQuery(Search: "cảnh báo lừa đảo"));

    /// <summary>A word no document holds: the whole register is searched.</summary>
    [Benchmark]
    public async Task<PagedResult<IncomingListItem>> IncomingSearchOfAMissingWord() =>
        await portal.SendAsync(specialist, new ListIncomingDocumentsQuery(Search: "khong co van ban nay"));

    /// <summary>The directive filter of the dashboard, the report history and the inspectors' workspace.</summary>
    [Benchmark]
    public async Task<IReadOnlyList<DirectiveOption>> DirectiveFilterSearch() =>
        await portal.SendAsync(specialist, new ListUnitDirectivesQuery(Search: "lua dao"));

    /// <summary>
    /// In process (the host is the Web project's Program, started once per benchmark), a short run with enough
    /// iterations for a P95; mean, P95 and allocated bytes.
    /// </summary>
    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.DontLogOutput)
                .WithWarmupCount(3).WithIterationCount(15).WithId("InProcessShort"));
            AddColumn(StatisticColumn.P95);
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }
}
