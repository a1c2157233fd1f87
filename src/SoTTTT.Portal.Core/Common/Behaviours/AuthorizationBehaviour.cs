using System.Reflection;
using Mediator;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;

namespace SoTTTT.Portal.Core.Common.Behaviours;

/// <summary>
/// Refuses a message its sender may not send, before validation reveals anything about the
/// data: anonymous senders need <see cref="AllowAnonymousAttribute"/>, and a
/// <see cref="RequiresPermissionAttribute"/> must be granted by one of the sender's roles.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user, IResourceAuthorizer authorizer)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly bool AllowsAnonymous = typeof(TMessage).IsDefined(typeof(AllowAnonymousAttribute));
    private static readonly RequiresPermissionAttribute? Required = typeof(TMessage).GetCustomAttribute<RequiresPermissionAttribute>();

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!AllowsAnonymous && !user.IsAuthenticated)
            throw new ForbiddenAccessException();
        if (Required is not null && !authorizer.HasPermission(Required.Permission))
            throw new ForbiddenAccessException();
        return next(message, cancellationToken);
    }
}
