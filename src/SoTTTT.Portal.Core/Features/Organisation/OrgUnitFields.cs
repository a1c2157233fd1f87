using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Core.Features.Organisation;

/// <summary>The fields a unit form edits, shared by creating and updating a unit.</summary>
public interface IOrgUnitFields
{
    /// <summary>The unit being edited; null while creating one.</summary>
    Guid? UnitId { get; }
    string Code { get; }
    string FullName { get; }
    string? ShortName { get; }
    OrgUnitKind Kind { get; }
    bool IsInternal { get; }
    Guid? ParentId { get; }
    string? Address { get; }
    string? Phone { get; }
    string? Email { get; }
    DateOnly? ActiveFrom { get; }
}

public static class OrgUnitFieldsExtensions
{
    public static OrgUnitDetails ToDetails(this IOrgUnitFields fields) => new(
        fields.Code, fields.FullName, fields.ShortName, fields.Kind, fields.IsInternal,
        fields.ParentId, fields.Address, fields.Phone, fields.Email, fields.ActiveFrom);
}

/// <summary>Rules every unit form obeys; uniqueness of the code is checked against the database.</summary>
public sealed class OrgUnitFieldsValidator : AbstractValidator<IOrgUnitFields>
{
    public OrgUnitFieldsValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.Code)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(l["Mã đơn vị không được để trống."])
            .MaximumLength(OrgUnit.CodeMaxLength).WithMessage(l["Mã đơn vị dài tối đa {0} ký tự.", OrgUnit.CodeMaxLength])
            .Must(code => Regex.IsMatch(code.Trim(), "^[A-Za-z0-9]+$")).WithMessage(l["Mã đơn vị chỉ gồm chữ cái không dấu và chữ số, viết liền (ví dụ BCVTCNTT)."])
            .MustAsync(async (fields, code, ct) =>
            {
                var normalised = OrgUnit.NormaliseCode(code);
                return !await db.OrgUnits.AnyAsync(u => u.Code == normalised && u.Id != fields.UnitId, ct);
            }).WithMessage(l["Mã đơn vị này đã được dùng cho một đơn vị khác."]);

        RuleFor(x => x.FullName)
            .NotEmpty().WithMessage(l["Tên đầy đủ không được để trống."])
            .MaximumLength(OrgUnit.NameMaxLength).WithMessage(l["Tên đầy đủ dài tối đa {0} ký tự.", OrgUnit.NameMaxLength]);

        RuleFor(x => x.ShortName)
            .MaximumLength(OrgUnit.ShortNameMaxLength).WithMessage(l["Tên viết tắt dài tối đa {0} ký tự.", OrgUnit.ShortNameMaxLength]);

        RuleFor(x => x.Kind).IsInEnum().WithMessage(l["Loại đơn vị không hợp lệ."]);

        RuleFor(x => x.Email)
            .EmailAddress().WithMessage(l["Địa chỉ thư điện tử không hợp lệ."])
            .MaximumLength(200).WithMessage(l["Địa chỉ thư điện tử dài tối đa {0} ký tự.", 200])
            .When(x => !string.IsNullOrWhiteSpace(x.Email));

        RuleFor(x => x.Phone)
            .Matches(@"^[0-9+().\s-]{6,30}$").WithMessage(l["Số điện thoại chỉ gồm chữ số và các ký tự + ( ) . -"])
            .When(x => !string.IsNullOrWhiteSpace(x.Phone));

        RuleFor(x => x.Address)
            .MaximumLength(300).WithMessage(l["Địa chỉ dài tối đa {0} ký tự.", 300]);

        RuleFor(x => x.ParentId)
            .Cascade(CascadeMode.Stop)
            .MustAsync(async (id, ct) => await db.OrgUnits.AnyAsync(u => u.Id == id, ct))
            .WithMessage(l["Đơn vị cấp trên không tồn tại."])
            .MustAsync(async (fields, parentId, ct) => !await IsUnitOrItsDescendantAsync(db, parentId!.Value, fields.UnitId, ct))
            .WithMessage(l["Đơn vị cấp trên không được là chính đơn vị này hoặc một đơn vị trực thuộc nó."])
            .When(x => x.ParentId is not null);
    }

    /// <summary>Whether the candidate parent is the edited unit itself or lies below it (walking up from the candidate).</summary>
    private static async Task<bool> IsUnitOrItsDescendantAsync(IPortalDbContext db, Guid candidateParentId, Guid? unitId, CancellationToken ct)
    {
        if (unitId is null)
            return false;
        var visited = new HashSet<Guid>();
        Guid? current = candidateParentId;
        while (current is { } id && visited.Add(id))
        {
            if (id == unitId)
                return true;
            current = await db.OrgUnits.Where(u => u.Id == id).Select(u => u.ParentId).SingleOrDefaultAsync(ct);
        }
        return false;
    }
}
