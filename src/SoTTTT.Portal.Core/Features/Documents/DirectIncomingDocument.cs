using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Notifications;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>A leader writes the direction (bút phê), names the handling division and its deadline.</summary>
[RequiresPermission(Permission.DirectIncoming)]
public sealed record DirectIncomingDocumentCommand(Guid Id, Guid Version, string Direction, Guid? HandlingUnitId, DateOnly? Deadline) : ICommand<Unit>;

public sealed class DirectIncomingDocumentValidator : AbstractValidator<DirectIncomingDocumentCommand>
{
    public DirectIncomingDocumentValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l, TimeProvider clock)
    {
        RuleFor(x => x.Direction)
            .NotEmpty().WithMessage(l["Hãy nhập ý kiến chỉ đạo."])
            .MaximumLength(IncomingDocument.DirectionMaxLength).WithMessage(l["Ý kiến chỉ đạo dài tối đa {0} ký tự.", IncomingDocument.DirectionMaxLength]);
        RuleFor(x => x.HandlingUnitId)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(l["Hãy chọn đơn vị chủ trì xử lý."])
            .MustAsync(async (id, ct) => await db.OrgUnits.AnyAsync(u => u.Id == id && u.IsInternal && u.ActiveTo == null, ct))
            .WithMessage(l["Đơn vị xử lý phải là một phòng, ban đang hoạt động của Sở."]);
        RuleFor(x => x.Deadline)
            .Must(d => d >= clock.Today()).WithMessage(l["Hạn xử lý không được trước hôm nay."])
            .When(x => x.Deadline is not null);
    }
}

public sealed class DirectIncomingDocumentHandler(
    IPortalDbContext db, ICurrentUser user, TimeProvider clock, DocumentHistory history, Notifier notifier)
    : ICommandHandler<DirectIncomingDocumentCommand, Unit>
{
    public async ValueTask<Unit> Handle(DirectIncomingDocumentCommand command, CancellationToken cancellationToken)
    {
        var document = await db.IncomingDocuments.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(document, command.Version);
        document.Direct(user.UserId!, clock.UtcNow(), command.Direction, command.HandlingUnitId!.Value, command.Deadline);
        history.Record(document.Id, DocumentAction.Directed, document.Direction);
        await notifier.ToUnitsAsync([command.HandlingUnitId.Value], "Văn bản đến được giao xử lý",
            $"{document.NumberSymbol}: {document.Direction}", IncomingLinks.Of(document.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
