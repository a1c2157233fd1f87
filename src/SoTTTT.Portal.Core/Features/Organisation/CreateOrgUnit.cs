using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Core.Features.Organisation;

[RequiresPermission(Permission.ManageDirectory)]
public sealed record CreateOrgUnitCommand(
    string Code,
    string FullName,
    string? ShortName,
    OrgUnitKind Kind,
    bool IsInternal,
    Guid? ParentId = null,
    string? Address = null,
    string? Phone = null,
    string? Email = null,
    DateOnly? ActiveFrom = null) : ICommand<Guid>, IOrgUnitFields
{
    Guid? IOrgUnitFields.UnitId => null;
}

public sealed class CreateOrgUnitValidator : AbstractValidator<CreateOrgUnitCommand>
{
    public CreateOrgUnitValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l) =>
        Include(new OrgUnitFieldsValidator(db, l));
}

public sealed class CreateOrgUnitHandler(IPortalDbContext db) : ICommandHandler<CreateOrgUnitCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateOrgUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = OrgUnit.Create(command.ToDetails());
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return unit.Id;
    }
}
