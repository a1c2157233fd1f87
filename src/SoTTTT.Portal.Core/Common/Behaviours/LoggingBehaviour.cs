using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using SoTTTT.Portal.Core.Common.Security;

namespace SoTTTT.Portal.Core.Common.Behaviours;

/// <summary>Outermost: names every message, who sent it, how long it took and how it failed.</summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogHandled(logger, MessageName, user.UserName ?? "-", elapsed);
            return response;
        }
        catch (Exception ex)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogFailed(logger, MessageName, user.UserName ?? "-", ex.GetType().Name, elapsed);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} by {User} handled in {Elapsed:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string message, string user, double elapsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message} by {User} failed with {Error} after {Elapsed:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string message, string user, string error, double elapsed);
}
