using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Users;

/// <summary>Edits an account's details and roles. <see cref="Version"/> is the one the editor loaded.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record UpdateUserCommand(
    string Id,
    Guid Version,
    string FullName,
    string? Position,
    Guid? UnitId,
    IReadOnlyList<string> Roles,
    string? Email = null,
    string? PhoneNumber = null) : ICommand<Unit>, IUserAccountFields;

public sealed class UpdateUserValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l) =>
        Include(new UserAccountFieldsValidator(db, l));
}

public sealed class UpdateUserHandler(IUserAccounts accounts, AdministratorRules rules, IUserSessions sessions)
    : ICommandHandler<UpdateUserCommand, Unit>
{
    public async ValueTask<Unit> Handle(UpdateUserCommand command, CancellationToken cancellationToken)
    {
        var account = await rules.FindAsync(command.Id, cancellationToken);
        var details = command.ToDetails();
        await rules.EnsureMayChangeRolesAsync(account, details.Roles, cancellationToken);
        var rolesChanged = await accounts.UpdateAsync(account.Id, command.Version, details, cancellationToken);
        // Open pages were authorised for the old roles: they sign in again with the new ones.
        if (rolesChanged)
            await sessions.EndAsync(account.Id);
        return Unit.Value;
    }
}
