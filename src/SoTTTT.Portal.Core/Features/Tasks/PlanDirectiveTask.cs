using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Core.Features.Tasks;

/// <summary>What the task editor sends, shared by adding and changing a task of a draft.</summary>
public interface IDirectiveTaskFields
{
    int SectionNumber { get; }
    string Title { get; }
    string? Content { get; }
    TaskPriority Priority { get; }
    DeadlineKind DeadlineKind { get; }
    DateOnly? DueDate { get; }
    int? WorkingDays { get; }
    int? CutOffDay { get; }
    IReadOnlyList<IndicatorPlan> Indicators { get; }
    IReadOnlyList<AssigneePlan> Assignees { get; }
}

/// <summary>While drafting, the specialist attaches a task to a section of the document.</summary>
[RequiresPermission(Permission.DraftOutgoing)]
public sealed record AddDirectiveTaskCommand(
    Guid DocumentId,
    int SectionNumber,
    string Title,
    string? Content,
    TaskPriority Priority,
    DeadlineKind DeadlineKind,
    DateOnly? DueDate,
    int? WorkingDays,
    int? CutOffDay,
    IReadOnlyList<IndicatorPlan> Indicators,
    IReadOnlyList<AssigneePlan> Assignees) : ICommand<Guid>, IDirectiveTaskFields;

[RequiresPermission(Permission.DraftOutgoing)]
public sealed record UpdateDirectiveTaskCommand(
    Guid Id,
    Guid Version,
    int SectionNumber,
    string Title,
    string? Content,
    TaskPriority Priority,
    DeadlineKind DeadlineKind,
    DateOnly? DueDate,
    int? WorkingDays,
    int? CutOffDay,
    IReadOnlyList<IndicatorPlan> Indicators,
    IReadOnlyList<AssigneePlan> Assignees) : ICommand<Unit>, IDirectiveTaskFields;

[RequiresPermission(Permission.DraftOutgoing)]
public sealed record RemoveDirectiveTaskCommand(Guid Id, Guid Version) : ICommand<Unit>;

public sealed class DirectiveTaskFieldsValidator : AbstractValidator<IDirectiveTaskFields>
{
    public DirectiveTaskFieldsValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.SectionNumber).GreaterThan(0).WithMessage(l["Hãy chọn mục của văn bản mà nhiệm vụ thuộc về."]);
        RuleFor(x => x.Title)
            .NotEmpty().WithMessage(l["Hãy ghi tên nhiệm vụ."])
            .MaximumLength(DirectiveTask.TitleMaxLength).WithMessage(l["Tên nhiệm vụ dài tối đa {0} ký tự.", DirectiveTask.TitleMaxLength]);
        RuleFor(x => x.Content).MaximumLength(DirectiveTask.ContentMaxLength).WithMessage(l["Nội dung dài tối đa {0} ký tự.", DirectiveTask.ContentMaxLength]);
        RuleFor(x => x.Priority).IsInEnum().WithMessage(l["Mức độ ưu tiên không hợp lệ."]);
        RuleFor(x => x.DeadlineKind).IsInEnum().WithMessage(l["Loại thời hạn không hợp lệ."]);
        RuleFor(x => x.DueDate).NotNull().WithMessage(l["Hãy chọn hạn hoàn thành."]).When(x => x.DeadlineKind == DeadlineKind.FixedDate);
        RuleFor(x => x.WorkingDays)
            .NotNull().WithMessage(l["Số ngày làm việc phải từ 1 đến 365."])
            .InclusiveBetween(1, TaskDeadline.MaxWorkingDays).WithMessage(l["Số ngày làm việc phải từ 1 đến 365."])
            .When(x => x.DeadlineKind == DeadlineKind.WorkingDaysAfterIssue);
        RuleFor(x => x.CutOffDay)
            .NotNull().WithMessage(l["Hãy chọn ngày trong tuần phải báo cáo."])
            .InclusiveBetween(1, 7).WithMessage(l["Hãy chọn ngày trong tuần phải báo cáo."])
            .When(x => x.DeadlineKind == DeadlineKind.Weekly);
        RuleFor(x => x.CutOffDay)
            .NotNull().WithMessage(l["Ngày chốt báo cáo phải từ 1 đến 31."])
            .InclusiveBetween(1, 31).WithMessage(l["Ngày chốt báo cáo phải từ 1 đến 31."])
            .When(x => x.DeadlineKind is DeadlineKind.Monthly or DeadlineKind.Quarterly);

        RuleFor(x => x.Indicators).Must(i => i.Count <= DirectiveTask.MaxIndicators).WithMessage(l["Tối đa {0} chỉ tiêu.", DirectiveTask.MaxIndicators]);
        RuleForEach(x => x.Indicators).ChildRules(indicator =>
        {
            indicator.RuleFor(i => i.Name)
                .NotEmpty().WithMessage(l["Hãy ghi tên chỉ tiêu."])
                .MaximumLength(DirectiveTask.IndicatorNameMaxLength).WithMessage(l["Tên chỉ tiêu dài tối đa {0} ký tự.", DirectiveTask.IndicatorNameMaxLength]);
            indicator.RuleFor(i => i.UnitOfMeasure)
                .MaximumLength(DirectiveTask.UnitOfMeasureMaxLength).WithMessage(l["Đơn vị tính dài tối đa {0} ký tự.", DirectiveTask.UnitOfMeasureMaxLength]);
            indicator.RuleFor(i => i.Target).GreaterThanOrEqualTo(0).WithMessage(l["Chỉ tiêu không được âm."]);
        });

        RuleFor(x => x.Assignees)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(l["Nhiệm vụ phải giao cho ít nhất một đơn vị hoặc nhóm đơn vị."])
            .Must(a => a.Count <= DirectiveTask.MaxAssignees).WithMessage(l["Tối đa {0} dòng.", DirectiveTask.MaxAssignees])
            .Must(a => a.All(x => (x.UnitId is null) != (x.GroupId is null) && Enum.IsDefined(x.Role)))
            .WithMessage(l["Mỗi dòng giao việc là một đơn vị hoặc một nhóm đơn vị."])
            .MustAsync(async (assignees, ct) =>
            {
                var unitIds = assignees.Where(a => a.UnitId is not null).Select(a => a.UnitId!.Value).Distinct().ToList();
                var groupIds = assignees.Where(a => a.GroupId is not null).Select(a => a.GroupId!.Value).Distinct().ToList();
                return await db.OrgUnits.CountAsync(u => unitIds.Contains(u.Id) && u.ActiveTo == null, ct) == unitIds.Count
                    && await db.UnitGroups.CountAsync(g => groupIds.Contains(g.Id), ct) == groupIds.Count;
            })
            .WithMessage(l["Một đơn vị được giao không có trong danh bạ hoặc đã ngừng hoạt động."]);
    }
}

