using System.Threading.RateLimiting;
using Mediator;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Files;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Features.Attachments;

namespace SoTTTT.Portal.Web.Security;

/// <summary>
/// Uploads per user and minute (RateLimits:UploadsPerMinute). Files arrive over the Blazor circuit,
/// not as HTTP requests, so the limit sits in the message pipeline, in front of every upload.
/// </summary>
public sealed class UploadRateLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(userId =>
        RateLimitPartition.GetFixedWindowLimiter(userId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.UploadsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Counts one upload of <paramref name="userId"/>; false once this minute's uploads are used up.</summary>
    public bool TryAcquire(string userId)
    {
        using var lease = _limiter.AttemptAcquire(userId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

/// <summary>In the pipeline of uploads only (<see cref="IFileUpload"/>). Refuses an upload beyond the sender's limit, as a Vietnamese message on the file, before anything is read.</summary>
public sealed class UploadRateLimitBehaviour<TMessage, TResponse>(
    UploadRateLimiter limiter, ICurrentUser user, IStringLocalizer<SharedResource> l) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IFileUpload
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!limiter.TryAcquire(user.UserId ?? ""))
        {
            throw new InputValidationException(new Dictionary<string, string[]>
            {
                [nameof(UploadAttachmentCommand.Content)] = [l["Bạn đã tải lên quá nhiều tệp trong một phút. Hãy đợi một phút rồi thử lại."]],
            });
        }
        return next(message, cancellationToken);
    }
}
