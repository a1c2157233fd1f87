using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Core.Domain.Notifications;

/// <summary>A message in a user's in-app inbox: nothing the portal asks of someone fails silently.</summary>
public sealed class Notification : Entity
{
    public const int TitleMaxLength = 300;
    public const int MessageMaxLength = 2000;

    private Notification()
    {
    }

    public Notification(string userId, string title, string message, string? link, DateTime createdAtUtc)
    {
        UserId = userId;
        Title = VietnameseText.Compose(title);
        Message = VietnameseText.Compose(message);
        Link = link;
        CreatedAtUtc = createdAtUtc;
    }

    public string UserId { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";
    /// <summary>A portal-relative address to open, e.g. "/van-ban-di/…".</summary>
    public string? Link { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ReadAtUtc { get; private set; }

    public void MarkRead(DateTime atUtc) => ReadAtUtc ??= atUtc;
}
