using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Notifications;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>
/// The clerk enters a received document in the incoming register; it gets the next arrival number
/// of the year it was received, and may go straight to a leader for direction.
/// </summary>
[RequiresPermission(Permission.RegisterIncoming)]
public sealed record RegisterIncomingDocumentCommand(
    DateOnly? ReceivedOn,
    string NumberSymbol,
    DocumentType Type,
    Guid? IssuingUnitId,
    string IssuingAgency,
    DateOnly? IssuedOn,
    string Summary,
    Urgency Urgency,
    Confidentiality Confidentiality,
    DateOnly? HandlingDeadline,
    string? SendToLeaderId) : ICommand<RegisteredIncoming>, IIncomingDocumentFields;

public sealed record RegisteredIncoming(Guid Id, int ArrivalNumber, int ArrivalYear);

/// <summary>The register entry's fields, shared by registering and correcting an incoming document.</summary>
public interface IIncomingDocumentFields
{
    DateOnly? ReceivedOn { get; }
    string NumberSymbol { get; }
    DocumentType Type { get; }
    Guid? IssuingUnitId { get; }
    string IssuingAgency { get; }
    DateOnly? IssuedOn { get; }
    string Summary { get; }
    Urgency Urgency { get; }
    Confidentiality Confidentiality { get; }
    DateOnly? HandlingDeadline { get; }
}

public sealed class IncomingDocumentFieldsValidator : AbstractValidator<IIncomingDocumentFields>
{
    public IncomingDocumentFieldsValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l, TimeProvider clock)
    {
        RuleFor(x => x.ReceivedOn)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(l["Hãy nhập ngày đến."])
            .Must(d => d <= clock.Today()).WithMessage(l["Ngày đến không được sau hôm nay."]);
        RuleFor(x => x.NumberSymbol)
            .NotEmpty().WithMessage(l["Hãy nhập số, ký hiệu của văn bản (ví dụ 716/CAT-PC02)."])
            .MaximumLength(IncomingDocument.NumberSymbolMaxLength).WithMessage(l["Số, ký hiệu dài tối đa {0} ký tự.", IncomingDocument.NumberSymbolMaxLength]);
        RuleFor(x => x.Type).IsInEnum().WithMessage(l["Loại văn bản không hợp lệ."]);
        RuleFor(x => x.IssuingAgency)
            .NotEmpty().WithMessage(l["Hãy nhập cơ quan ban hành."])
            .MaximumLength(IncomingDocument.AgencyMaxLength).WithMessage(l["Tên cơ quan ban hành dài tối đa {0} ký tự.", IncomingDocument.AgencyMaxLength]);
        RuleFor(x => x.IssuingUnitId)
            .MustAsync(async (id, ct) => await db.OrgUnits.AnyAsync(u => u.Id == id, ct))
            .WithMessage(l["Cơ quan ban hành không có trong danh bạ."])
            .When(x => x.IssuingUnitId is not null);
        RuleFor(x => x.IssuedOn)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(l["Hãy nhập ngày ban hành."])
            .Must((x, issued) => x.ReceivedOn is null || issued <= x.ReceivedOn).WithMessage(l["Ngày ban hành không được sau ngày đến."]);
        RuleFor(x => x.Summary)
            .NotEmpty().WithMessage(l["Hãy nhập trích yếu."])
            .MaximumLength(IncomingDocument.SummaryMaxLength).WithMessage(l["Trích yếu dài tối đa {0} ký tự.", IncomingDocument.SummaryMaxLength]);
        RuleFor(x => x.Urgency).IsInEnum().WithMessage(l["Độ khẩn không hợp lệ."]);
        RuleFor(x => x.Confidentiality).IsInEnum().WithMessage(l["Độ mật không hợp lệ."]);
        RuleFor(x => x.HandlingDeadline)
            .Must((x, deadline) => x.ReceivedOn is null || deadline >= x.ReceivedOn).WithMessage(l["Hạn xử lý không được trước ngày đến."])
            .When(x => x.HandlingDeadline is not null);
    }
}

public sealed class RegisterIncomingDocumentValidator : AbstractValidator<RegisterIncomingDocumentCommand>
{
    public RegisterIncomingDocumentValidator(IPortalDbContext db, IUserDirectory users, IStringLocalizer<CoreResource> l, TimeProvider clock)
    {
        Include(new IncomingDocumentFieldsValidator(db, l, clock));
        RuleFor(x => x.SendToLeaderId)
            .MustAsync(async (id, ct) => (await users.FindAsync(id!, ct))?.Roles.Contains(PortalRoles.Leader) == true)
            .WithMessage(l["Người nhận trình phải là lãnh đạo Sở."])
            .When(x => !string.IsNullOrEmpty(x.SendToLeaderId));
    }
}

public sealed class RegisterIncomingDocumentHandler(
    IPortalDbContext db, RegisterNumbers numbers, DocumentHistory history, Notifier notifier)
    : ICommandHandler<RegisterIncomingDocumentCommand, RegisteredIncoming>
{
    public async ValueTask<RegisteredIncoming> Handle(RegisterIncomingDocumentCommand command, CancellationToken cancellationToken)
    {
        var receivedOn = command.ReceivedOn!.Value;
        var number = await numbers.NextAsync(RegisterKind.Incoming, receivedOn.Year, cancellationToken);
        var document = IncomingDocument.Register(number, command.ToDetails());
        db.IncomingDocuments.Add(document);
        history.Record(document.Id, DocumentAction.Registered, $"Số đến {number}");

        if (!string.IsNullOrEmpty(command.SendToLeaderId))
        {
            document.SendForDirection(command.SendToLeaderId);
            history.Record(document.Id, DocumentAction.SentForDirection);
            notifier.ToUser(command.SendToLeaderId, "Văn bản đến chờ ý kiến chỉ đạo",
                $"{document.NumberSymbol} của {document.IssuingAgency}: {document.Summary}", IncomingLinks.Of(document.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RegisteredIncoming(document.Id, number, receivedOn.Year);
    }
}

public static class IncomingDocumentFieldsExtensions
{
    public static IncomingDocumentDetails ToDetails(this IIncomingDocumentFields fields) => new(
        fields.ReceivedOn!.Value, fields.NumberSymbol, fields.Type, fields.IssuingUnitId, fields.IssuingAgency,
        fields.IssuedOn!.Value, fields.Summary, fields.Urgency, fields.Confidentiality, fields.HandlingDeadline);
}

public static class IncomingLinks
{
    public static string Of(Guid id) => $"/van-ban-den/{id}";
}
