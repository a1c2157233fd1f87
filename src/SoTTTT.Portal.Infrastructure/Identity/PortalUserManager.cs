using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SoTTTT.Portal.Infrastructure.Identity;

/// <summary>
/// Identity's user manager on the portal's clock: the lockout after five wrong passwords starts and ends
/// by <see cref="TimeProvider"/>, as everything else does, instead of Identity's own reading of the system
/// clock (which a test could not move, nor a tester running the portal at "Clock:StartAt").
/// </summary>
public sealed class PortalUserManager(
        IUserStore<PortalUser> store,
        IOptions<IdentityOptions> optionsAccessor,
        IPasswordHasher<PortalUser> passwordHasher,
        IEnumerable<IUserValidator<PortalUser>> userValidators,
        IEnumerable<IPasswordValidator<PortalUser>> passwordValidators,
        ILookupNormalizer keyNormalizer,
        IdentityErrorDescriber errors,
        IServiceProvider services,
        ILogger<UserManager<PortalUser>> logger,
        TimeProvider clock)
    : UserManager<PortalUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<bool> IsLockedOutAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await GetLockoutEnabledAsync(user))
            return false;
        // Locked until the end, free from it: fifteen minutes means fifteen minutes.
        return await GetLockoutEndDateAsync(user) is { } end && end > clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ThrowIfDisposed();
        var lockout = (IUserLockoutStore<PortalUser>)Store;
        var failures = await lockout.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (failures >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await lockout.SetLockoutEndDateAsync(user, clock.GetUtcNow() + Options.Lockout.DefaultLockoutTimeSpan, CancellationToken);
            await lockout.ResetAccessFailedCountAsync(user, CancellationToken);
        }
        return await UpdateUserAsync(user);
    }
}
