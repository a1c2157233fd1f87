using SoTTTT.Portal.Core.Domain.Audit;

namespace SoTTTT.Portal.Core.Common.Security;

/// <summary>
/// How the account pages log sign-ins, failures, lock-outs and two-factor events: one call writes
/// a chained audit entry with the client's address.
/// </summary>
public interface ISecurityEvents
{
    /// <param name="userId">Null when no account matches (a failed sign-in with an unknown name).</param>
    /// <param name="userName">The name the user signed in with, or typed.</param>
    Task RecordAsync(SecurityEventKind kind, string? userId, string userName, CancellationToken cancellationToken = default);
}
