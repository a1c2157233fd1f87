using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Documents;

public enum HandlingStep
{
    Start,
    Complete,
    File,
}

/// <summary>The handling division moves a directed document on: being handled, handled, filed.</summary>
[RequiresPermission(Permission.HandleIncoming)]
public sealed record RecordIncomingHandlingCommand(Guid Id, Guid Version, HandlingStep Step, string? Note) : ICommand<Unit>;

public sealed class RecordIncomingHandlingHandler(IPortalDbContext db, ICurrentUser user, DocumentHistory history)
    : ICommandHandler<RecordIncomingHandlingCommand, Unit>
{
    public async ValueTask<Unit> Handle(RecordIncomingHandlingCommand command, CancellationToken cancellationToken)
    {
        var document = await db.IncomingDocuments.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        // Only the division the leader named handles the document.
        if (document.HandlingUnitId is null || document.HandlingUnitId != user.UnitId)
            throw new ForbiddenAccessException();
        db.ExpectVersion(document, command.Version);
        switch (command.Step)
        {
            case HandlingStep.Start:
                document.StartHandling();
                history.Record(document.Id, DocumentAction.HandlingStarted, command.Note);
                break;
            case HandlingStep.Complete:
                document.MarkHandled(command.Note);
                history.Record(document.Id, DocumentAction.Handled, command.Note);
                break;
            case HandlingStep.File:
                document.File();
                history.Record(document.Id, DocumentAction.Filed, command.Note);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.Step, null);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
