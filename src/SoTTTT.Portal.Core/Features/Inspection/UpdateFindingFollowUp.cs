using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Inspection;

namespace SoTTTT.Portal.Core.Features.Inspection;

/// <summary>Cập nhật tình trạng khắc phục of a finding, against the version the inspector loaded.</summary>
[RequiresPermission(Permission.RecordFindings)]
public sealed record UpdateFindingFollowUpCommand(Guid Id, Guid Version, FollowUpState State, string? Note) : ICommand<Unit>;

public sealed class UpdateFindingFollowUpValidator : AbstractValidator<UpdateFindingFollowUpCommand>
{
    public UpdateFindingFollowUpValidator(IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.State).IsInEnum().WithMessage(l["Hãy chọn tình trạng khắc phục."]);
        RuleFor(x => x.Note).MaximumLength(Finding.FollowUpNoteMaxLength)
            .WithMessage(l["Ghi chú dài tối đa {0} ký tự.", Finding.FollowUpNoteMaxLength]);
    }
}

public sealed class UpdateFindingFollowUpHandler(IPortalDbContext db, TimeProvider clock) : ICommandHandler<UpdateFindingFollowUpCommand, Unit>
{
    public async ValueTask<Unit> Handle(UpdateFindingFollowUpCommand command, CancellationToken cancellationToken)
    {
        var finding = await db.Findings.SingleOrDefaultAsync(f => f.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        db.ExpectVersion(finding, command.Version);
        finding.UpdateFollowUp(command.State, command.Note, clock.UtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
