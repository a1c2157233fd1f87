using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Features.Audit;
using SoTTTT.Portal.Core.Features.Notifications;

namespace SoTTTT.Portal.Core.Common.Behaviours;

/// <summary>
/// Innermost, commands only: the handler runs in one database transaction inside the provider's
/// execution strategy, so a failure leaves nothing half-written. A lost concurrency race becomes
/// a <see cref="ConcurrencyConflictException"/> the user can read. A command that succeeds writes
/// its audit entry in the same transaction; a refused or failed one writes none. Where the database takes
/// one writer at a time, the transaction waits its turn at the <see cref="IWriteGate"/>.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(
    IPortalDbContext db, PendingInboxSignals signals, AuditLog audit, AuditChangeSet changes, IWriteGate gate)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
            return await next(message, cancellationToken);

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            TResponse result;
            using (await gate.EnterAsync(cancellationToken))
            {
                result = await strategy.ExecuteAsync(async ct =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    signals.Discard();
                    changes.Clear();
                    var response = await next(message, ct);
                    await audit.RecordCommandAsync(message, response, ct);
                    await transaction.CommitAsync(ct);
                    return response;
                }, cancellationToken);
            }
            signals.Publish();
            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
    }
}
