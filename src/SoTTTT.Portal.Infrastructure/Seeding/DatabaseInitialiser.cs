using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.Infrastructure.Seeding;

/// <summary>
/// Brings the database to the current schema at start and seeds what every installation needs:
/// the roles, the holiday calendar, then either the demo case (Development) or a first administrator
/// (empty production).
/// </summary>
public sealed partial class DatabaseInitialiser(
    PortalDbContext db,
    RoleManager<IdentityRole> roles,
    UserManager<PortalUser> users,
    DemoDataSeeder demo,
    IOptions<DatabaseOptions> database,
    IOptions<DemoDataOptions> demoOptions,
    IOptions<AdministratorOptions> administrator,
    ILogger<DatabaseInitialiser> logger)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // EF leaves DELETE mode on files it did not create itself: WAL is set explicitly, once per file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }
        if (database.Value.MigrateOnStart)
            await db.Database.MigrateAsync(cancellationToken);

        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                EnsureSucceeded(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
        }

        await SeedHolidaysAsync(cancellationToken);

        if (demoOptions.Value.Enabled)
            await demo.SeedAsync(cancellationToken);
        else
            await CreateFirstAdministratorAsync(cancellationToken);
    }

    /// <summary>
    /// Reference data, in production as in the demo: the statutory holidays of the years around
    /// the installation. Only into an empty calendar, so that a day the administrator deleted or
    /// moved does not come back at the next start.
    /// </summary>
    private async Task SeedHolidaysAsync(CancellationToken cancellationToken)
    {
        if (await db.CalendarDays.AnyAsync(cancellationToken))
            return;
        for (var year = FirstSeededYear; year <= LastSeededYear; year++)
            await WorkingCalendars.AddStatutoryHolidaysAsync(db, year, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The founding case is of 2022; a few years ahead leave the administrator time to add more.</summary>
    public const int FirstSeededYear = 2022;
    public const int LastSeededYear = 2027;

    private async Task CreateFirstAdministratorAsync(CancellationToken cancellationToken)
    {
        if (await users.Users.AnyAsync(cancellationToken))
            return;
        var options = administrator.Value;
        if (string.IsNullOrWhiteSpace(options.Password))
        {
            LogNoAdministratorPassword(logger);
            return;
        }

        var admin = new PortalUser { UserName = options.UserName, Email = options.Email, FullName = options.FullName, EmailConfirmed = true };
        EnsureSucceeded(await users.CreateAsync(admin, options.Password), "the first administrator");
        EnsureSucceeded(await users.AddToRoleAsync(admin, PortalRoles.Admin), "the first administrator's role");
        LogAdministratorCreated(logger, options.UserName);
    }

    internal static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database has no users and Administrator:Password is not set: set the environment variable Administrator__Password and restart to create the first administrator.")]
    private static partial void LogNoAdministratorPassword(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first administrator {UserName}.")]
    private static partial void LogAdministratorCreated(ILogger logger, string userName);
}
