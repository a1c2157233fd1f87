using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Inspection;

namespace SoTTTT.Portal.Core.Features.Inspection;

/// <summary>
/// Đánh giá việc chấp hành: an inspector rates how a unit carried out a directive it was assigned. Evaluating the same
/// unit and directive again revises the one evaluation; two first evaluations at the same instant leave the first saved and
/// ask the second inspector to look again.
/// </summary>
[RequiresPermission(Permission.RecordFindings)]
public sealed record EvaluateUnitComplianceCommand(Guid UnitId, Guid DocumentId, ComplianceRating Rating, string? Comment) : ICommand<Guid>;

public sealed class EvaluateUnitComplianceValidator : AbstractValidator<EvaluateUnitComplianceCommand>
{
    public EvaluateUnitComplianceValidator(IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.UnitId).NotEmpty().WithMessage(l["Hãy chọn đơn vị."]);
        RuleFor(x => x.DocumentId).NotEmpty().WithMessage(l["Hãy chọn văn bản chỉ đạo."]);
        RuleFor(x => x.Rating).IsInEnum().WithMessage(l["Hãy chọn mức đánh giá."]);
        RuleFor(x => x.Comment).MaximumLength(ComplianceEvaluation.CommentMaxLength)
            .WithMessage(l["Nhận xét dài tối đa {0} ký tự.", ComplianceEvaluation.CommentMaxLength]);
    }
}

public sealed class EvaluateUnitComplianceHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock, IStringLocalizer<CoreResource> l)
    : ICommandHandler<EvaluateUnitComplianceCommand, Guid>
{
    public async ValueTask<Guid> Handle(EvaluateUnitComplianceCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Assignments.AnyAsync(a => a.UnitId == command.UnitId && a.DocumentId == command.DocumentId, cancellationToken))
            throw new InputValidationException(new Dictionary<string, string[]>
            {
                [nameof(command.DocumentId)] = [l["Đơn vị không được giao nhiệm vụ nào của văn bản này."]],
            });

        var userName = user.DisplayName.Length <= ComplianceEvaluation.EvaluatedByNameMaxLength
            ? user.DisplayName
            : user.DisplayName[..ComplianceEvaluation.EvaluatedByNameMaxLength];
        var now = clock.UtcNow();
        var evaluation = await db.ComplianceEvaluations
            .SingleOrDefaultAsync(e => e.UnitId == command.UnitId && e.DocumentId == command.DocumentId, cancellationToken);
        var first = evaluation is null;
        if (evaluation is null)
        {
            evaluation = new ComplianceEvaluation(command.UnitId, command.DocumentId, command.Rating, command.Comment, user.UserId!, userName, now);
            db.ComplianceEvaluations.Add(evaluation);
        }
        else
        {
            evaluation.Revise(command.Rating, command.Comment, user.UserId!, userName, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (first && ex is not DbUpdateConcurrencyException)
        {
            // Another inspector's first evaluation of the same unit and directive was saved between our read and our
            // insert (the unique index refused ours): theirs stands; ours is asked again on a fresh page.
            throw new ConcurrencyConflictException();
        }
        return evaluation.Id;
    }
}
