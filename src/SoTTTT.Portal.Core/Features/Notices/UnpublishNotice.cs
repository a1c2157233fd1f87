using Mediator;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Notices;

/// <summary>The clerk withdraws a notice: citizens no longer find it, its address answers "not found".</summary>
[RequiresPermission(Permission.PublishNotices)]
public sealed record UnpublishNoticeCommand(Guid Id, Guid Version) : ICommand<Unit>, IChangesPublishedNotices;

public sealed class UnpublishNoticeHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UnpublishNoticeCommand, Unit>
{
    public async ValueTask<Unit> Handle(UnpublishNoticeCommand command, CancellationToken cancellationToken)
    {
        var notice = await NoticeRules.LoadAsync(db, command.Id, command.Version, cancellationToken);
        notice.Unpublish(user.UserId!, clock.UtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
