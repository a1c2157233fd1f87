using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Notifications;

namespace SoTTTT.Portal.Core.Features.Tasks;

/// <summary>A leader approves an extension: lateness is judged against the new date from now on; the original is kept.</summary>
[RequiresPermission(Permission.DecideExtensions)]
public sealed record ApproveExtensionCommand(Guid RequestId, string? Note = null) : ICommand<Unit>;

/// <summary>A leader refuses an extension, with the reason the unit will read.</summary>
[RequiresPermission(Permission.DecideExtensions)]
public sealed record RefuseExtensionCommand(Guid RequestId, string Reason) : ICommand<Unit>;

public sealed class ApproveExtensionValidator : AbstractValidator<ApproveExtensionCommand>
{
    public ApproveExtensionValidator(IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.Note).MaximumLength(ExtensionRequest.ReasonMaxLength).WithMessage(l["Ý kiến dài tối đa {0} ký tự.", ExtensionRequest.ReasonMaxLength]);
}

public sealed class RefuseExtensionValidator : AbstractValidator<RefuseExtensionCommand>
{
    public RefuseExtensionValidator(IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.Reason)
            .NotEmpty().WithMessage(l["Hãy ghi lý do không đồng ý gia hạn."])
            .MaximumLength(ExtensionRequest.ReasonMaxLength).WithMessage(l["Ý kiến dài tối đa {0} ký tự.", ExtensionRequest.ReasonMaxLength]);
}

public sealed class ApproveExtensionHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier)
    : ICommandHandler<ApproveExtensionCommand, Unit>
{
    public async ValueTask<Unit> Handle(ApproveExtensionCommand command, CancellationToken cancellationToken)
    {
        var (request, assignment) = await ExtensionDecisions.LoadAsync(db, command.RequestId, cancellationToken);
        assignment.ApproveExtension(request, user.UserId!, clock.UtcNow(), command.Note);
        var what = await AssignmentAccess.DescribeAsync(db, assignment, cancellationToken);
        await notifier.ToUnitsAsync([assignment.UnitId], "Đề nghị gia hạn được đồng ý",
            $"{what} — hạn mới {request.RequestedDueDate:dd/MM/yyyy}", AssignmentLinks.Of(assignment.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

public sealed class RefuseExtensionHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier)
    : ICommandHandler<RefuseExtensionCommand, Unit>
{
    public async ValueTask<Unit> Handle(RefuseExtensionCommand command, CancellationToken cancellationToken)
    {
        var (request, assignment) = await ExtensionDecisions.LoadAsync(db, command.RequestId, cancellationToken);
        assignment.RefuseExtension(request, user.UserId!, clock.UtcNow(), command.Reason);
        var what = await AssignmentAccess.DescribeAsync(db, assignment, cancellationToken);
        await notifier.ToUnitsAsync([assignment.UnitId], "Đề nghị gia hạn không được đồng ý",
            $"{what} — {request.DecisionNote}", AssignmentLinks.Of(assignment.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class ExtensionDecisions
{
    public static async Task<(ExtensionRequest Request, Assignment Assignment)> LoadAsync(IPortalDbContext db, Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.ExtensionRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken) ?? throw new NotFoundException();
        var assignment = await db.Assignments.SingleAsync(a => a.Id == request.AssignmentId, cancellationToken);
        return (request, assignment);
    }
}
