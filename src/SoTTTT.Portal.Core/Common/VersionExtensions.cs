using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Domain;

namespace SoTTTT.Portal.Core.Common;

public static class VersionExtensions
{
    /// <summary>
    /// Makes the save conditional on the version the editor loaded: if someone saved in between,
    /// SaveChanges finds no row with that version and the edit is refused, not overwritten.
    /// The token is renewed here, so the check runs even when only child rows change.
    /// </summary>
    public static void ExpectVersion<TEntity>(this IPortalDbContext db, TEntity entity, Guid loadedVersion)
        where TEntity : class, IVersioned
    {
        if (db is not DbContext context)
            throw new InvalidOperationException("The portal context must be an EF Core DbContext.");
        context.Entry(entity).Property(e => e.Version).OriginalValue = loadedVersion;
        entity.Version = Guid.NewGuid();
    }
}
