using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Calendar;

/// <summary>Renames a day or changes its kind; its date stays (delete it and add another to move it).</summary>
[RequiresPermission(Permission.ManageCalendar)]
public sealed record UpdateCalendarDayCommand(Guid Id, string Name, CalendarDayKind Kind) : ICommand<Unit>;

public sealed class UpdateCalendarDayValidator : AbstractValidator<UpdateCalendarDayCommand>
{
    public UpdateCalendarDayValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.Name).ValidDayName(l);

        RuleFor(x => x.Kind)
            .Cascade(CascadeMode.Stop)
            .ValidDayKind(l)
            .MustAsync(async (command, kind, ct) =>
            {
                if (kind != CalendarDayKind.WorkingWeekend)
                    return true;
                var dates = await db.CalendarDays.Where(d => d.Id == command.Id).Select(d => d.Date).ToListAsync(ct);
                // An unknown day is the handler's to report.
                return dates.Count == 0 || CalendarDayRules.IsWeekend(dates[0]);
            })
                .WithMessage(l["Ngày làm bù phải là thứ Bảy hoặc Chủ nhật."]);
    }
}

public sealed class UpdateCalendarDayHandler(IPortalDbContext db) : ICommandHandler<UpdateCalendarDayCommand, Unit>
{
    public async ValueTask<Unit> Handle(UpdateCalendarDayCommand command, CancellationToken cancellationToken)
    {
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        day.Change(command.Name, command.Kind);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
