using Microsoft.Extensions.Time.Testing;
using SoTTTT.Portal.Core.Common.Caching;

namespace SoTTTT.Portal.Core.Tests.Common.Caching;

public sealed class ReadModelCacheTests
{
    private readonly DataVersion _version = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private int _reads;

    private ReadModelCache<string, object> NewCache() => new(_version, _clock);

    private ValueTask<object> ReadAsync()
    {
        _reads++;
        return ValueTask.FromResult(new object());
    }

    [Fact]
    public async Task A_view_is_read_once_while_nothing_changes()
    {
        var cache = NewCache();

        var first = await cache.GetOrReadAsync("tất cả", ReadAsync);
        var second = await cache.GetOrReadAsync("tất cả", ReadAsync);

        Assert.Same(first, second);
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task Each_filter_has_its_own_view()
    {
        var cache = NewCache();

        var all = await cache.GetOrReadAsync("tất cả", ReadAsync);
        var telecoms = await cache.GetOrReadAsync("doanh nghiệp viễn thông", ReadAsync);

        Assert.NotSame(all, telecoms);
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task A_change_of_the_data_makes_the_next_open_read_again()
    {
        var cache = NewCache();
        var before = await cache.GetOrReadAsync("tất cả", ReadAsync);

        _version.Advance();
        var after = await cache.GetOrReadAsync("tất cả", ReadAsync);

        Assert.NotSame(before, after);
        Assert.Same(after, await cache.GetOrReadAsync("tất cả", ReadAsync));
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task A_write_committed_during_the_read_leaves_that_view_stale()
    {
        var cache = NewCache();

        var during = await cache.GetOrReadAsync("tất cả", () =>
        {
            _version.Advance();
            return ReadAsync();
        });
        var next = await cache.GetOrReadAsync("tất cả", ReadAsync);

        Assert.NotSame(during, next);
    }

    [Fact]
    public async Task A_view_is_read_again_once_it_is_older_than_the_limit_even_without_a_change_seen_here()
    {
        var cache = NewCache();
        var first = await cache.GetOrReadAsync("tất cả", ReadAsync);

        _clock.Advance(ReadModelCache<string, object>.MaxAge - TimeSpan.FromSeconds(1));
        Assert.Same(first, await cache.GetOrReadAsync("tất cả", ReadAsync));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotSame(first, await cache.GetOrReadAsync("tất cả", ReadAsync));
    }

    [Fact]
    public async Task Past_the_limit_of_entries_the_cache_starts_over_instead_of_growing()
    {
        var cache = NewCache();
        var first = await cache.GetOrReadAsync("0", ReadAsync);
        for (var i = 1; i < ReadModelCache<string, object>.MaxEntries; i++)
            await cache.GetOrReadAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture), ReadAsync);

        await cache.GetOrReadAsync("một bộ lọc nữa", ReadAsync);

        Assert.NotSame(first, await cache.GetOrReadAsync("0", ReadAsync));
        Assert.Equal(ReadModelCache<string, object>.MaxEntries + 2, _reads);
    }
}
