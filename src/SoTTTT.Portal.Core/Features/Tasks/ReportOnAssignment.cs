using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Notifications;

namespace SoTTTT.Portal.Core.Features.Tasks;

/// <summary>The unit confirms it received the assignment (xác nhận đã nhận).</summary>
[RequiresPermission(Permission.ReportProgress)]
public sealed record AcknowledgeAssignmentCommand(Guid AssignmentId) : ICommand<Unit>;

public sealed class AcknowledgeAssignmentHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AcknowledgeAssignmentCommand, Unit>
{
    public async ValueTask<Unit> Handle(AcknowledgeAssignmentCommand command, CancellationToken cancellationToken)
    {
        var assignment = await AssignmentAccess.LoadOwnAsync(db, user, command.AssignmentId, cancellationToken);
        assignment.Acknowledge(user.UserId!, clock.UtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>
/// The unit reports progress: the period, what it did, per cent done, a figure for each indicator,
/// its own paper report's number, and whether it claims the work complete. Evidence is attached to
/// the report afterwards, through the file store.
/// </summary>
[RequiresPermission(Permission.ReportProgress)]
public sealed record SubmitProgressReportCommand(
    Guid AssignmentId,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo,
    string Narrative,
    int PercentDone,
    IReadOnlyList<IndicatorValueDraft> Values,
    string? UnitReportNumber,
    bool ClaimsCompletion) : ICommand<Guid>;

public sealed class SubmitProgressReportValidator : AbstractValidator<SubmitProgressReportCommand>
{
    public SubmitProgressReportValidator(TimeProvider clock, IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.PeriodFrom).NotNull().WithMessage(l["Hãy chọn ngày bắt đầu kỳ báo cáo."]);
        RuleFor(x => x.PeriodTo)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(l["Hãy chọn ngày kết thúc kỳ báo cáo."])
            .Must(to => to <= clock.Today()).WithMessage(l["Kỳ báo cáo không được ở tương lai."])
            .Must((x, to) => x.PeriodFrom is null || x.PeriodFrom <= to).WithMessage(l["Ngày bắt đầu kỳ báo cáo phải trước ngày kết thúc."]);
        RuleFor(x => x.Narrative)
            .NotEmpty().WithMessage(l["Hãy ghi nội dung báo cáo."])
            .MaximumLength(ProgressReport.NarrativeMaxLength).WithMessage(l["Nội dung báo cáo dài tối đa {0} ký tự.", ProgressReport.NarrativeMaxLength]);
        RuleFor(x => x.PercentDone).InclusiveBetween(0, 100).WithMessage(l["Tỷ lệ hoàn thành phải từ 0 đến 100%."]);
        RuleFor(x => x.Values).Must(v => v.Count <= DirectiveTask.MaxIndicators).WithMessage(l["Tối đa {0} chỉ tiêu.", DirectiveTask.MaxIndicators]);
        RuleForEach(x => x.Values).ChildRules(value =>
            value.RuleFor(v => v.Value)
                .GreaterThanOrEqualTo(0).WithMessage(l["Số liệu chỉ tiêu không được âm."])
                .LessThan(1_000_000_000_000_000m).WithMessage(l["Số liệu chỉ tiêu quá lớn."]));
        RuleFor(x => x.UnitReportNumber)
            .MaximumLength(ProgressReport.UnitReportNumberMaxLength).WithMessage(l["Số báo cáo dài tối đa {0} ký tự.", ProgressReport.UnitReportNumberMaxLength]);
    }
}

public sealed class SubmitProgressReportHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier)
    : ICommandHandler<SubmitProgressReportCommand, Guid>
{
    public async ValueTask<Guid> Handle(SubmitProgressReportCommand command, CancellationToken cancellationToken)
    {
        var assignment = await AssignmentAccess.LoadOwnAsync(db, user, command.AssignmentId, cancellationToken);
        var indicatorIds = await db.DirectiveTasks.Where(t => t.Id == assignment.TaskId)
            .SelectMany(t => t.Indicators.Select(i => i.Id)).ToListAsync(cancellationToken);
        if (command.Values.Any(v => !indicatorIds.Contains(v.IndicatorId)))
            throw new DomainRuleException("Chỉ tiêu không thuộc nhiệm vụ này.", nameof(command.Values));

        var draft = new ReportDraft(command.PeriodFrom!.Value, command.PeriodTo!.Value, command.Narrative, command.PercentDone,
            command.Values, command.UnitReportNumber, command.ClaimsCompletion);
        var report = assignment.SubmitReport(draft, user.UserId!, clock.UtcNow(), clock.Today());
        db.ProgressReports.Add(report);

        var document = await db.OutgoingDocuments.Where(d => d.Id == assignment.DocumentId)
            .Select(d => new { d.DraftingUnitId, d.CreatedById }).SingleAsync(cancellationToken);
        var what = await AssignmentAccess.DescribeAsync(db, assignment, cancellationToken);
        var title = command.ClaimsCompletion ? "Đơn vị báo cáo hoàn thành nhiệm vụ" : "Đơn vị gửi báo cáo tiến độ";
        await notifier.ToRoleInUnitAsync(PortalRoles.Specialist, document.DraftingUnitId, title, what, AssignmentLinks.Of(assignment.Id), cancellationToken);
        notifier.ToUser(document.CreatedById, title, what, AssignmentLinks.Of(assignment.Id));
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }
}

/// <summary>The unit asks a leader for a later due date, with its reason.</summary>
[RequiresPermission(Permission.ReportProgress)]
public sealed record RequestExtensionCommand(Guid AssignmentId, DateOnly? NewDueDate, string Reason) : ICommand<Guid>;

public sealed class RequestExtensionValidator : AbstractValidator<RequestExtensionCommand>
{
    public RequestExtensionValidator(TimeProvider clock, IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.NewDueDate)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(l["Hãy chọn hạn mới đề nghị."])
            .Must(d => d > clock.Today()).WithMessage(l["Hạn mới phải sau ngày hôm nay."]);
        RuleFor(x => x.Reason)
            .NotEmpty().WithMessage(l["Hãy ghi lý do đề nghị gia hạn."])
            .MaximumLength(ExtensionRequest.ReasonMaxLength).WithMessage(l["Lý do dài tối đa {0} ký tự.", ExtensionRequest.ReasonMaxLength]);
    }
}

public sealed class RequestExtensionHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier)
    : ICommandHandler<RequestExtensionCommand, Guid>
{
    public async ValueTask<Guid> Handle(RequestExtensionCommand command, CancellationToken cancellationToken)
    {
        var assignment = await AssignmentAccess.LoadOwnAsync(db, user, command.AssignmentId, cancellationToken);
        var request = assignment.RequestExtension(command.NewDueDate!.Value, command.Reason, user.UserId!, clock.UtcNow(), clock.Today());
        db.ExtensionRequests.Add(request);
        var what = await AssignmentAccess.DescribeAsync(db, assignment, cancellationToken);
        await notifier.ToRoleAsync(PortalRoles.Leader, "Đề nghị gia hạn nhiệm vụ",
            $"{what} — đến {request.RequestedDueDate:dd/MM/yyyy}", TaskLinks.Extensions, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return request.Id;
    }
}
