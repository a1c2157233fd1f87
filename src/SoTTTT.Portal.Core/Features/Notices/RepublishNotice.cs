using Mediator;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Notices;

/// <summary>The clerk puts a withdrawn notice back up, at its first address and date.</summary>
[RequiresPermission(Permission.PublishNotices)]
public sealed record RepublishNoticeCommand(Guid Id, Guid Version) : ICommand<Unit>, IChangesPublishedNotices;

public sealed class RepublishNoticeHandler(IPortalDbContext db, TimeProvider clock) : ICommandHandler<RepublishNoticeCommand, Unit>
{
    public async ValueTask<Unit> Handle(RepublishNoticeCommand command, CancellationToken cancellationToken)
    {
        var notice = await NoticeRules.LoadAsync(db, command.Id, command.Version, cancellationToken);
        notice.Republish(clock.UtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
