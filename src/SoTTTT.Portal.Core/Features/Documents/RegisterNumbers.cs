using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Documents;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>
/// Gives the next number of a register. The counter row is incremented by one UPDATE inside the
/// command's transaction: the database serialises concurrent issuers on that row (SQLite through
/// its single writer, SQL Server through the row lock held to commit), so no number is given twice
/// and none is skipped; a rolled-back command gives its number back.
/// </summary>
public sealed class RegisterNumbers(IPortalDbContext db)
{
    public async Task<int> NextAsync(RegisterKind kind, int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Register numbers are given only inside a command's transaction.");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var updated = await db.RegisterCounters
                .Where(c => c.Kind == kind && c.Year == year)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), cancellationToken);
            if (updated == 1)
            {
                return await db.RegisterCounters.AsNoTracking()
                    .Where(c => c.Kind == kind && c.Year == year)
                    .Select(c => c.LastNumber)
                    .SingleAsync(cancellationToken);
            }

            // The year's first number: create its counter. Another issuer may create it first.
            var counter = new RegisterCounter(kind, year, 1);
            db.RegisterCounters.Add(counter);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return 1;
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
            {
                ((DbContext)db).Entry(counter).State = EntityState.Detached;
            }
        }
        throw new InvalidOperationException($"Could not take a number from the {kind} register of {year}.");
    }
}
