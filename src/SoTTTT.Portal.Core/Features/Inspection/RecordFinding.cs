using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Inspection;

namespace SoTTTT.Portal.Core.Features.Inspection;

/// <summary>
/// Ghi nhận phát hiện: an inspector records a finding on an assignment, a unit or an issued document. A finding on an
/// assignment carries the assignment's unit and directive.
/// </summary>
[RequiresPermission(Permission.RecordFindings)]
public sealed record RecordFindingCommand(
    FindingTargetKind TargetKind, Guid TargetId, FindingSeverity Severity, string Description, string Recommendation) : ICommand<Guid>;

public sealed class RecordFindingValidator : AbstractValidator<RecordFindingCommand>
{
    public RecordFindingValidator(IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.TargetKind).IsInEnum().WithMessage(l["Hãy chọn đối tượng của phát hiện."]);
        RuleFor(x => x.TargetId).NotEmpty().WithMessage(l["Hãy chọn đối tượng của phát hiện."]);
        RuleFor(x => x.Severity).IsInEnum().WithMessage(l["Hãy chọn mức độ."]);
        RuleFor(x => x.Description)
            .NotEmpty().WithMessage(l["Hãy ghi nội dung phát hiện."])
            .MaximumLength(Finding.DescriptionMaxLength).WithMessage(l["Nội dung phát hiện dài tối đa {0} ký tự.", Finding.DescriptionMaxLength]);
        RuleFor(x => x.Recommendation)
            .NotEmpty().WithMessage(l["Hãy ghi kiến nghị."])
            .MaximumLength(Finding.RecommendationMaxLength).WithMessage(l["Kiến nghị dài tối đa {0} ký tự.", Finding.RecommendationMaxLength]);
    }
}

public sealed class RecordFindingHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock, IStringLocalizer<CoreResource> l)
    : ICommandHandler<RecordFindingCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordFindingCommand command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var userId = user.UserId!;
        var userName = Truncate(user.DisplayName, Finding.RecordedByNameMaxLength);
        Finding finding;
        switch (command.TargetKind)
        {
            case FindingTargetKind.Assignment:
                var assignment = await db.Assignments.AsNoTracking().Where(a => a.Id == command.TargetId)
                    .Select(a => new { a.UnitId, a.DocumentId }).SingleOrDefaultAsync(cancellationToken)
                    ?? throw UnknownTarget("Không tìm thấy nhiệm vụ của đơn vị đã chọn.");
                finding = Finding.OnAssignment(command.TargetId, assignment.UnitId, assignment.DocumentId, command.Severity,
                    command.Description, command.Recommendation, userId, userName, now);
                break;
            case FindingTargetKind.Unit:
                if (!await db.OrgUnits.AnyAsync(u => u.Id == command.TargetId, cancellationToken))
                    throw UnknownTarget("Không tìm thấy đơn vị đã chọn.");
                finding = Finding.OnUnit(command.TargetId, command.Severity, command.Description, command.Recommendation, userId, userName, now);
                break;
            default:
                if (!await db.OutgoingDocuments.AnyAsync(d => d.Id == command.TargetId && d.Status == OutgoingStatus.Issued, cancellationToken))
                    throw UnknownTarget("Không tìm thấy văn bản đã phát hành được chọn.");
                finding = Finding.OnDocument(command.TargetId, command.Severity, command.Description, command.Recommendation, userId, userName, now);
                break;
        }

        db.Findings.Add(finding);
        await db.SaveChangesAsync(cancellationToken);
        return finding.Id;
    }

    private InputValidationException UnknownTarget(string message) =>
        new(new Dictionary<string, string[]> { [nameof(RecordFindingCommand.TargetId)] = [l[message]] });

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
