using System.Text.RegularExpressions;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Users;

/// <summary>Creates an account; the server chooses its temporary password, which the administrator sees once.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record CreateUserCommand(
    string UserName,
    string FullName,
    string? Position,
    Guid? UnitId,
    IReadOnlyList<string> Roles,
    string? Email = null,
    string? PhoneNumber = null) : ICommand<NewUserPassword>, IUserAccountFields;

/// <summary>The account and its temporary password, to hand to the person; it is stored only as a hash.</summary>
public sealed record NewUserPassword(string UserId, string UserName, string TemporaryPassword);

public sealed partial class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public const int UserNameMaxLength = 64;

    public CreateUserValidator(IPortalDbContext db, IUserAccounts accounts, IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.UserName)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(l["Tên đăng nhập không được để trống."])
            .MaximumLength(UserNameMaxLength).WithMessage(l["Tên đăng nhập dài tối đa {0} ký tự.", UserNameMaxLength])
            .Must(name => UserNamePattern().IsMatch(name.Trim()))
            .WithMessage(l["Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và dấu chấm (ví dụ nguyen.van.a)."])
            .MustAsync(async (name, ct) => !await accounts.IsUserNameTakenAsync(name.Trim(), ct))
            .WithMessage(l["Tên đăng nhập này đã được dùng cho một tài khoản khác."]);

        Include(new UserAccountFieldsValidator(db, l));
    }

    [GeneratedRegex("^[a-z0-9]+(\\.[a-z0-9]+)*$")]
    private static partial Regex UserNamePattern();
}

public sealed class CreateUserHandler(IUserAccounts accounts) : ICommandHandler<CreateUserCommand, NewUserPassword>
{
    public async ValueTask<NewUserPassword> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var userName = command.UserName.Trim();
        var password = TemporaryPassword.New();
        var id = await accounts.CreateAsync(userName, command.ToDetails(), password, cancellationToken);
        return new NewUserPassword(id, userName, password);
    }
}
