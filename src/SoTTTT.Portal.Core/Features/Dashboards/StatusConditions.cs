using System.Linq.Expressions;
using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Core.Features.Dashboards;

/// <summary>
/// The four statuses of <see cref="AssignmentStanding.Of"/> as SQL conditions on an assignment's
/// due and completion dates, for filters that run in the database.
/// </summary>
public static class StatusConditions
{
    public static Expression<Func<Assignment, bool>> Of(ComplianceStatus status, DateOnly today) => status switch
    {
        ComplianceStatus.CompletedOnTime => a => a.CompletedOn != null && (a.DueDate == null || a.CompletedOn <= a.DueDate),
        ComplianceStatus.CompletedLate => a => a.CompletedOn != null && a.DueDate != null && a.CompletedOn > a.DueDate,
        ComplianceStatus.OpenOverdue => a => a.CompletedOn == null && a.DueDate != null && a.DueDate < today,
        _ => a => a.CompletedOn == null && (a.DueDate == null || a.DueDate >= today),
    };
}
