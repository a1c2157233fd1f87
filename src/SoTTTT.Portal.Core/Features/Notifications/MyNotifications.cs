using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;

namespace SoTTTT.Portal.Core.Features.Notifications;

/// <summary>The signed-in user's inbox, newest first.</summary>
public sealed record ListMyNotificationsQuery(bool UnreadOnly = false, int Page = 1, int PageSize = 20) : IQuery<PagedResult<NotificationItem>>;

public sealed record NotificationItem(Guid Id, string Title, string Message, string? Link, DateTime CreatedAtUtc, bool IsRead);

public sealed class ListMyNotificationsHandler(IPortalDbContext db, ICurrentUser user) : IQueryHandler<ListMyNotificationsQuery, PagedResult<NotificationItem>>
{
    public async ValueTask<PagedResult<NotificationItem>> Handle(ListMyNotificationsQuery query, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId);
        if (query.UnreadOnly)
            mine = mine.Where(n => n.ReadAtUtc == null);
        return await mine.PageAsync(q => q.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id), query.Page, query.PageSize,
            n => new NotificationItem(n.Id, n.Title, n.Message, n.Link, n.CreatedAtUtc, n.ReadAtUtc != null), cancellationToken);
    }
}

/// <summary>How many unread messages the badge shows.</summary>
public sealed record CountMyUnreadNotificationsQuery : IQuery<int>;

public sealed class CountMyUnreadNotificationsHandler(IPortalDbContext db, ICurrentUser user) : IQueryHandler<CountMyUnreadNotificationsQuery, int>
{
    public async ValueTask<int> Handle(CountMyUnreadNotificationsQuery query, CancellationToken cancellationToken) =>
        await db.Notifications.CountAsync(n => n.UserId == user.UserId && n.ReadAtUtc == null, cancellationToken);
}

/// <summary>Marks one of the user's messages read, or all of them when no id is given.</summary>
public sealed record MarkNotificationsReadCommand(Guid? Id) : ICommand<Unit>;

public sealed class MarkNotificationsReadHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MarkNotificationsReadCommand, Unit>
{
    public async ValueTask<Unit> Handle(MarkNotificationsReadCommand command, CancellationToken cancellationToken)
    {
        var unread = db.Notifications.Where(n => n.UserId == user.UserId && n.ReadAtUtc == null);
        if (command.Id is { } id)
        {
            // Someone else's message is "not found", like any id that is not yours.
            if (!await db.Notifications.AnyAsync(n => n.Id == id && n.UserId == user.UserId, cancellationToken))
                throw new NotFoundException();
            unread = unread.Where(n => n.Id == id);
        }
        var now = clock.UtcNow();
        foreach (var notification in await unread.ToListAsync(cancellationToken))
            notification.MarkRead(now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
