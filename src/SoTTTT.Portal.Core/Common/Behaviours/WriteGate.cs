namespace SoTTTT.Portal.Core.Common.Behaviours;

/// <summary>
/// Where the database takes one writer at a time (SQLite: a command's transaction holds the file's write
/// lock from BEGIN IMMEDIATE to COMMIT), the portal's commands queue for it in process: the next one starts
/// the moment the previous one ends, instead of polling the lock with busy_timeout's growing sleeps, which
/// left the lock idle and made eight writers slower than one. <see cref="TransactionBehaviour{TMessage, TResponse}"/>
/// enters the gate around a command's transaction.
/// </summary>
public interface IWriteGate
{
    /// <summary>Waits for the gate; disposing the result lets the next writer in.</summary>
    ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken);
}

/// <summary>No queue: the database takes concurrent writers (SQL Server).</summary>
public sealed class OpenWriteGate : IWriteGate
{
    public ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable>(Passed.Instance);

    private sealed class Passed : IDisposable
    {
        public static readonly Passed Instance = new();

        public void Dispose()
        {
        }
    }
}

/// <summary>
/// One writer at a time, first come first served. A writer that waits longer than <see cref="MaxWait"/> (the
/// connection's busy_timeout) goes on without the gate and meets the database's own lock, as before the gate.
/// </summary>
public sealed class SingleWriterGate : IWriteGate, IDisposable
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim gate = new(1, 1);

    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken) =>
        await gate.WaitAsync(MaxWait, cancellationToken) ? new Entered(gate) : new Entered(null);

    public void Dispose() => gate.Dispose();

    private sealed class Entered(SemaphoreSlim? gate) : IDisposable
    {
        private SemaphoreSlim? gate = gate;

        public void Dispose() => Interlocked.Exchange(ref gate, null)?.Release();
    }
}
