using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Notices;

namespace SoTTTT.Portal.Core.Features.Notices;

/// <summary>The clerk publishes a warning for citizens written from an issued outgoing document.</summary>
[RequiresPermission(Permission.PublishNotices)]
public sealed record PublishNoticeCommand(Guid DocumentId, string Title, string Summary, string Body) : ICommand<Guid>, INoticeText, IChangesPublishedNotices;

public sealed class PublishNoticeValidator : AbstractValidator<PublishNoticeCommand>
{
    public PublishNoticeValidator(IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.DocumentId).NotEmpty().WithMessage(l["Hãy chọn văn bản đã phát hành."]);
        this.AddTextRules(l);
    }
}

public sealed class PublishNoticeHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PublishNoticeCommand, Guid>
{
    public async ValueTask<Guid> Handle(PublishNoticeCommand command, CancellationToken cancellationToken)
    {
        await NoticeRules.EnsureIssuedAsync(db, command.DocumentId, cancellationToken);
        var notice = PublicNotice.Publish(command.DocumentId, command.Title, command.Summary, command.Body, user.UserId!, clock.UtcNow());
        db.PublicNotices.Add(notice);
        await db.SaveChangesAsync(cancellationToken);
        return notice.Id;
    }
}
