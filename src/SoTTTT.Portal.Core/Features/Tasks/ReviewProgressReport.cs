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

/// <summary>
/// A specialist accepts a unit's report (tiếp nhận); one that claims completion completes the
/// assignment as of its submission.
/// </summary>
[RequiresPermission(Permission.ReviewReports)]
public sealed record AcceptProgressReportCommand(Guid ReportId, string? Note = null) : ICommand<Unit>;

/// <summary>A specialist asks the unit for more (yêu cầu bổ sung); the reason is required and the unit is told.</summary>
[RequiresPermission(Permission.ReviewReports)]
public sealed record RequestMoreInformationCommand(Guid ReportId, string Reason) : ICommand<Unit>;

public sealed class AcceptProgressReportValidator : AbstractValidator<AcceptProgressReportCommand>
{
    public AcceptProgressReportValidator(IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.Note).MaximumLength(ProgressReport.ReviewNoteMaxLength).WithMessage(l["Nhận xét dài tối đa {0} ký tự.", ProgressReport.ReviewNoteMaxLength]);
}

public sealed class RequestMoreInformationValidator : AbstractValidator<RequestMoreInformationCommand>
{
    public RequestMoreInformationValidator(IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.Reason)
            .NotEmpty().WithMessage(l["Hãy ghi nội dung cần bổ sung."])
            .MaximumLength(ProgressReport.ReviewNoteMaxLength).WithMessage(l["Nhận xét dài tối đa {0} ký tự.", ProgressReport.ReviewNoteMaxLength]);
}

public sealed class AcceptProgressReportHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier)
    : ICommandHandler<AcceptProgressReportCommand, Unit>
{
    public async ValueTask<Unit> Handle(AcceptProgressReportCommand command, CancellationToken cancellationToken)
    {
        var (report, assignment) = await ReportReview.LoadAsync(db, command.ReportId, cancellationToken);
        if (assignment.AcceptReport(report, user.UserId!, clock.UtcNow(), command.Note))
            await StandingFigures.ReplaceAsync(db, report, cancellationToken);
        var what = await AssignmentAccess.DescribeAsync(db, assignment, cancellationToken);
        var title = assignment.CompletingReportId == report.Id ? "Nhiệm vụ được xác nhận hoàn thành" : "Báo cáo đã được tiếp nhận";
        await notifier.ToUnitsAsync([assignment.UnitId], title, what, AssignmentLinks.Of(assignment.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

public sealed class RequestMoreInformationHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier)
    : ICommandHandler<RequestMoreInformationCommand, Unit>
{
    public async ValueTask<Unit> Handle(RequestMoreInformationCommand command, CancellationToken cancellationToken)
    {
        var (report, assignment) = await ReportReview.LoadAsync(db, command.ReportId, cancellationToken);
        assignment.RequestMore(report, user.UserId!, clock.UtcNow(), command.Reason);
        var what = await AssignmentAccess.DescribeAsync(db, assignment, cancellationToken);
        await notifier.ToUnitsAsync([assignment.UnitId], "Báo cáo cần bổ sung", $"{what} — {report.ReviewNote}",
            AssignmentLinks.Of(assignment.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The figures an assignment stands on (<see cref="IndicatorFigure"/>), kept as its reports are accepted.</summary>
internal static class StandingFigures
{
    /// <summary>The report just became its assignment's latest accepted one: its values replace the assignment's figures.</summary>
    public static async Task ReplaceAsync(IPortalDbContext db, ProgressReport report, CancellationToken cancellationToken)
    {
        var indicators = await db.DirectiveTasks.AsNoTracking().Where(t => t.Id == report.TaskId)
            .SelectMany(t => t.Indicators).ToListAsync(cancellationToken);
        var issuedOn = await db.OutgoingDocuments.AsNoTracking().Where(d => d.Id == report.DocumentId)
            .Select(d => d.IssuedOn!.Value).SingleAsync(cancellationToken);
        // Removed through the change tracker (a few rows), so the save counts them out of the province's tallies.
        db.IndicatorFigures.RemoveRange(await db.IndicatorFigures.Where(f => f.AssignmentId == report.AssignmentId).ToListAsync(cancellationToken));
        db.IndicatorFigures.AddRange(IndicatorFigure.Of(report, issuedOn, indicators));
    }
}

internal static class ReportReview
{
    public static async Task<(ProgressReport Report, Assignment Assignment)> LoadAsync(IPortalDbContext db, Guid reportId, CancellationToken cancellationToken)
    {
        var report = await db.ProgressReports.SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken) ?? throw new NotFoundException();
        var assignment = await db.Assignments.SingleAsync(a => a.Id == report.AssignmentId, cancellationToken);
        return (report, assignment);
    }
}
