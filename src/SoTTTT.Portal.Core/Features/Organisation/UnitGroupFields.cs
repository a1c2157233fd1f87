using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Core.Features.Organisation;

/// <summary>The fields a group form edits, shared by creating and updating a group.</summary>
public interface IUnitGroupFields
{
    /// <summary>The group being edited; null while creating one.</summary>
    Guid? GroupId { get; }
    string Code { get; }
    string Name { get; }
    string? Description { get; }
    IReadOnlyList<Guid> MemberIds { get; }
}

public sealed class UnitGroupFieldsValidator : AbstractValidator<IUnitGroupFields>
{
    public UnitGroupFieldsValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.Code)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(l["Mã nhóm không được để trống."])
            .MaximumLength(UnitGroup.CodeMaxLength).WithMessage(l["Mã nhóm dài tối đa {0} ký tự.", UnitGroup.CodeMaxLength])
            .Matches("^[A-Za-z0-9_]+$").WithMessage(l["Mã nhóm chỉ gồm chữ cái không dấu, chữ số và dấu gạch dưới."])
            .MustAsync(async (fields, code, ct) =>
            {
                var normalised = OrgUnit.NormaliseCode(code);
                return !await db.UnitGroups.AnyAsync(g => g.Code == normalised && g.Id != fields.GroupId, ct);
            }).WithMessage(l["Mã nhóm này đã được dùng cho một nhóm khác."]);

        RuleFor(x => x.Name)
            .NotEmpty().WithMessage(l["Tên nhóm không được để trống."])
            .MaximumLength(UnitGroup.NameMaxLength).WithMessage(l["Tên nhóm dài tối đa {0} ký tự.", UnitGroup.NameMaxLength]);

        RuleFor(x => x.Description)
            .MaximumLength(1000).WithMessage(l["Mô tả dài tối đa {0} ký tự.", 1000]);

        RuleFor(x => x.MemberIds)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(l["Nhóm phải có ít nhất một đơn vị."])
            .MustAsync(async (ids, ct) =>
            {
                var distinct = ids.Distinct().ToList();
                var found = await db.OrgUnits.CountAsync(u => distinct.Contains(u.Id) && u.ActiveTo == null, ct);
                return found == distinct.Count;
            }).WithMessage(l["Thành viên của nhóm phải là các đơn vị đang hoạt động."]);
    }
}
