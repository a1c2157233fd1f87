using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SoTTTT.Portal.Core.Common.Caching;

namespace SoTTTT.Portal.Infrastructure.Persistence;

/// <summary>
/// Moves the <see cref="DataVersion"/> on after every change this instance makes: a save, a bulk statement
/// (ExecuteUpdate, ExecuteDelete, raw SQL) and, once more, the commit of the transaction they ran in, so that a read
/// made between a save and its commit is not kept as current.
/// </summary>
internal sealed class DataVersionInterceptor(DataVersion version) : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        version.Advance();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        version.Advance();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => version.Advance();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        version.Advance();
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        version.Advance();
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        version.Advance();
        return ValueTask.FromResult(result);
    }
}
