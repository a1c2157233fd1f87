using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Calendar;

/// <summary>Removes a day from the calendar: a holiday deleted becomes an ordinary day again.</summary>
[RequiresPermission(Permission.ManageCalendar)]
public sealed record DeleteCalendarDayCommand(Guid Id) : ICommand<Unit>;

public sealed class DeleteCalendarDayHandler(IPortalDbContext db) : ICommandHandler<DeleteCalendarDayCommand, Unit>
{
    public async ValueTask<Unit> Handle(DeleteCalendarDayCommand command, CancellationToken cancellationToken)
    {
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.CalendarDays.Remove(day);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
