using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Calendar;

/// <summary>A day the administrator adds: a compensatory day off the Government granted, or a Saturday worked in exchange.</summary>
[RequiresPermission(Permission.ManageCalendar)]
public sealed record AddCalendarDayCommand(DateOnly? Date, string Name, CalendarDayKind Kind) : ICommand<Guid>;

public sealed class AddCalendarDayValidator : AbstractValidator<AddCalendarDayCommand>
{
    public AddCalendarDayValidator(IPortalDbContext db, IStringLocalizer<CoreResource> l)
    {
        RuleFor(x => x.Date)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(l["Hãy chọn ngày."])
            .Must(date => date!.Value.Year is >= CalendarDayRules.FirstYear and <= CalendarDayRules.LastYear)
                .WithMessage(l["Năm phải từ {0} đến {1}.", CalendarDayRules.FirstYear, CalendarDayRules.LastYear])
            .MustAsync(async (date, ct) => !await db.CalendarDays.AnyAsync(d => d.Date == date!.Value, ct))
                .WithMessage(l["Ngày này đã có trong lịch."]);

        RuleFor(x => x.Name).ValidDayName(l);

        RuleFor(x => x.Kind)
            .Cascade(CascadeMode.Stop)
            .ValidDayKind(l)
            .Must((command, kind) => kind != CalendarDayKind.WorkingWeekend || command.Date is not { } date || CalendarDayRules.IsWeekend(date))
                .WithMessage(l["Ngày làm bù phải là thứ Bảy hoặc Chủ nhật."]);
    }
}

public sealed class AddCalendarDayHandler(IPortalDbContext db) : ICommandHandler<AddCalendarDayCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddCalendarDayCommand command, CancellationToken cancellationToken)
    {
        var day = new CalendarDay(command.Date!.Value, command.Name, command.Kind);
        db.CalendarDays.Add(day);
        await db.SaveChangesAsync(cancellationToken);
        return day.Id;
    }
}
