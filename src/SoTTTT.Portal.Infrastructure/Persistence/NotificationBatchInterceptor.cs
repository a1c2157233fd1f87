using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SoTTTT.Portal.Core.Domain.Notifications;

namespace SoTTTT.Portal.Infrastructure.Persistence;

/// <summary>
/// A report notifies every specialist of its division: the save's new notifications go to the database as one
/// multi-row INSERT (EF Core's SQLite provider sends one statement per row), inside the command's transaction, and
/// leave the change tracker (after the audit interceptor has listed them). Outside a transaction EF's own insert is
/// kept, so a save that fails writes none of them.
/// </summary>
internal sealed class NotificationBatchInterceptor : SaveChangesInterceptor
{
    /// <summary>Seven parameters a row: 250 rows stay under SQL Server's 2,100 parameters a statement.</summary>
    private const int RowsPerStatement = 250;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        InsertAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await InsertAsync(eventData.Context, cancellationToken);
        return result;
    }

    private static async Task InsertAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context?.Database.CurrentTransaction is null)
            return;
        var added = context.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added).ToList();
        if (added.Count == 0)
            return;

        var entityType = context.Model.FindEntityType(typeof(Notification))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToList();
        var sql = context.GetService<ISqlGenerationHelper>();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        using var factory = context.Database.GetDbConnection().CreateCommand();

        foreach (var rows in added.Chunk(RowsPerStatement))
        {
            var text = new StringBuilder($"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ");
            var parameters = new List<DbParameter>(rows.Length * properties.Count);
            for (var row = 0; row < rows.Length; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < properties.Count; column++)
                {
                    var property = properties[column];
                    var name = $"p{parameters.Count}";
                    // The column's own type mapping writes the value as EF would (a GUID as SQLite's text, a UTC DateTime…).
                    parameters.Add(property.GetRelationalTypeMapping().CreateParameter(
                        factory, sql.GenerateParameterName(name), rows[row].Property(property.Name).CurrentValue, property.IsNullable));
                    text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }
                text.Append(')');
            }
            await context.Database.ExecuteSqlRawAsync(text.ToString(), parameters, cancellationToken);
        }
        foreach (var entry in added)
            entry.State = EntityState.Detached;
    }
}
