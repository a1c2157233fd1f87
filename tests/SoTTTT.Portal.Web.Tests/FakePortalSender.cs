using Mediator;
using SoTTTT.Portal.Web.Messaging;

namespace SoTTTT.Portal.Web.Tests;

/// <summary>Answers messages with scripted replies and records what was sent.</summary>
public sealed class FakePortalSender : IPortalSender
{
    private readonly Dictionary<Type, Func<object, object>> _replies = [];

    public List<object> Sent { get; } = [];

    public void Reply<TMessage>(Func<TMessage, object> reply) => _replies[typeof(TMessage)] = m => reply((TMessage)m);

    public Task<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default) => Answer<TResponse>(command);

    public Task<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default) => Answer<TResponse>(query);

    private Task<TResponse> Answer<TResponse>(object message)
    {
        Sent.Add(message);
        if (!_replies.TryGetValue(message.GetType(), out var reply))
            throw new InvalidOperationException($"No reply scripted for {message.GetType().Name}.");
        return Task.FromResult((TResponse)reply(message));
    }
}
