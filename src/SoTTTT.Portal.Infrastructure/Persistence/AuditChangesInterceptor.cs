using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SoTTTT.Portal.Core.Domain.Audit;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Audit;

namespace SoTTTT.Portal.Infrastructure.Persistence;

/// <summary>
/// Notes, before each save of its scope, which entities are added, changed or removed and each
/// changed property's old and new value, for the audit entry of the command being run.
/// </summary>
internal sealed class AuditChangesInterceptor(AuditChangeSet changes) : SaveChangesInterceptor
{
    private const int MaxValue = 200;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Note(DbContext? context)
    {
        if (context is null)
            return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            // The tallies are counts derived from the rows the entry already lists.
            if (entry.Entity is AuditEntry or AssignmentTally or IndicatorTally or ReportTally || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            var values = entry.State == EntityState.Modified
                ? entry.Properties
                    .Where(p => p.IsModified && !p.Metadata.IsConcurrencyToken && !AuditSummary.IsSecret(p.Metadata.Name)
                        && p.Metadata.ClrType != typeof(byte[]) && !Equals(p.OriginalValue, p.CurrentValue))
                    .ToDictionary(p => p.Metadata.Name, p => $"{Text(p.OriginalValue)} → {Text(p.CurrentValue)}")
                : [];
            if (entry.State == EntityState.Modified && values.Count == 0)
                continue;
            changes.Add(new AuditedChange(entry.Metadata.ClrType.Name, Key(entry), entry.State.ToString(), values));
        }
    }

    private static string? Key(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join(",", key.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue)));
    }

    private static string Text(object? value)
    {
        var text = value switch
        {
            null => "∅",
            DateTime at => at.ToString("O", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
        return text.Length <= MaxValue ? text : text[..MaxValue] + "…";
    }
}
