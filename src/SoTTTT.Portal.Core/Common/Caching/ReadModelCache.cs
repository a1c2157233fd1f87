using System.Collections.Concurrent;

namespace SoTTTT.Portal.Core.Common.Caching;

/// <summary>
/// Read models many people open with the same filter (the leadership dashboard), kept while the database has not
/// changed (<see cref="DataVersion"/>) and for at most <see cref="MaxAge"/> (the writes of other instances).
/// The values are immutable views shared by every reader.
/// </summary>
public sealed class ReadModelCache<TKey, TValue>(DataVersion version, TimeProvider clock)
    where TKey : notnull
    where TValue : class
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    /// <summary>Filters are few in practice; past this many the whole cache is dropped rather than tracked by use.</summary>
    public const int MaxEntries = 512;

    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    public async ValueTask<TValue> GetOrReadAsync(TKey key, Func<ValueTask<TValue>> read)
    {
        var now = clock.GetUtcNow();
        var current = version.Current;
        if (_entries.TryGetValue(key, out var entry) && entry.Version == current && now - entry.ReadAt < MaxAge)
            return entry.Value;

        // The version is taken before reading: a write that commits during the read leaves the entry already stale.
        var value = await read();
        if (_entries.Count >= MaxEntries)
            _entries.Clear();
        _entries[key] = new Entry(current, now, value);
        return value;
    }

    private sealed record Entry(long Version, DateTimeOffset ReadAt, TValue Value);
}
