using Mediator;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Users;

/// <summary>Stops an account from signing in and ends its open sessions at once.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record DisableUserCommand(string Id) : ICommand<Unit>;

public sealed class DisableUserHandler(IUserAccounts accounts, AdministratorRules rules, IUserSessions sessions)
    : ICommandHandler<DisableUserCommand, Unit>
{
    public async ValueTask<Unit> Handle(DisableUserCommand command, CancellationToken cancellationToken)
    {
        var account = await rules.FindAsync(command.Id, cancellationToken);
        if (account.IsDisabled)
            return Unit.Value;
        await rules.EnsureMayDisableAsync(account, cancellationToken);
        await accounts.SetDisabledAsync(account.Id, disabled: true, cancellationToken);
        await sessions.EndAsync(account.Id);
        return Unit.Value;
    }
}

/// <summary>Lets a disabled account sign in again.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record EnableUserCommand(string Id) : ICommand<Unit>;

public sealed class EnableUserHandler(IUserAccounts accounts, AdministratorRules rules) : ICommandHandler<EnableUserCommand, Unit>
{
    public async ValueTask<Unit> Handle(EnableUserCommand command, CancellationToken cancellationToken)
    {
        var account = await rules.FindAsync(command.Id, cancellationToken);
        if (account.IsDisabled)
            await accounts.SetDisabledAsync(account.Id, disabled: false, cancellationToken);
        return Unit.Value;
    }
}
