using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Calendar;

namespace SoTTTT.Portal.Core.Features.Calendar;

/// <summary>The holidays, days off and worked weekend days of a year; every signed-in user may read them.</summary>
public sealed record ListCalendarDaysQuery(int Year) : IQuery<IReadOnlyList<CalendarDayItem>>;

public sealed record CalendarDayItem(Guid Id, DateOnly Date, string Name, CalendarDayKind Kind);

public sealed class ListCalendarDaysValidator : AbstractValidator<ListCalendarDaysQuery>
{
    public ListCalendarDaysValidator(IStringLocalizer<CoreResource> l) =>
        RuleFor(x => x.Year).ValidCalendarYear(l);
}

public sealed class ListCalendarDaysHandler(IPortalDbContext db) : IQueryHandler<ListCalendarDaysQuery, IReadOnlyList<CalendarDayItem>>
{
    public async ValueTask<IReadOnlyList<CalendarDayItem>> Handle(ListCalendarDaysQuery query, CancellationToken cancellationToken)
    {
        var (first, last) = WorkingCalendars.YearBounds(query.Year);
        return await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= first && d.Date <= last)
            .OrderBy(d => d.Date)
            .Select(d => new CalendarDayItem(d.Id, d.Date, d.Name, d.Kind))
            .ToListAsync(cancellationToken);
    }
}
