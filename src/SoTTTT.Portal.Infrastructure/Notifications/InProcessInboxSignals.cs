using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SoTTTT.Portal.Core.Features.Notifications;

namespace SoTTTT.Portal.Infrastructure.Notifications;

/// <summary>The inbox signals of one instance: circuits of this process subscribe, commands of this process publish.</summary>
public sealed partial class InProcessInboxSignals(ILogger<InProcessInboxSignals> logger) : IInboxSignals
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<Task>>> _subscribers = new(StringComparer.Ordinal);

    public void Publish(IReadOnlyCollection<string> userIds)
    {
        foreach (var userId in userIds)
        {
            if (!_subscribers.TryGetValue(userId, out var callbacks))
                continue;
            foreach (var callback in callbacks.Values)
                _ = InvokeAsync(callback);
        }
    }

    public IDisposable Subscribe(string userId, Func<Task> changed)
    {
        var key = Guid.NewGuid();
        _subscribers.GetOrAdd(userId, _ => new()).TryAdd(key, changed);
        return new Subscription(() =>
        {
            if (_subscribers.TryGetValue(userId, out var callbacks))
                callbacks.TryRemove(key, out _);
        });
    }

    private async Task InvokeAsync(Func<Task> callback)
    {
        try
        {
            await callback();
        }
        catch (Exception ex)
        {
            // A closed page's callback fails; the others still hear.
            LogCallbackFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "An inbox subscriber failed to refresh.")]
    private static partial void LogCallbackFailed(ILogger logger, Exception exception);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                dispose();
        }
    }
}
