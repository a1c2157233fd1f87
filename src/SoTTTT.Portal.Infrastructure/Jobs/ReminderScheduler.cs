using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Core.Features.Notifications;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.Infrastructure.Jobs;

/// <summary>
/// Writes the automatic reminders (đôn đốc) of open assignments: 7, 3 and 1 working days before the
/// due date and once overdue. It runs without a user, so it is a service, not a message. Each
/// reminder is written with its notifications in a transaction of its own; the unique key of
/// <see cref="Reminder"/> lets only one of several instances write it, and the loser writes nothing.
/// </summary>
public sealed partial class ReminderScheduler(
    PortalDbContext db, IUserDirectory users, Notifier notifier, PendingInboxSignals signals, TimeProvider clock, ILogger<ReminderScheduler> logger)
{
    /// <summary>Sends the reminders due today (Viet Nam's date); returns how many this call wrote.</summary>
    public async Task<int> SendDueRemindersAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var calendar = await WorkingCalendars.LoadAsync(db, cancellationToken);
        // Open assignments overdue or due within seven working days, by the (CompletedOn, DueDate) index.
        var horizon = calendar.AddWorkingDays(today, 8);
        var rows = await (
                from a in db.Assignments.AsNoTracking()
                where a.CompletedOn == null && a.DueDate != null && a.DueDate < horizon
                // An assignment told it is overdue hears nothing more until its due date changes.
                where !db.Reminders.Any(r => r.AssignmentId == a.Id && r.DueDate == a.DueDate && r.Kind == ReminderKind.Overdue)
                join t in db.DirectiveTasks on a.TaskId equals t.Id
                join d in db.OutgoingDocuments on a.DocumentId equals d.Id
                select new
                {
                    a.Id,
                    a.UnitId,
                    DueDate = a.DueDate!.Value,
                    t.Title,
                    t.CreatedById,
                    d.Type,
                    d.IssuerCode,
                    d.DraftingUnitCode,
                    d.Number,
                    // What this round (this due date) has already had.
                    Sent = db.Reminders.Where(r => r.AssignmentId == a.Id && r.DueDate == a.DueDate).Select(r => r.Kind).ToList(),
                })
            .ToListAsync(cancellationToken);
        var candidates = rows.Select(r => new DueAssignment(
            r.Id, r.UnitId, r.DueDate, r.Title, r.CreatedById, r.Type, r.IssuerCode, r.DraftingUnitCode, r.Number, r.Sent));

        var sent = 0;
        foreach (var assignment in candidates)
        {
            if (Reminder.KindDueOn(today, assignment.DueDate, calendar) is not { } kind || assignment.SentKinds.Contains(kind))
                continue;
            if (await TrySendAsync(assignment, kind, calendar.WorkingDaysBetween(today, assignment.DueDate), cancellationToken))
                sent++;
        }
        if (sent > 0)
            LogSent(logger, sent, today);
        return sent;
    }

    private async Task<bool> TrySendAsync(DueAssignment assignment, ReminderKind kind, int workingDaysLeft, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                signals.Discard();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                db.Reminders.Add(new Reminder(assignment.Id, kind, assignment.DueDate, clock.UtcNow()));
                var recipients = (await users.InUnitsAsync([assignment.UnitId], ct)).Select(u => u.Id).ToList();
                // The task's author (chuyên viên theo dõi) follows up what is overdue.
                if (kind == ReminderKind.Overdue)
                    recipients.Add(assignment.CreatedById);
                var (title, message) = Texts(assignment, kind, workingDaysLeft);
                foreach (var userId in recipients.Distinct())
                    notifier.ToUser(userId, title, message, AssignmentLinks.Of(assignment.Id));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
            // Open pages of the unit's users refresh their bell at once.
            signals.Publish();
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            signals.Discard();
            // Another instance wrote this reminder first (the unique key refused ours): nothing was written here.
            if (await db.Reminders.AnyAsync(r => r.AssignmentId == assignment.Id && r.Kind == kind && r.DueDate == assignment.DueDate, cancellationToken))
            {
                LogAlreadySent(logger, kind, assignment.Id);
                return false;
            }
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static (string Title, string Message) Texts(DueAssignment assignment, ReminderKind kind, int workingDaysLeft)
    {
        var title = (kind, workingDaysLeft) switch
        {
            (ReminderKind.Overdue, _) => "Nhiệm vụ đã quá hạn",
            (_, 0) => "Nhiệm vụ đến hạn hôm nay",
            _ => string.Create(CultureInfo.InvariantCulture, $"Nhiệm vụ sắp đến hạn (còn {workingDaysLeft} ngày làm việc)"),
        };
        var number = OutgoingSymbol.WithNumber(assignment.Number, OutgoingSymbol.Of(assignment.Type, assignment.IssuerCode, assignment.DraftingUnitCode));
        var due = assignment.DueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var message = kind == ReminderKind.Overdue
            ? $"{assignment.TaskTitle} (Văn bản số {number}) — hạn {due} đã qua mà nhiệm vụ chưa hoàn thành."
            : $"{assignment.TaskTitle} (Văn bản số {number}) — hạn {due}.";
        return (title, message);
    }

    private sealed record DueAssignment(
        Guid Id,
        Guid UnitId,
        DateOnly DueDate,
        string TaskTitle,
        string CreatedById,
        DocumentType Type,
        string IssuerCode,
        string DraftingUnitCode,
        int? Number,
        List<ReminderKind> SentKinds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} reminders for {Today}")]
    private static partial void LogSent(ILogger logger, int count, DateOnly today);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Kind} of assignment {AssignmentId} was already sent by another instance")]
    private static partial void LogAlreadySent(ILogger logger, ReminderKind kind, Guid assignmentId);
}
