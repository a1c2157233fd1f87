using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.Infrastructure.Seeding;

/// <summary>
/// Brings the database to the current schema at start and seeds what every installation needs:
/// the roles, then either the demo case (Development) or a first administrator (empty production).
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

        if (demoOptions.Value.Enabled)
            await demo.SeedAsync(cancellationToken);
        else
            await CreateFirstAdministratorAsync(cancellationToken);
    }

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
