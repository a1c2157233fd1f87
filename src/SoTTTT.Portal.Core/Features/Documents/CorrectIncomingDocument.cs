using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>The clerk corrects a register entry (a mistyped symbol, date or summary); the arrival number stays.</summary>
[RequiresPermission(Permission.RegisterIncoming)]
public sealed record CorrectIncomingDocumentCommand(
    Guid Id,
    Guid Version,
    DateOnly? ReceivedOn,
    string NumberSymbol,
    DocumentType Type,
    Guid? IssuingUnitId,
    string IssuingAgency,
    DateOnly? IssuedOn,
    string Summary,
    Urgency Urgency,
    Confidentiality Confidentiality,
    DateOnly? HandlingDeadline) : ICommand<Unit>, IIncomingDocumentFields;

public sealed class CorrectIncomingDocumentValidator : AbstractValidator<CorrectIncomingDocumentCommand>
{
    public CorrectIncomingDocumentValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l, TimeProvider clock) =>
        Include(new IncomingDocumentFieldsValidator(db, l, clock));
}

public sealed class CorrectIncomingDocumentHandler(IPortalDbContext db, DocumentHistory history) : ICommandHandler<CorrectIncomingDocumentCommand, Unit>
{
    public async ValueTask<Unit> Handle(CorrectIncomingDocumentCommand command, CancellationToken cancellationToken)
    {
        var document = await db.IncomingDocuments.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(document, command.Version);
        document.Correct(command.ToDetails());
        history.Record(document.Id, DocumentAction.Corrected);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
