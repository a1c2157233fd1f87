using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Files;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Attachments;

namespace SoTTTT.Portal.Core.Features.Attachments;

/// <summary>
/// Attaches a file to an owner the sender may attach to. <paramref name="Length"/> is what the
/// client declared, checked before reading; the real size is counted while the content is stored.
/// </summary>
public sealed record UploadAttachmentCommand(
    string OwnerType,
    Guid OwnerId,
    string FileName,
    long Length,
    Stream Content,
    string? Description = null) : ICommand<AttachmentInfo>, IFileUpload;

public sealed class UploadAttachmentValidator : AbstractValidator<UploadAttachmentCommand>
{
    public UploadAttachmentValidator(IOptions<StorageOptions> options, IStringLocalizer<CoreResource> l)
    {
        var storage = options.Value;

        RuleFor(x => x.OwnerType)
            .NotEmpty().WithMessage(l["Chưa xác định nơi đính kèm tệp."])
            .MaximumLength(Attachment.OwnerTypeMaxLength).WithMessage(l["Chưa xác định nơi đính kèm tệp."]);

        RuleFor(x => x.FileName).Custom((name, context) =>
        {
            if (FileContentInspector.CheckName(name) is { } refusal)
                context.AddFailure(l.Describe(refusal, "", storage.MaxFileSizeMb));
        });

        RuleFor(x => x.Content).NotNull().WithMessage(l["Chưa chọn tệp."]);

        RuleFor(x => x.Length)
            .Cascade(CascadeMode.Stop)
            .GreaterThan(0).WithMessage(l["Tệp rỗng."])
            .LessThanOrEqualTo(storage.MaxFileSizeBytes).WithMessage(l["Tệp vượt quá dung lượng cho phép ({0} MB).", storage.MaxFileSizeMb]);

        RuleFor(x => x.Description)
            .MaximumLength(Attachment.DescriptionMaxLength).WithMessage(l["Mô tả dài tối đa {0} ký tự.", Attachment.DescriptionMaxLength]);
    }
}

/// <summary>
/// Stages the content aside, checks what it really is, and only then keeps it and records it: a
/// refused file leaves nothing behind, and a failed save removes the file it had kept.
/// </summary>
public sealed class UploadAttachmentHandler(
    IPortalDbContext db,
    IFileStore files,
    IEnumerable<IAttachmentOwnerPolicy> owners,
    ICurrentUser user,
    TimeProvider clock,
    IOptions<StorageOptions> options,
    IStringLocalizer<CoreResource> l) : ICommandHandler<UploadAttachmentCommand, AttachmentInfo>
{
    public async ValueTask<AttachmentInfo> Handle(UploadAttachmentCommand command, CancellationToken cancellationToken)
    {
        await owners.EnsureCanAttachAsync(command.OwnerType, command.OwnerId, cancellationToken);
        var uploader = user.UserId ?? throw new ForbiddenAccessException();
        var storage = options.Value;

        await using var staged = await files.StageAsync(command.Content, storage.MaxFileSizeBytes, cancellationToken);
        if (staged.ExceedsLimit)
            throw Refused(nameof(command.Length), FileRefusal.TooLarge, "", storage);

        FileInspection inspection;
        await using (var content = staged.OpenRead())
            inspection = FileContentInspector.Inspect(command.FileName, content);
        if (inspection.Refusal is { } refusal)
            throw Refused(nameof(command.Content), refusal, inspection.Extension, storage);

        var attachment = Attachment.Create(
            command.OwnerType, command.OwnerId, command.FileName, inspection.Kind!.Value,
            staged.StoredFileName, staged.SizeBytes, staged.Sha256,
            uploader, clock.GetUtcNow().UtcDateTime, command.Description);
        db.Attachments.Add(attachment);

        staged.Keep();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            files.Delete(staged.StoredFileName);
            throw;
        }

        return new AttachmentInfo(
            attachment.Id, attachment.OwnerType, attachment.OwnerId, attachment.OriginalFileName, attachment.Kind,
            attachment.ContentType, attachment.SizeBytes, attachment.Sha256, attachment.UploadedByUserId,
            attachment.UploadedAtUtc, attachment.Description, CanDelete: true);
    }

    private InputValidationException Refused(string field, FileRefusal refusal, string extension, StorageOptions storage) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [field] = [l.Describe(refusal, extension, storage.MaxFileSizeMb)],
        });
}
