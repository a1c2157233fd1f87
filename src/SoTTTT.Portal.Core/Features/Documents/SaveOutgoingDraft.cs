using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>A specialist starts a draft (dự thảo) of an outgoing document.</summary>
[RequiresPermission(Permission.DraftOutgoing)]
public sealed record CreateOutgoingDraftCommand(
    DocumentType Type,
    Guid? DraftingUnitId,
    string Place,
    string Summary,
    IReadOnlyList<RecipientDraft> Addressees,
    string? Preamble,
    IReadOnlyList<SectionDraft> Sections,
    string? Closing,
    string? SignerUserId,
    string SignerName,
    SigningAuthority Authority,
    string? HeadTitle,
    string SignerTitle,
    IReadOnlyList<RecipientDraft> Distribution,
    IReadOnlyList<Guid> CitedIncomingIds,
    Guid? ReplacesId = null) : ICommand<Guid>, IOutgoingDraftFields;

/// <summary>Saves the editor's changes to a draft or a returned document; the version is the one loaded.</summary>
[RequiresPermission(Permission.DraftOutgoing)]
public sealed record UpdateOutgoingDraftCommand(
    Guid Id,
    Guid Version,
    DocumentType Type,
    Guid? DraftingUnitId,
    string Place,
    string Summary,
    IReadOnlyList<RecipientDraft> Addressees,
    string? Preamble,
    IReadOnlyList<SectionDraft> Sections,
    string? Closing,
    string? SignerUserId,
    string SignerName,
    SigningAuthority Authority,
    string? HeadTitle,
    string SignerTitle,
    IReadOnlyList<RecipientDraft> Distribution,
    IReadOnlyList<Guid> CitedIncomingIds) : ICommand<Unit>, IOutgoingDraftFields;

public sealed class CreateOutgoingDraftValidator : AbstractValidator<CreateOutgoingDraftCommand>
{
    public CreateOutgoingDraftValidator(IPortalDbContext db, IUserDirectory users, IStringLocalizer<CoreResource> l)
    {
        Include(new OutgoingDraftFieldsValidator(db, users, l));
        RuleFor(x => x.ReplacesId)
            .MustAsync(async (id, ct) => await db.OutgoingDocuments.AnyAsync(d => d.Id == id && d.Status == OutgoingStatus.Issued, ct))
            .WithMessage(l["Chỉ thay thế được một văn bản đã phát hành."])
            .When(x => x.ReplacesId is not null);
    }
}

public sealed class UpdateOutgoingDraftValidator : AbstractValidator<UpdateOutgoingDraftCommand>
{
    public UpdateOutgoingDraftValidator(IPortalDbContext db, IUserDirectory users, IStringLocalizer<CoreResource> l) =>
        Include(new OutgoingDraftFieldsValidator(db, users, l));
}

public sealed class CreateOutgoingDraftHandler(
    IPortalDbContext db, ICurrentUser user, IOptions<IssuingBodyOptions> issuingBody, DocumentHistory history)
    : ICommandHandler<CreateOutgoingDraftCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateOutgoingDraftCommand command, CancellationToken cancellationToken)
    {
        var draft = await OutgoingDrafts.FromAsync(db, command, cancellationToken);
        var document = OutgoingDocument.Draft(user.UserId!, issuingBody.Value.Abbreviation, draft, command.ReplacesId);
        db.OutgoingDocuments.Add(document);
        history.Record(document.Id, DocumentAction.Drafted);
        await db.SaveChangesAsync(cancellationToken);
        return document.Id;
    }
}

public sealed class UpdateOutgoingDraftHandler(IPortalDbContext db, DocumentHistory history) : ICommandHandler<UpdateOutgoingDraftCommand, Unit>
{
    public async ValueTask<Unit> Handle(UpdateOutgoingDraftCommand command, CancellationToken cancellationToken)
    {
        var document = await OutgoingDrafts.LoadAsync(db, command.Id, cancellationToken);
        db.ExpectVersion(document, command.Version);
        document.Edit(await OutgoingDrafts.FromAsync(db, command, cancellationToken));
        history.Record(document.Id, DocumentAction.Edited);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class OutgoingDrafts
{
    public static async Task<OutgoingDraft> FromAsync(IPortalDbContext db, IOutgoingDraftFields fields, CancellationToken cancellationToken)
    {
        var unitId = fields.DraftingUnitId!.Value;
        var unitCode = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Code).SingleAsync(cancellationToken);
        return new OutgoingDraft(fields.Type, unitId, unitCode, fields.Place, fields.Summary, fields.Addressees, fields.Preamble,
            fields.Sections, fields.Closing, fields.SignerUserId, fields.SignerName, fields.Authority, fields.HeadTitle, fields.SignerTitle,
            fields.Distribution, fields.CitedIncomingIds);
    }

    /// <summary>The document with everything its methods change, tracked.</summary>
    public static async Task<OutgoingDocument> LoadAsync(IPortalDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.OutgoingDocuments
            .Include(d => d.Addressees).Include(d => d.Distribution).Include(d => d.Sections)
            .Include(d => d.Citations).Include(d => d.RecipientUnits)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new NotFoundException();
}
