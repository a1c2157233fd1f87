using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Calendar;

/// <summary>
/// Adds the statutory holidays of a year (Labour Code 2019, Art. 112) and their days in lieu that are
/// not in the calendar yet; returns how many were added. Sending it twice adds nothing the second time.
/// </summary>
[RequiresPermission(Permission.ManageCalendar)]
public sealed record AddHolidaysOfYearCommand(int Year) : ICommand<int>;

public sealed class AddHolidaysOfYearValidator : AbstractValidator<AddHolidaysOfYearCommand>
{
    public AddHolidaysOfYearValidator(IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.Year).ValidCalendarYear(l);
}

public sealed class AddHolidaysOfYearHandler(IPortalDbContext db) : ICommandHandler<AddHolidaysOfYearCommand, int>
{
    public async ValueTask<int> Handle(AddHolidaysOfYearCommand command, CancellationToken cancellationToken)
    {
        var added = await WorkingCalendars.AddStatutoryHolidaysAsync(db, command.Year, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
