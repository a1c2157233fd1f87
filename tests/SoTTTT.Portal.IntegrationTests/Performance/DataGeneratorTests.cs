using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Domain.Audit;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.DataGenerator;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.IntegrationTests.Performance;

/// <summary>The province-decade data generator, run at a tiny scale into temporary SQLite files.</summary>
public sealed class DataGeneratorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sotttt-datagen-").FullName;

    private static GeneratorSettings Tiny(string database, int seed) => new()
    {
        Seed = seed,
        Database = database,
        Units = 20,
        Incoming = 50,
        Outgoing = 30,
        Directives = 10,
        Assignments = 60,
        Reports = 150,
        AuditEntries = 700,
        BatchSize = 100,
    };

    [Fact]
    public async Task Generated_database_holds_the_requested_rows_in_consistent_states()
    {
        var database = Path.Combine(_folder, "a.db");
        await Generate(Tiny(database, seed: 42));

        await using var db = Open(database);
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(20, await db.OrgUnits.CountAsync(ct));
        Assert.Equal(50, await db.IncomingDocuments.CountAsync(ct));
        Assert.Equal(30, await db.OutgoingDocuments.CountAsync(d => d.Status == OutgoingStatus.Issued, ct));
        Assert.Equal(10, await db.DirectiveTasks.CountAsync(ct));
        Assert.Equal(60, await db.Assignments.CountAsync(ct));
        Assert.Equal(150, await db.ProgressReports.CountAsync(ct));
        Assert.Equal(700, await db.AuditEntries.CountAsync(ct));
        Assert.True(await db.Assignments.AnyAsync(a => a.CompletedOn != null, ct));
        Assert.True(await db.ProgressReports.AnyAsync(r => r.Status == ReportStatus.AwaitingReview, ct));
        Assert.All(await db.Assignments.ToListAsync(ct), a => Assert.Equal(a.ReportCount, db.ProgressReports.Count(r => r.AssignmentId == a.Id)));
        Assert.True(await db.OrgUnits.AnyAsync(u => u.Kind == OrgUnitKind.Department && u.IsInternal, ct));
        Assert.True(await db.OrgUnits.AnyAsync(u => !u.IsInternal, ct));
    }

    [Fact]
    public async Task Generated_audit_log_verifies_as_one_unbroken_chain()
    {
        var database = Path.Combine(_folder, "audit.db");
        await Generate(Tiny(database, seed: 7));

        await using var db = Open(database);
        var chain = new AuditChain();
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable())
            Assert.Null(chain.Check(entry));
        Assert.Equal(700, chain.Checked);
    }

    [Fact]
    public async Task Same_seed_gives_the_same_data_and_another_seed_different_data()
    {
        var first = Path.Combine(_folder, "first.db");
        var second = Path.Combine(_folder, "second.db");
        var other = Path.Combine(_folder, "other.db");
        await Generate(Tiny(first, seed: 42));
        await Generate(Tiny(second, seed: 42));
        await Generate(Tiny(other, seed: 43));

        var expected = await Fingerprint(first);
        Assert.Equal(expected, await Fingerprint(second));
        Assert.NotEqual(expected, await Fingerprint(other));
    }

    [Fact]
    public async Task Generated_unit_reporter_signs_in_with_the_given_password_after_accounts_are_added_to_an_existing_database()
    {
        await using var factory = new PortalFactory(new PortalSettings(DemoData: false));
        var database = Path.Combine(factory.DataFolder, "portal.db");
        await Generate(Tiny(database, seed: 42));
        const string password = "Mật-khẩu-tải-2026!";
        await Generate(Tiny(database, seed: 42) with { Password = password, AccountsOnly = true });
        SqliteConnection.ClearAllPools();

        await using (var db = Open(database))
        {
            var ct = TestContext.Current.CancellationToken;
            var reporter = await db.Users.SingleAsync(u => u.UserName == "baocao001", ct);
            Assert.True(await db.ProgressReports.AnyAsync(r => r.SubmittedById == reporter.Id, ct) || await db.AuditEntries.AnyAsync(e => e.UserId == reporter.Id, ct));
            Assert.True(await db.OrgUnits.AnyAsync(u => u.Id == reporter.UnitId && !u.IsInternal, ct));
        }
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await SignedInBrowser.PostPasswordAsync(browser, "baocao001", password, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("SoTTTT.Auth=", StringComparison.Ordinal));
    }

    private static async Task Generate(GeneratorSettings settings) =>
        await new DataGenerator.DataGenerator(settings, TextWriter.Null).RunAsync(TestContext.Current.CancellationToken);

    private static PortalDbContext Open(string database)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDatabase.Configure(options, DatabaseProvider.Sqlite, $"Data Source={database}");
        return new PortalDbContext(options.Options);
    }

    /// <summary>Ids and contents of every generated table, in a fixed order.</summary>
    private static async Task<string> Fingerprint(string database)
    {
        await using var db = Open(database);
        var ct = TestContext.Current.CancellationToken;
        var text = new StringBuilder();
        foreach (var u in await db.OrgUnits.OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.FullName, u.Kind }).ToListAsync(ct))
            text.AppendLine(u.ToString());
        foreach (var d in await db.IncomingDocuments.OrderBy(d => d.ReceivedOn).ThenBy(d => d.ArrivalNumber).Select(d => new { d.Id, d.ArrivalNumber, d.NumberSymbol, d.Summary, d.Status }).ToListAsync(ct))
            text.AppendLine(d.ToString());
        foreach (var d in await db.OutgoingDocuments.OrderBy(d => d.IssuedOn).ThenBy(d => d.Number).Select(d => new { d.Id, d.Number, d.IssuedOn, d.Summary }).ToListAsync(ct))
            text.AppendLine(d.ToString());
        foreach (var a in (await db.Assignments.Select(a => new { a.Id, a.TaskId, a.UnitId, a.Role, a.PercentDone, a.DueDate, a.CompletedOn }).ToListAsync(ct)).OrderBy(a => a.Id))
            text.AppendLine(a.ToString());
        foreach (var r in (await db.ProgressReports.Select(r => new { r.Id, r.AssignmentId, r.Sequence, r.PeriodTo, r.Narrative, r.Status }).ToListAsync(ct)).OrderBy(r => r.Id))
            text.AppendLine(r.ToString());
        text.AppendLine(await db.AuditEntries.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstAsync(ct));
        return text.ToString();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
