using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>What the draft editor sends, shared by creating and updating a draft.</summary>
public interface IOutgoingDraftFields
{
    DocumentType Type { get; }
    Guid? DraftingUnitId { get; }
    string Place { get; }
    string Summary { get; }
    IReadOnlyList<RecipientDraft> Addressees { get; }
    string? Preamble { get; }
    IReadOnlyList<SectionDraft> Sections { get; }
    string? Closing { get; }
    string? SignerUserId { get; }
    string SignerName { get; }
    SigningAuthority Authority { get; }
    string? HeadTitle { get; }
    string SignerTitle { get; }
    IReadOnlyList<RecipientDraft> Distribution { get; }
    IReadOnlyList<Guid> CitedIncomingIds { get; }
}

/// <summary>
/// What a draft must be to be saved at all. What it must hold to be submitted is the format
/// checker's business (<see cref="OutgoingDocument.CheckFormat"/>): a draft may be incomplete.
/// </summary>
public sealed class OutgoingDraftFieldsValidator : AbstractValidator<IOutgoingDraftFields>
{
    public OutgoingDraftFieldsValidator(IPortalDbContext db, IUserDirectory users, IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.Type).IsInEnum().WithMessage(l["Loại văn bản không hợp lệ."]);
        RuleFor(x => x.DraftingUnitId)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(l["Hãy chọn đơn vị soạn thảo."])
            .MustAsync(async (id, ct) => await db.OrgUnits.AnyAsync(u => u.Id == id && u.IsInternal && u.ActiveTo == null, ct))
            .WithMessage(l["Đơn vị soạn thảo phải là một phòng, ban đang hoạt động của Sở."]);
        RuleFor(x => x.Place).MaximumLength(100).WithMessage(l["Địa danh dài tối đa {0} ký tự.", 100]);
        RuleFor(x => x.Summary)
            .NotEmpty().WithMessage(l["Hãy nhập trích yếu nội dung."])
            .MaximumLength(OutgoingDocument.SummaryMaxLength).WithMessage(l["Trích yếu dài tối đa {0} ký tự.", OutgoingDocument.SummaryMaxLength]);
        RuleFor(x => x.Preamble).MaximumLength(OutgoingDocument.TextMaxLength).WithMessage(l["Phần mở đầu dài tối đa {0} ký tự.", OutgoingDocument.TextMaxLength]);
        RuleFor(x => x.Closing).MaximumLength(OutgoingDocument.LineMaxLength).WithMessage(l["Câu kết dài tối đa {0} ký tự.", OutgoingDocument.LineMaxLength]);
        RuleFor(x => x.SignerName).MaximumLength(150).WithMessage(l["Tên người ký dài tối đa {0} ký tự.", 150]);
        RuleFor(x => x.SignerTitle).MaximumLength(150).WithMessage(l["Chức vụ dài tối đa {0} ký tự.", 150]);
        RuleFor(x => x.HeadTitle).MaximumLength(150).WithMessage(l["Chức vụ dài tối đa {0} ký tự.", 150]);
        RuleFor(x => x.Authority).IsInEnum().WithMessage(l["Hình thức ký không hợp lệ."]);
        RuleFor(x => x.SignerUserId)
            .MustAsync(async (id, ct) => (await users.FindAsync(id!, ct))?.Roles.Contains(PortalRoles.Leader) == true)
            .WithMessage(l["Người ký phải là lãnh đạo Sở."])
            .When(x => !string.IsNullOrEmpty(x.SignerUserId));

        RuleFor(x => x.Addressees).Must(lines => lines.Count <= 100).WithMessage(l["Tối đa {0} dòng.", 100]);
        RuleForEach(x => x.Addressees).ChildRules(line => RecipientRules(line, l));
        RuleFor(x => x.Distribution).Must(lines => lines.Count <= 100).WithMessage(l["Tối đa {0} dòng.", 100]);
        RuleForEach(x => x.Distribution).ChildRules(line =>
        {
            RecipientRules(line, l, textOptionalFor: DistributionPurpose.AsAbove);
            line.RuleFor(r => r.Purpose).IsInEnum().WithMessage(l["Mục đích gửi không hợp lệ."]);
        });
        RuleFor(x => x.Sections).Must(sections => sections.Count <= 50).WithMessage(l["Tối đa {0} mục.", 50]);
        RuleForEach(x => x.Sections).ChildRules(section =>
        {
            section.RuleFor(s => s.Heading).MaximumLength(OutgoingDocument.LineMaxLength).WithMessage(l["Tiêu đề mục dài tối đa {0} ký tự.", OutgoingDocument.LineMaxLength]);
            section.RuleFor(s => s.Body)
                .NotEmpty().WithMessage(l["Nội dung của mục không được để trống."])
                .MaximumLength(OutgoingDocument.TextMaxLength).WithMessage(l["Nội dung mục dài tối đa {0} ký tự.", OutgoingDocument.TextMaxLength]);
        });

        RuleFor(x => x)
            .MustAsync(async (x, ct) => await AllExistAsync(db.OrgUnits.Select(u => u.Id), UnitIds(x), ct))
            .WithMessage(l["Một đơn vị nhận không có trong danh bạ."])
            .WithName("Addressees")
            .MustAsync(async (x, ct) => await AllExistAsync(db.UnitGroups.Select(g => g.Id), GroupIds(x), ct))
            .WithMessage(l["Một nhóm đơn vị nhận không có trong danh bạ."])
            .WithName("Addressees")
            .MustAsync(async (x, ct) => await AllExistAsync(db.IncomingDocuments.Select(d => d.Id), x.CitedIncomingIds.Distinct().ToList(), ct))
            .WithMessage(l["Văn bản đến được trích dẫn không tồn tại."])
            .WithName("CitedIncomingIds");
    }

    private static void RecipientRules(InlineValidator<RecipientDraft> line, IStringLocalizer<CoreResource> l, DistributionPurpose? textOptionalFor = null)
    {
        line.RuleFor(r => r.Text)
            .NotEmpty().WithMessage(l["Mỗi dòng nơi nhận phải có nội dung."])
            .When(r => r.Purpose != textOptionalFor);
        line.RuleFor(r => r.Text).MaximumLength(OutgoingDocument.LineMaxLength).WithMessage(l["Mỗi dòng dài tối đa {0} ký tự.", OutgoingDocument.LineMaxLength]);
        line.RuleFor(r => r).Must(r => r.UnitId is null || r.GroupId is null).WithMessage(l["Một dòng chỉ chọn một đơn vị hoặc một nhóm."]);
    }

    private static List<Guid> UnitIds(IOutgoingDraftFields x) =>
        x.Addressees.Concat(x.Distribution).Where(r => r.UnitId is not null).Select(r => r.UnitId!.Value).Distinct().ToList();

    private static List<Guid> GroupIds(IOutgoingDraftFields x) =>
        x.Addressees.Concat(x.Distribution).Where(r => r.GroupId is not null).Select(r => r.GroupId!.Value).Distinct().ToList();

    private static async Task<bool> AllExistAsync(IQueryable<Guid> ids, List<Guid> wanted, CancellationToken ct) =>
        wanted.Count == 0 || await ids.CountAsync(id => wanted.Contains(id), ct) == wanted.Count;
}
