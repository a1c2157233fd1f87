using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// Runs use cases as the portal does: each message in a DI scope of its own, through the real
/// mediator and its behaviours, on behalf of a user signed in by Identity. One fixture, so one
/// fresh database, per test class.
/// </summary>
public abstract class SliceFixture(PortalSettings settings) : IAsyncLifetime
{
    /// <summary>The address every message sent by <see cref="SendAsync{TResponse}(ICommand{TResponse}, string?)"/> comes from (TEST-NET-3).</summary>
    public const string ClientAddress = "203.0.113.7";

    public PortalFactory Factory { get; } = new(settings);

    public ValueTask InitializeAsync()
    {
        // Starting the host migrates the database and seeds it (Program runs DatabaseInitialiser).
        _ = Factory.Services;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Sends a command as <paramref name="asUser"/> (a user name; null for an anonymous visitor).</summary>
    public Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, string? asUser) =>
        SendAsync(asUser, (mediator, ct) => mediator.Send(command, ct));

    /// <summary>Sends a query as <paramref name="asUser"/> (a user name; null for an anonymous visitor).</summary>
    public Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, string? asUser) =>
        SendAsync(asUser, (mediator, ct) => mediator.Send(query, ct));

    public async Task ExecuteScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> ExecuteScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Arranges or inspects the database directly, bypassing the use cases.</summary>
    public Task ExecuteDbContextAsync(Func<PortalDbContext, Task> action) =>
        ExecuteScopeAsync(services => action(services.GetRequiredService<PortalDbContext>()));

    public Task<T> ExecuteDbContextAsync<T>(Func<PortalDbContext, Task<T>> action) =>
        ExecuteScopeAsync(services => action(services.GetRequiredService<PortalDbContext>()));

    /// <summary>The principal Identity gives <paramref name="userName"/> at sign-in, with the portal's claims.</summary>
    public Task<ClaimsPrincipal> PrincipalOfAsync(string? userName) =>
        userName is null
            ? Task.FromResult(new ClaimsPrincipal(new ClaimsIdentity()))
            : ExecuteScopeAsync(async services =>
            {
                var user = await services.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName)
                    ?? throw new InvalidOperationException($"There is no user '{userName}' in this database.");
                return await services.GetRequiredService<SignInManager<PortalUser>>().CreateUserPrincipalAsync(user);
            });

    private async Task<TResponse> SendAsync<TResponse>(string? asUser, Func<IMediator, CancellationToken, ValueTask<TResponse>> send)
    {
        // Signed in in a scope of its own, as a circuit's user comes from the cookie, not from the message's scope.
        var principal = await PrincipalOfAsync(asUser);
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ClaimsCurrentUser>().Principal = principal;
        scope.ServiceProvider.GetRequiredService<ClientInfo>().Address = ClientAddress;
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>(), TestContext.Current.CancellationToken);
    }
}

/// <summary>A Development database seeded with the founding case (DESIGN §7).</summary>
public sealed class DemoPortal() : SliceFixture(new PortalSettings(DemoData: true));

/// <summary>A production start: no demo, a first administrator from configuration.</summary>
public sealed class ProductionPortal() : SliceFixture(new PortalSettings(DemoData: false, AdministratorPassword: ProductionPortal.AdministratorPassword))
{
    public const string AdministratorPassword = "Quan-tri-bao-mat-2025";
}

/// <summary>A production start whose operator forgot Administrator:Password.</summary>
public sealed class ProductionPortalWithoutPassword() : SliceFixture(new PortalSettings(DemoData: false));
