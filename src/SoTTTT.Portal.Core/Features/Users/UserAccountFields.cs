using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Users;

/// <summary>The fields an account form edits, shared by creating and updating an account.</summary>
public interface IUserAccountFields
{
    string FullName { get; }
    string? Position { get; }
    Guid? UnitId { get; }
    IReadOnlyList<string> Roles { get; }
    string? Email { get; }
    string? PhoneNumber { get; }
}

public static class UserAccountFieldsExtensions
{
    public static Common.Security.UserAccountDetails ToDetails(this IUserAccountFields fields) => new(
        fields.FullName.Trim(),
        string.IsNullOrWhiteSpace(fields.Position) ? null : fields.Position.Trim(),
        fields.UnitId,
        PortalRoles.All.Where(fields.Roles.Contains).ToList(),
        string.IsNullOrWhiteSpace(fields.Email) ? null : fields.Email.Trim(),
        string.IsNullOrWhiteSpace(fields.PhoneNumber) ? null : fields.PhoneNumber.Trim());
}

/// <summary>
/// DESIGN §1: department staff belong to one of the department's own units; a unit reporter belongs to a
/// recipient unit and sees only its data, so that role is never combined with a department role.
/// </summary>
public sealed class UserAccountFieldsValidator : AbstractValidator<IUserAccountFields>
{
    public const int FullNameMaxLength = 150;
    public const int PositionMaxLength = 150;

    public UserAccountFieldsValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.FullName)
            .NotEmpty().WithMessage(l["Họ và tên không được để trống."])
            .MaximumLength(FullNameMaxLength).WithMessage(l["Họ và tên dài tối đa {0} ký tự.", FullNameMaxLength]);

        RuleFor(x => x.Position)
            .MaximumLength(PositionMaxLength).WithMessage(l["Chức vụ dài tối đa {0} ký tự.", PositionMaxLength]);

        RuleFor(x => x.Roles)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(l["Hãy chọn ít nhất một vai trò."])
            .Must(roles => roles.All(PortalRoles.All.Contains)).WithMessage(l["Vai trò không hợp lệ."])
            .Must(roles => !roles.Contains(PortalRoles.UnitReporter) || roles.Distinct().Count() == 1)
            .WithMessage(l["Cán bộ đơn vị không được kiêm vai trò của Sở."]);

        RuleFor(x => x.UnitId)
            .NotNull().WithMessage(l["Cán bộ đơn vị phải thuộc một đơn vị."])
            .When(x => x.Roles.Contains(PortalRoles.UnitReporter));

        RuleFor(x => x.UnitId)
            .MustAsync(async (fields, unitId, ct) =>
            {
                var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId)
                    .Select(u => new { u.IsInternal, Active = u.ActiveTo == null }).SingleOrDefaultAsync(ct);
                if (unit is null || !unit.Active)
                    return false;
                return fields.Roles.Contains(PortalRoles.UnitReporter) ? !unit.IsInternal : unit.IsInternal;
            })
            .WithMessage((fields, _) => fields.Roles.Contains(PortalRoles.UnitReporter)
                ? l["Cán bộ đơn vị phải thuộc một đơn vị nhận nhiệm vụ đang hoạt động, không phải một phòng của Sở."]
                : l["Cán bộ của Sở phải thuộc một đơn vị của Sở đang hoạt động."])
            .When(x => x.UnitId is not null);

        RuleFor(x => x.Email)
            .EmailAddress().WithMessage(l["Địa chỉ thư điện tử không hợp lệ."])
            .MaximumLength(200).WithMessage(l["Địa chỉ thư điện tử dài tối đa {0} ký tự.", 200])
            .When(x => !string.IsNullOrWhiteSpace(x.Email));

        RuleFor(x => x.PhoneNumber)
            .Matches(@"^[0-9+().\s-]{6,30}$").WithMessage(l["Số điện thoại chỉ gồm chữ số và các ký tự + ( ) . -"])
            .When(x => !string.IsNullOrWhiteSpace(x.PhoneNumber));
    }
}
