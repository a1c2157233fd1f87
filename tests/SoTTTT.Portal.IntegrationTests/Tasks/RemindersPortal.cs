using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Infrastructure.Jobs;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Tasks;

/// <summary>
/// The demo portal on a clock the tests move, years after the demo case and any seeded holidays. The clock only goes forward, so each test starts on a
/// fresh week well after anything an earlier test of the class arranged.
/// </summary>
public sealed class RemindersPortal : SliceFixture
{
    public RemindersPortal()
        : this(new FakeTimeProvider(new DateTimeOffset(2045, 1, 2, 1, 0, 0, TimeSpan.Zero)))
    {
    }

    private RemindersPortal(FakeTimeProvider clock)
        : base(new PortalSettings(DemoData: true, ConfigureServices: services => services.AddSingleton<TimeProvider>(clock))) =>
        Clock = clock;

    public const string TaskTitle = "Nhắn tin cảnh báo thủ đoạn lừa đảo đến các thuê bao di động";

    public FakeTimeProvider Clock { get; }

    public DateOnly Today => Clock.Today();

    /// <summary>Moves the clock to 08:00 in Viet Nam on a Monday at least eight weeks on.</summary>
    public DateOnly StartAFreshWeek()
    {
        var monday = Today.AddDays(56);
        while (monday.DayOfWeek != DayOfWeek.Monday)
            monday = monday.AddDays(1);
        MoveTo(monday);
        return monday;
    }

    /// <summary>08:00 on <paramref name="day"/> in Viet Nam.</summary>
    public void MoveTo(DateOnly day) =>
        Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7)));

    /// <summary>One run of the scheduler, in a DI scope (a DbContext) of its own, as each instance of the portal has.</summary>
    public Task<int> SendDueRemindersAsync() =>
        ExecuteScopeAsync(services => services.GetRequiredService<ReminderScheduler>().SendDueRemindersAsync(TestContext.Current.CancellationToken));

    public Task AddDayOffAsync(DateOnly date, string name) =>
        ExecuteDbContextAsync(db =>
        {
            db.CalendarDays.Add(new CalendarDay(date, name, CalendarDayKind.CompensatoryDayOff));
            return db.SaveChangesAsync();
        });

    /// <summary>
    /// A task of the seeded anti-fraud dispatch (4/STTTT-BCVTCNTT), planned by the specialist and issued
    /// today to the units with these codes; returns the task and each unit's assignment.
    /// </summary>
    public async Task<IssuedTask> IssueTaskAsync(TaskDeadline deadline, params string[] unitCodes)
    {
        var documentId = await this.AntiFraudDispatchIdAsync();
        var specialistId = await this.UserIdAsync(DemoUsers.Specialist);
        var units = new Dictionary<string, Guid>();
        foreach (var code in unitCodes)
            units[code] = await this.UnitIdAsync(code);
        var task = DirectiveTask.Plan(documentId, specialistId, new TaskPlan(1, TaskTitle, null, TaskPriority.High, deadline,
            [new IndicatorPlan(null, "Số thuê bao đã nhắn tin cảnh báo", "thuê bao")],
            [.. units.Values.Select(id => new AssigneePlan(id, null, AssignmentRole.Lead))]));
        var assignments = task.Issue(Today, Clock.GetUtcNow().UtcDateTime, WorkingCalendar.WeekendsOnly, new Dictionary<Guid, IReadOnlyList<Guid>>());
        await ExecuteDbContextAsync(db =>
        {
            db.DirectiveTasks.Add(task);
            db.Assignments.AddRange(assignments);
            return db.SaveChangesAsync();
        });
        return new IssuedTask(task.Id, units.ToDictionary(u => u.Key, u => assignments.Single(a => a.UnitId == u.Value).Id));
    }

    /// <summary>A task still being drafted: planned, never issued.</summary>
    public async Task<Guid> PlanTaskAsync(params string[] unitCodes)
    {
        var assignees = new List<AssigneePlan>();
        foreach (var code in unitCodes)
            assignees.Add(new AssigneePlan(await this.UnitIdAsync(code), null, AssignmentRole.Lead));
        var task = DirectiveTask.Plan(await this.AntiFraudDispatchIdAsync(), await this.UserIdAsync(DemoUsers.Specialist),
            new TaskPlan(1, TaskTitle, null, TaskPriority.Normal, new TaskDeadline(DeadlineKind.FixedDate, Today.AddDays(30)), [], assignees));
        await ExecuteDbContextAsync(db =>
        {
            db.DirectiveTasks.Add(task);
            return db.SaveChangesAsync();
        });
        return task.Id;
    }

    /// <summary>The unit's reporter submits a report at <paramref name="atUtc"/>; a completing one is accepted by the specialist.</summary>
    public Task ReportAsync(Guid assignmentId, string reporter, DateTime atUtc, bool completes = false) =>
        ExecuteDbContextAsync(async db =>
        {
            var reporterId = await db.Users.Where(u => u.UserName == reporter).Select(u => u.Id).SingleAsync();
            var assignment = await db.Assignments.SingleAsync(a => a.Id == assignmentId);
            var day = DateOnly.FromDateTime(atUtc.AddHours(7));
            var report = assignment.SubmitReport(
                new ReportDraft(day.AddDays(-7), day, "Đã nhắn tin cảnh báo đến các thuê bao trên địa bàn tỉnh.", completes ? 100 : 40, [], null, completes),
                reporterId, atUtc, day);
            db.ProgressReports.Add(report);
            if (completes)
                assignment.AcceptReport(report, await db.Users.Where(u => u.UserName == DemoUsers.Specialist).Select(u => u.Id).SingleAsync(), atUtc, null);
            await db.SaveChangesAsync();
        });

    /// <summary>The unit asks for a later due date and the leader approves it, today.</summary>
    public Task ExtendAsync(Guid assignmentId, DateOnly newDueDate) =>
        ExecuteDbContextAsync(async db =>
        {
            var reporterId = await db.Users.Where(u => u.UserName == DemoUsers.VnptReporter).Select(u => u.Id).SingleAsync();
            var leaderId = await db.Users.Where(u => u.UserName == DemoUsers.Leader).Select(u => u.Id).SingleAsync();
            var assignment = await db.Assignments.SingleAsync(a => a.Id == assignmentId);
            var now = Clock.GetUtcNow().UtcDateTime;
            var request = assignment.RequestExtension(newDueDate, "Chờ doanh nghiệp tổng hợp số liệu thuê bao.", reporterId, now, Today);
            db.ExtensionRequests.Add(request);
            assignment.ApproveExtension(request, leaderId, now, null);
            await db.SaveChangesAsync();
        });

    public Task<List<(ReminderKind Kind, DateOnly DueDate)>> RemindersOfAsync(Guid assignmentId) =>
        ExecuteDbContextAsync(async db =>
            (await db.Reminders.AsNoTracking().Where(r => r.AssignmentId == assignmentId).OrderBy(r => r.SentAtUtc)
                .Select(r => new { r.Kind, r.DueDate }).ToListAsync())
            .Select(r => (r.Kind, r.DueDate)).ToList());

    public Task<int> CountRemindersAsync() => ExecuteDbContextAsync(db => db.Reminders.CountAsync());
}

/// <summary>An issued task and the assignment of each unit, by unit code.</summary>
public sealed record IssuedTask(Guid TaskId, IReadOnlyDictionary<string, Guid> Assignments);
