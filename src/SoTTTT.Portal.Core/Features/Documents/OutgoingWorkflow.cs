using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Notifications;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>The specialist submits a draft for signature once the format checker finds nothing missing.</summary>
[RequiresPermission(Permission.DraftOutgoing)]
public sealed record SubmitOutgoingDocumentCommand(Guid Id, Guid Version) : ICommand<Unit>;

public sealed class SubmitOutgoingDocumentHandler(IPortalDbContext db, DocumentHistory history, Notifier notifier)
    : ICommandHandler<SubmitOutgoingDocumentCommand, Unit>
{
    public async ValueTask<Unit> Handle(SubmitOutgoingDocumentCommand command, CancellationToken cancellationToken)
    {
        var document = await OutgoingDrafts.LoadAsync(db, command.Id, cancellationToken);
        db.ExpectVersion(document, command.Version);
        document.Submit();
        await TaskIssuance.EnsureTasksFitSectionsAsync(db, document, cancellationToken);
        history.Record(document.Id, DocumentAction.Submitted);
        const string title = "Dự thảo trình ký";
        var message = $"{DocumentTypes.Name(document.Type)} {document.Summary}";
        if (document.SignerUserId is { } signer)
            notifier.ToUser(signer, title, message, OutgoingLinks.Of(document.Id));
        else
            await notifier.ToRoleAsync(PortalRoles.Leader, title, message, OutgoingLinks.Of(document.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>A leader sends a submitted draft back to its author with the reason.</summary>
[RequiresPermission(Permission.ApproveOutgoing)]
public sealed record ReturnOutgoingDocumentCommand(Guid Id, Guid Version, string Reason) : ICommand<Unit>;

public sealed class ReturnOutgoingDocumentValidator : AbstractValidator<ReturnOutgoingDocumentCommand>
{
    public ReturnOutgoingDocumentValidator(IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.Reason)
            .NotEmpty().WithMessage(l["Hãy ghi lý do trả lại."])
            .MaximumLength(2000).WithMessage(l["Lý do dài tối đa {0} ký tự.", 2000]);
}

public sealed class ReturnOutgoingDocumentHandler(IPortalDbContext db, DocumentHistory history, Notifier notifier)
    : ICommandHandler<ReturnOutgoingDocumentCommand, Unit>
{
    public async ValueTask<Unit> Handle(ReturnOutgoingDocumentCommand command, CancellationToken cancellationToken)
    {
        var document = await OutgoingDrafts.LoadAsync(db, command.Id, cancellationToken);
        db.ExpectVersion(document, command.Version);
        document.Return(command.Reason);
        history.Record(document.Id, DocumentAction.Returned, document.ReturnReason);
        notifier.ToUser(document.CreatedById, "Dự thảo bị trả lại", $"{document.Summary} — {document.ReturnReason}", OutgoingLinks.Of(document.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>A leader approves a submitted draft; the clerks are asked to number and issue it.</summary>
[RequiresPermission(Permission.ApproveOutgoing)]
public sealed record ApproveOutgoingDocumentCommand(Guid Id, Guid Version) : ICommand<Unit>;

public sealed class ApproveOutgoingDocumentHandler(IPortalDbContext db, DocumentHistory history, Notifier notifier)
    : ICommandHandler<ApproveOutgoingDocumentCommand, Unit>
{
    public async ValueTask<Unit> Handle(ApproveOutgoingDocumentCommand command, CancellationToken cancellationToken)
    {
        var document = await OutgoingDrafts.LoadAsync(db, command.Id, cancellationToken);
        db.ExpectVersion(document, command.Version);
        document.Approve();
        history.Record(document.Id, DocumentAction.Approved);
        notifier.ToUser(document.CreatedById, "Dự thảo đã được duyệt", document.Summary, OutgoingLinks.Of(document.Id));
        await notifier.ToRoleAsync(PortalRoles.Clerk, "Văn bản chờ cấp số, phát hành", document.Summary, OutgoingLinks.Of(document.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>
/// The clerk numbers, dates and issues an approved document. The number is the next of the year's
/// outgoing register; the document is frozen; every recipient unit's users are told.
/// </summary>
[RequiresPermission(Permission.IssueOutgoing)]
public sealed record IssueOutgoingDocumentCommand(Guid Id, Guid Version) : ICommand<IssuedOutgoing>;

public sealed record IssuedOutgoing(int Number, DateOnly IssuedOn, string NumberAndSymbol);

public sealed class IssueOutgoingDocumentHandler(
    IPortalDbContext db, RegisterNumbers numbers, ICurrentUser user, TimeProvider clock, DocumentHistory history, Notifier notifier)
    : ICommandHandler<IssueOutgoingDocumentCommand, IssuedOutgoing>
{
    public async ValueTask<IssuedOutgoing> Handle(IssueOutgoingDocumentCommand command, CancellationToken cancellationToken)
    {
        var document = await OutgoingDrafts.LoadAsync(db, command.Id, cancellationToken);
        db.ExpectVersion(document, command.Version);

        var today = clock.Today();
        var now = clock.UtcNow();
        // Refused issuance rolls back with the transaction, and the number with it.
        var number = await numbers.NextAsync(RegisterKind.Outgoing, today.Year, cancellationToken);
        // The units given tasks receive the document too, whether or not a recipient line names them.
        var assigned = await TaskIssuance.IssueAsync(db, document, today, now, cancellationToken);
        var recipients = (await OutgoingRecipients.UnitsReachedAsync(db, document, cancellationToken)).Union(assigned).ToList();
        document.Issue(number, today, user.UserId!, now, recipients);
        history.Record(document.Id, DocumentAction.Issued, document.NumberAndSymbol);

        var message = $"Số {document.NumberAndSymbol} ngày {today:dd/MM/yyyy}: {document.Summary}";
        await notifier.ToUnitsAsync(recipients, assigned.Count > 0 ? "Văn bản mới giao nhiệm vụ cho đơn vị" : "Văn bản mới gửi đơn vị",
            message, OutgoingLinks.Of(document.Id), cancellationToken);
        notifier.ToUser(document.CreatedById, "Văn bản đã phát hành", message, OutgoingLinks.Of(document.Id));
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedOutgoing(number, today, document.NumberAndSymbol);
    }
}

public static class OutgoingLinks
{
    public static string Of(Guid id) => $"/van-ban-di/{id}";
}
