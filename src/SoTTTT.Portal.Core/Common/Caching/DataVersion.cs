namespace SoTTTT.Portal.Core.Common.Caching;

/// <summary>
/// A number that moves on whenever this instance changes the database: a save, a committed transaction, a bulk
/// update. A figure read at one version is still true while the version has not moved. Other instances' writes are
/// not seen here, so a cache also bounds its entries' age (<see cref="ReadModelCache{TKey, TValue}"/>).
/// </summary>
public sealed class DataVersion
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Advance() => Interlocked.Increment(ref _value);
}
