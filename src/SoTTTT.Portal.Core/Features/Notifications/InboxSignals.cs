namespace SoTTTT.Portal.Core.Features.Notifications;

/// <summary>
/// Tells open pages that users' inboxes changed, so badges and queues refresh without a reload.
/// The portal runs an in-process implementation; several instances would plug in a shared
/// transport (a message bus, SQL Server notifications) behind the same interface.
/// </summary>
public interface IInboxSignals
{
    void Publish(IReadOnlyCollection<string> userIds);

    /// <summary>Calls <paramref name="changed"/> whenever <paramref name="userId"/>'s inbox changes, until disposed.</summary>
    IDisposable Subscribe(string userId, Func<Task> changed);
}

/// <summary>
/// The users a command has written to, told only once its transaction commits, so no page
/// refreshes to a message that was rolled back.
/// </summary>
public sealed class PendingInboxSignals(IInboxSignals signals)
{
    private readonly HashSet<string> _userIds = new(StringComparer.Ordinal);

    public void Add(string userId) => _userIds.Add(userId);

    public void Publish()
    {
        if (_userIds.Count == 0)
            return;
        signals.Publish([.. _userIds]);
        _userIds.Clear();
    }

    public void Discard() => _userIds.Clear();
}
