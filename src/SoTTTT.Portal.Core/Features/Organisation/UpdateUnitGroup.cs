using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Organisation;

[RequiresPermission(Permission.ManageDirectory)]
public sealed record UpdateUnitGroupCommand(Guid Id, Guid Version, string Code, string Name, string? Description, IReadOnlyList<Guid> MemberIds)
    : ICommand<Unit>, IUnitGroupFields
{
    Guid? IUnitGroupFields.GroupId => Id;
}

public sealed class UpdateUnitGroupValidator : AbstractValidator<UpdateUnitGroupCommand>
{
    public UpdateUnitGroupValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l) =>
        Include(new UnitGroupFieldsValidator(db, l));
}

public sealed class UpdateUnitGroupHandler(IPortalDbContext db) : ICommandHandler<UpdateUnitGroupCommand, Unit>
{
    public async ValueTask<Unit> Handle(UpdateUnitGroupCommand command, CancellationToken cancellationToken)
    {
        var group = await db.UnitGroups.Include(g => g.Members)
            .SingleOrDefaultAsync(g => g.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(group, command.Version);
        group.Update(command.Code, command.Name, command.Description, command.MemberIds);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Stops offering a group to new documents (or offers it again); documents that used it keep it.</summary>
[RequiresPermission(Permission.ManageDirectory)]
public sealed record SetUnitGroupActiveCommand(Guid Id, Guid Version, bool Active) : ICommand<Unit>;

public sealed class SetUnitGroupActiveHandler(IPortalDbContext db) : ICommandHandler<SetUnitGroupActiveCommand, Unit>
{
    public async ValueTask<Unit> Handle(SetUnitGroupActiveCommand command, CancellationToken cancellationToken)
    {
        var group = await db.UnitGroups.SingleOrDefaultAsync(g => g.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(group, command.Version);
        if (command.Active)
            group.Reactivate();
        else
            group.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
