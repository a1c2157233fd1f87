using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Core.Features.Organisation;

[RequiresPermission(Permission.ManageDirectory)]
public sealed record CreateUnitGroupCommand(string Code, string Name, string? Description, IReadOnlyList<Guid> MemberIds)
    : ICommand<Guid>, IUnitGroupFields
{
    Guid? IUnitGroupFields.GroupId => null;
}

public sealed class CreateUnitGroupValidator : AbstractValidator<CreateUnitGroupCommand>
{
    public CreateUnitGroupValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l) =>
        Include(new UnitGroupFieldsValidator(db, l));
}

public sealed class CreateUnitGroupHandler(IPortalDbContext db) : ICommandHandler<CreateUnitGroupCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateUnitGroupCommand command, CancellationToken cancellationToken)
    {
        var group = UnitGroup.Create(command.Code, command.Name, command.Description, command.MemberIds);
        db.UnitGroups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return group.Id;
    }
}
