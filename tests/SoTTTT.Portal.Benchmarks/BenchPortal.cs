using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.Benchmarks;

/// <summary>
/// The real portal host (Program, its services, mediator and pipeline) over a copy of a generated
/// database, in a temporary folder of its own: a run never changes the original. The reminder
/// scheduler is off; logging goes nowhere, so the figures are the use cases', not the console's.
/// </summary>
public sealed class BenchPortal : WebApplicationFactory<Program>
{
    /// <summary>The environment variable naming the generated database a run copies.</summary>
    public const string DatabaseVariable = "PORTAL_BENCH_DB";

    /// <summary>
    /// Set to 1 to run the read-only cases on the named database itself (a file called portal.db, already migrated
    /// by a first run) instead of a copy: a full-scale database is 6 GB, and each case starts a host of its own.
    /// </summary>
    public const string InPlaceVariable = "PORTAL_BENCH_IN_PLACE";

    public const string ClientAddress = "203.0.113.7";

    private BenchPortal(string dataFolder) => DataFolder = dataFolder;

    public string DataFolder { get; }

    private bool keep;

    /// <summary>Copies <paramref name="database"/> (and its -wal/-shm) to a temporary folder and starts the portal on it.</summary>
    public static BenchPortal Start(string? database = null)
    {
        database ??= Environment.GetEnvironmentVariable(DatabaseVariable)
            ?? throw new InvalidOperationException($"Set {DatabaseVariable} to a database made by tools/SoTTTT.Portal.DataGenerator.");
        if (!File.Exists(database))
            throw new FileNotFoundException("No generated database there.", database);
        if (Environment.GetEnvironmentVariable(InPlaceVariable) == "1")
        {
            if (Path.GetFileName(database) != "portal.db")
                throw new InvalidOperationException($"{InPlaceVariable}=1 needs the database to be named portal.db.");
            var inPlace = new BenchPortal(Path.GetDirectoryName(Path.GetFullPath(database))!) { keep = true };
            _ = inPlace.Services;
            return inPlace;
        }
        var folder = Directory.CreateTempSubdirectory("sotttt-bench-").FullName;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(database + suffix))
                File.Copy(database + suffix, Path.Combine(folder, "portal.db" + suffix));
        }
        var portal = new BenchPortal(folder);
        _ = portal.Services;
        return portal;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(RepositoryRoot.Path);
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Storage:FilesFolder", Path.Combine(DataFolder, "files"));
        builder.UseSetting("ConnectionStrings:Portal", "");
        builder.UseSetting("DemoData:Enabled", "false");
        builder.UseSetting("Reminders:Enabled", "false");
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            // PORTAL_BENCH_SQL=1 prints every SQL command, to count the queries of a use case.
            if (Environment.GetEnvironmentVariable("PORTAL_BENCH_SQL") == "1")
                logging.AddConsole().AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
        });
    }

    /// <summary>Sends <paramref name="message"/> as the portal does: in a DI scope of its own, on behalf of <paramref name="principal"/>.</summary>
    public async ValueTask<TResponse> SendAsync<TResponse>(ClaimsPrincipal principal, Func<IMediator, ValueTask<TResponse>> send)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ClaimsCurrentUser>().Principal = principal;
        scope.ServiceProvider.GetRequiredService<ClientInfo>().Address = ClientAddress;
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    public ValueTask<TResponse> SendAsync<TResponse>(ClaimsPrincipal principal, IQuery<TResponse> query) =>
        SendAsync(principal, mediator => mediator.Send(query));

    public ValueTask<TResponse> SendAsync<TResponse>(ClaimsPrincipal principal, ICommand<TResponse> command) =>
        SendAsync(principal, mediator => mediator.Send(command));

    /// <summary>Reads the database directly, bypassing the use cases (to choose what to measure).</summary>
    public async Task<T> ReadAsync<T>(Func<PortalDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>
    /// The principal the portal's claims factory gives a user (PortalUserClaimsPrincipalFactory): id, name,
    /// roles, unit. The generated database has no accounts, so the user is named, not looked up.
    /// </summary>
    public static ClaimsPrincipal Principal(string userId, string role, Guid? unitId, string? unitName = null)
    {
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, userId));
        identity.AddClaim(new Claim(ClaimTypes.Name, userId));
        identity.AddClaim(new Claim(ClaimTypes.Role, role));
        identity.AddClaim(new Claim(PortalClaimTypes.FullName, "Người dùng đo " + userId));
        if (unitId is { } unit)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.UnitId, unit.ToString()));
            if (unitName is not null)
                identity.AddClaim(new Claim(PortalClaimTypes.UnitName, unitName));
        }
        return new ClaimsPrincipal(identity);
    }

    /// <summary>A specialist of the department (reads the matrix, the dashboard, the queues, documents).</summary>
    public async Task<ClaimsPrincipal> SpecialistAsync()
    {
        var department = await ReadAsync(db => db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == Core.Domain.Organisation.OrgUnitKind.Division).Select(u => (Guid?)u.Id).FirstOrDefaultAsync());
        return Principal("bench-specialist", PortalRoles.Specialist, department);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!keep && Directory.Exists(DataFolder))
            Directory.Delete(DataFolder, recursive: true);
    }
}
