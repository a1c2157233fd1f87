using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SoTTTT.Portal.Core.Domain;

namespace SoTTTT.Portal.Infrastructure.Persistence;

/// <summary>Renews the concurrency token of every edited entity, so a stale editor's save is refused.</summary>
internal sealed class VersioningInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        RenewVersions(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RenewVersions(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void RenewVersions(DbContext? context)
    {
        if (context is null)
            return;
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
                entry.Entity.Version = Guid.NewGuid();
        }
    }
}
