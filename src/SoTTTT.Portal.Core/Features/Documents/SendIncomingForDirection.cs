using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Notifications;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>The clerk presents a registered document to a leader for direction.</summary>
[RequiresPermission(Permission.RegisterIncoming)]
public sealed record SendIncomingForDirectionCommand(Guid Id, Guid Version, string LeaderId) : ICommand<Unit>;

public sealed class SendIncomingForDirectionValidator : AbstractValidator<SendIncomingForDirectionCommand>
{
    public SendIncomingForDirectionValidator(IUserDirectory users, IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.LeaderId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(l["Hãy chọn lãnh đạo nhận trình."])
            .MustAsync(async (id, ct) => (await users.FindAsync(id, ct))?.Roles.Contains(PortalRoles.Leader) == true)
            .WithMessage(l["Người nhận trình phải là lãnh đạo Sở."]);
}

public sealed class SendIncomingForDirectionHandler(IPortalDbContext db, DocumentHistory history, Notifier notifier)
    : ICommandHandler<SendIncomingForDirectionCommand, Unit>
{
    public async ValueTask<Unit> Handle(SendIncomingForDirectionCommand command, CancellationToken cancellationToken)
    {
        var document = await db.IncomingDocuments.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(document, command.Version);
        document.SendForDirection(command.LeaderId);
        history.Record(document.Id, DocumentAction.SentForDirection);
        notifier.ToUser(command.LeaderId, "Văn bản đến chờ ý kiến chỉ đạo",
            $"{document.NumberSymbol} của {document.IssuingAgency}: {document.Summary}", IncomingLinks.Of(document.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
