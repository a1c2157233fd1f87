using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Core.Features.Organisation;

/// <summary>Edits a unit's details. <see cref="Version"/> is the one the editor loaded.</summary>
[RequiresPermission(Permission.ManageDirectory)]
public sealed record UpdateOrgUnitCommand(
    Guid Id,
    Guid Version,
    string Code,
    string FullName,
    string? ShortName,
    OrgUnitKind Kind,
    bool IsInternal,
    Guid? ParentId = null,
    string? Address = null,
    string? Phone = null,
    string? Email = null,
    DateOnly? ActiveFrom = null) : ICommand<Unit>, IOrgUnitFields
{
    Guid? IOrgUnitFields.UnitId => Id;
}

public sealed class UpdateOrgUnitValidator : AbstractValidator<UpdateOrgUnitCommand>
{
    public UpdateOrgUnitValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l) =>
        Include(new OrgUnitFieldsValidator(db, l));
}

public sealed class UpdateOrgUnitHandler(IPortalDbContext db) : ICommandHandler<UpdateOrgUnitCommand, Unit>
{
    public async ValueTask<Unit> Handle(UpdateOrgUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(unit, command.Version);
        unit.Update(command.ToDetails());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
