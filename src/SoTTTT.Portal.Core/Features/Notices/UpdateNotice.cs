using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Notices;

/// <summary>The clerk corrects a notice's text; published or not, it keeps its address.</summary>
[RequiresPermission(Permission.PublishNotices)]
public sealed record UpdateNoticeCommand(Guid Id, Guid Version, string Title, string Summary, string Body) : ICommand<Unit>, INoticeText, IChangesPublishedNotices;

public sealed class UpdateNoticeValidator : AbstractValidator<UpdateNoticeCommand>
{
    public UpdateNoticeValidator(IStringLocalizer<CoreResource> l) => this.AddTextRules(l);
}

public sealed class UpdateNoticeHandler(IPortalDbContext db, TimeProvider clock) : ICommandHandler<UpdateNoticeCommand, Unit>
{
    public async ValueTask<Unit> Handle(UpdateNoticeCommand command, CancellationToken cancellationToken)
    {
        var notice = await NoticeRules.LoadAsync(db, command.Id, command.Version, cancellationToken);
        notice.Edit(command.Title, command.Summary, command.Body, clock.UtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
