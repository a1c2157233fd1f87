using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Behaviours;
using SoTTTT.Portal.Core.Common.Caching;
using SoTTTT.Portal.Core.Common.Files;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Features.Notifications;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Infrastructure.Files;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Infrastructure.Identity.CommonPasswords;
using SoTTTT.Portal.Infrastructure.Jobs;
using SoTTTT.Portal.Infrastructure.Notifications;
using SoTTTT.Portal.Infrastructure.Pdf;
using SoTTTT.Portal.Infrastructure.Persistence;
using SoTTTT.Portal.Infrastructure.Seeding;
using SoTTTT.Portal.Infrastructure.Time;

namespace SoTTTT.Portal.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddPortalInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<IssuingBodyOptions>(configuration.GetSection(IssuingBodyOptions.Section));
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.Section));
        services.Configure<AdministratorOptions>(configuration.GetSection(AdministratorOptions.Section));
        services.Configure<TwoFactorOptions>(configuration.GetSection(TwoFactorOptions.Section));
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.Configure<TaskOptions>(configuration.GetSection(TaskOptions.SectionName));
        services.AddSingleton<IInboxSignals, InProcessInboxSignals>();
        services.AddPortalPdf(configuration);
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));

        var connectionString = configuration.GetConnectionString("Portal");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (database.Provider != DatabaseProvider.Sqlite)
                throw new InvalidOperationException("ConnectionStrings:Portal is required for the SQL Server provider.");
            var folder = Path.GetFullPath(database.DataFolder, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            connectionString = PortalDatabase.SqliteConnectionString(folder);
        }

        // SQLite takes one writer at a time: commands queue in process for it (IWriteGate).
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            services.AddSingleton<IWriteGate, SingleWriterGate>();
            services.AddHostedService(sp => new SqliteCheckpointService(connectionString, sp.GetRequiredService<ILogger<SqliteCheckpointService>>()));
        }
        else
            services.AddSingleton<IWriteGate, OpenWriteGate>();
        services.AddScoped<AuditChangesInterceptor>();
        services.AddDbContext<PortalDbContext>((sp, options) =>
        {
            PortalDatabase.Configure(options, database.Provider, connectionString);
            // After the audit's, which lists the notifications a command sends before they leave the change tracker.
            options.AddInterceptors(sp.GetRequiredService<AuditChangesInterceptor>(), new NotificationBatchInterceptor(),
                new DataVersionInterceptor(sp.GetRequiredService<DataVersion>()));
        });
        services.AddScoped<IPortalDbContext>(sp => sp.GetRequiredService<PortalDbContext>());

        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<ClaimsCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ClaimsCurrentUser>());
        services.AddScoped<ClientInfo>();
        services.AddScoped<IClientInfo>(sp => sp.GetRequiredService<ClientInfo>());
        services.AddSingleton(ConfiguredClock.FromConfiguration(configuration));
        services.AddSingleton<IFileStore, LocalFileStore>();

        // Before AddIdentityCore, whose own describer is added only when none is. The Web host replaces both
        // with its localised describer.
        services.AddScoped<PortalIdentityErrorDescriber>();
        services.AddScoped<IdentityErrorDescriber>(sp => sp.GetRequiredService<PortalIdentityErrorDescriber>());
        services.AddIdentityCore<PortalUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddUserManager<PortalUserManager>()
            .AddSignInManager<PortalSignInManager>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<PortalUserClaimsPrincipalFactory>();

        services.AddScoped<DatabaseInitialiser>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<ReminderScheduler>();
        services.AddHostedService<ReminderService>();
        return services;
    }
}