public sealed class AddDirectiveTaskValidator : AbstractValidator<AddDirectiveTaskCommand>
{
    public AddDirectiveTaskValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l) =>
        Include(new DirectiveTaskFieldsValidator(db, l));
}

public sealed class UpdateDirectiveTaskValidator : AbstractValidator<UpdateDirectiveTaskCommand>
{
    public UpdateDirectiveTaskValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l) =>
        Include(new DirectiveTaskFieldsValidator(db, l));
}

public sealed class AddDirectiveTaskHandler(IPortalDbContext db, ICurrentUser user) : ICommandHandler<AddDirectiveTaskCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddDirectiveTaskCommand command, CancellationToken cancellationToken)
    {
        await DirectiveTaskDrafts.EnsureDocumentEditableAsync(db, command.DocumentId, command.SectionNumber, cancellationToken);
        var task = DirectiveTask.Plan(command.DocumentId, user.UserId!, DirectiveTaskDrafts.PlanOf(command));
        db.DirectiveTasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        return task.Id;
    }
}

public sealed class UpdateDirectiveTaskHandler(IPortalDbContext db) : ICommandHandler<UpdateDirectiveTaskCommand, Unit>
{
    public async ValueTask<Unit> Handle(UpdateDirectiveTaskCommand command, CancellationToken cancellationToken)
    {
        var task = await DirectiveTaskDrafts.LoadAsync(db, command.Id, cancellationToken);
        db.ExpectVersion(task, command.Version);
        await DirectiveTaskDrafts.EnsureDocumentEditableAsync(db, task.DocumentId, command.SectionNumber, cancellationToken);
        task.Edit(DirectiveTaskDrafts.PlanOf(command));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

public sealed class RemoveDirectiveTaskHandler(IPortalDbContext db) : ICommandHandler<RemoveDirectiveTaskCommand, Unit>
{
    public async ValueTask<Unit> Handle(RemoveDirectiveTaskCommand command, CancellationToken cancellationToken)
    {
        var task = await DirectiveTaskDrafts.LoadAsync(db, command.Id, cancellationToken);
        db.ExpectVersion(task, command.Version);
        task.EnsureNotIssued();
        await DirectiveTaskDrafts.EnsureDocumentEditableAsync(db, task.DocumentId, sectionNumber: null, cancellationToken);
        db.DirectiveTasks.Remove(task);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class DirectiveTaskDrafts
{
    public static TaskPlan PlanOf(IDirectiveTaskFields fields) => new(
        fields.SectionNumber, fields.Title, fields.Content, fields.Priority,
        new TaskDeadline(fields.DeadlineKind, fields.DueDate, fields.WorkingDays, fields.CutOffDay),
        fields.Indicators, fields.Assignees);

    public static async Task<DirectiveTask> LoadAsync(IPortalDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.DirectiveTasks.Include(t => t.Indicators).Include(t => t.Assignees)
            .SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
        ?? throw new NotFoundException();

    /// <summary>Tasks change with their document: only while it is a draft, and only on a section it has.</summary>
    public static async Task EnsureDocumentEditableAsync(IPortalDbContext db, Guid documentId, int? sectionNumber, CancellationToken cancellationToken)
    {
        var document = await db.OutgoingDocuments.AsNoTracking()
            .Where(d => d.Id == documentId)
            .Select(d => new { d.Status, Sections = d.Sections.Count })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        if (document.Status is not (OutgoingStatus.Draft or OutgoingStatus.Returned))
            throw new DomainRuleException("Chỉ giao nhiệm vụ khi văn bản còn là dự thảo hoặc bị trả lại.");
        if (sectionNumber is { } number && number > document.Sections)
            throw new DomainRuleException("Văn bản không có mục này; hãy lưu các mục của văn bản trước.", nameof(IDirectiveTaskFields.SectionNumber));
    }
}
