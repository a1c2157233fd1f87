using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Notices;

namespace SoTTTT.Portal.Core.Features.Notices;

/// <summary>The text a notice's messages carry.</summary>
public interface INoticeText
{
    string Title { get; }
    string Summary { get; }
    string Body { get; }
}

/// <summary>
/// A message that changes what citizens read at /canh-bao (publish, edit, withdraw, put back): the host
/// drops its cached copies of the public pages once the change is saved.
/// </summary>
public interface IChangesPublishedNotices : IBaseCommand;

/// <summary>The rules shared by the notices' messages.</summary>
public static class NoticeRules
{
    public const string OnlyIssuedDocument = "Chỉ đăng thông báo công khai từ văn bản đã phát hành.";

    /// <summary>The public address of a notice.</summary>
    public static string LinkOf(Guid id) => $"/canh-bao/{id}";

    public static void AddTextRules<T>(this AbstractValidator<T> validator, IStringLocalizer<CoreResource> l)
        where T : INoticeText
    {
        validator.RuleFor(x => x.Title)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(l["Hãy ghi tiêu đề thông báo."])
            .MaximumLength(PublicNotice.TitleMaxLength).WithMessage(l["Tiêu đề dài tối đa {0} ký tự.", PublicNotice.TitleMaxLength]);
        validator.RuleFor(x => x.Summary)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(l["Hãy ghi tóm tắt thông báo."])
            .MaximumLength(PublicNotice.SummaryMaxLength).WithMessage(l["Tóm tắt dài tối đa {0} ký tự.", PublicNotice.SummaryMaxLength]);
        validator.RuleFor(x => x.Body)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(l["Hãy ghi nội dung thông báo."])
            .MaximumLength(PublicNotice.BodyMaxLength).WithMessage(l["Nội dung dài tối đa {0} ký tự.", PublicNotice.BodyMaxLength]);
    }

    /// <summary>The notice, tracked, with its version checked against the one the clerk loaded.</summary>
    public static async Task<PublicNotice> LoadAsync(IPortalDbContext db, Guid id, Guid version, CancellationToken cancellationToken)
    {
        var notice = await db.PublicNotices.SingleOrDefaultAsync(n => n.Id == id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(notice, version);
        return notice;
    }

    /// <summary>Refuses a document that is missing or not issued: only what the department has sent may be made public.</summary>
    public static async Task EnsureIssuedAsync(IPortalDbContext db, Guid documentId, CancellationToken cancellationToken)
    {
        var status = await db.OutgoingDocuments.Where(d => d.Id == documentId).Select(d => (OutgoingStatus?)d.Status)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        if (status != OutgoingStatus.Issued)
            throw new DomainRuleException(OnlyIssuedDocument, "DocumentId");
    }
}
