using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Core.Features.Organisation;

/// <summary>
/// A unit stops existing (merged, renamed, abolished) on <see cref="ActiveTo"/>; its history stays,
/// and its open assignments move to the successor when one is named.
/// </summary>
[RequiresPermission(Permission.ManageDirectory)]
public sealed record DeactivateOrgUnitCommand(Guid Id, Guid Version, DateOnly? ActiveTo, Guid? SuccessorId) : ICommand<Unit>;

public sealed class DeactivateOrgUnitValidator : AbstractValidator<DeactivateOrgUnitCommand>
{
    public DeactivateOrgUnitValidator(IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.ActiveTo).NotNull().WithMessage(l["Hãy chọn ngày ngừng hoạt động."]);
}

public sealed class DeactivateOrgUnitHandler(IPortalDbContext db) : ICommandHandler<DeactivateOrgUnitCommand, Unit>
{
    public async ValueTask<Unit> Handle(DeactivateOrgUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        var successor = command.SuccessorId is { } successorId
            ? await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == successorId, cancellationToken)
                ?? throw new Domain.DomainRuleException("Đơn vị kế thừa không tồn tại.", nameof(command.SuccessorId))
            : null;

        db.ExpectVersion(unit, command.Version);
        unit.Deactivate(command.ActiveTo!.Value, successor);
        if (successor is not null)
            await AssignmentTransfer.MoveOpenAsync(db, unit.Id, successor.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

[RequiresPermission(Permission.ManageDirectory)]
public sealed record ReactivateOrgUnitCommand(Guid Id, Guid Version) : ICommand<Unit>;

public sealed class ReactivateOrgUnitHandler(IPortalDbContext db) : ICommandHandler<ReactivateOrgUnitCommand, Unit>
{
    public async ValueTask<Unit> Handle(ReactivateOrgUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(unit, command.Version);
        unit.Reactivate();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
