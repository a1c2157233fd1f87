using Mediator;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Users;

/// <summary>
/// Gives an account a new temporary password (shown once to the administrator), which the user must replace
/// at the next sign-in; clears a lockout and ends the account's open sessions.
/// </summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record ResetPasswordCommand(string Id) : ICommand<NewUserPassword>;

public sealed class ResetPasswordHandler(IUserAccounts accounts, AdministratorRules rules, IUserSessions sessions)
    : ICommandHandler<ResetPasswordCommand, NewUserPassword>
{
    public async ValueTask<NewUserPassword> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var account = await rules.FindAsync(command.Id, cancellationToken);
        var password = TemporaryPassword.New();
        await accounts.ResetPasswordAsync(account.Id, password, cancellationToken);
        await sessions.EndAsync(account.Id);
        return new NewUserPassword(account.Id, account.UserName, password);
    }
}

/// <summary>Ends every session of an account: its cookies stop working and its open pages sign out now.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record ForceSignOutCommand(string Id) : ICommand<Unit>;

public sealed class ForceSignOutHandler(IUserAccounts accounts, AdministratorRules rules, IUserSessions sessions)
    : ICommandHandler<ForceSignOutCommand, Unit>
{
    public async ValueTask<Unit> Handle(ForceSignOutCommand command, CancellationToken cancellationToken)
    {
        var account = await rules.FindAsync(command.Id, cancellationToken);
        await accounts.RevokeSignInsAsync(account.Id, cancellationToken);
        await sessions.EndAsync(account.Id);
        return Unit.Value;
    }
}
