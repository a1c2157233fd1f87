using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.IntegrationTests.Builders;

namespace SoTTTT.Portal.IntegrationTests.Infrastructure;

/// <summary>Arranging directives with tasks and reading their assignments, for the tasks tests.</summary>
public static class TaskFixtureExtensions
{
    public const string SmsIndicator = "Số tin nhắn đã gửi";

    /// <summary>
    /// A task for section 1 of a draft: SMS warnings, given to the telecom group as chủ trì, due
    /// on <paramref name="dueDate"/>, with the indicator "Số tin nhắn đã gửi".
    /// </summary>
    public static async Task<AddDirectiveTaskCommand> SmsTaskAsync(this SliceFixture fixture, Guid documentId, DateOnly dueDate) =>
        new(documentId, 1, "Nhắn tin cảnh báo thủ đoạn lừa đảo đến thuê bao di động", "Nhắn tin SMS đến thuê bao trả trước, trả sau.",
            TaskPriority.High, DeadlineKind.FixedDate, dueDate, null, null,
            [new IndicatorPlan(null, SmsIndicator, "tin nhắn", 100_000m)],
            [new AssigneePlan(null, await fixture.GroupIdAsync("DNVT"), AssignmentRole.Lead)]);

    /// <summary>Drafts a dispatch as the specialist, adds <paramref name="task"/> to it, then submits, approves and issues it.</summary>
    public static async Task<Guid> IssueWithTaskAsync(this SliceFixture fixture, Func<Guid, Task<AddDirectiveTaskCommand>> task)
    {
        var draft = await fixture.DraftAsync(OutgoingDraftCommandBuilder.ADraftOf(await fixture.UnitIdAsync("BCVTCNTT")));
        await fixture.SendAsync(await task(draft.Id), DemoUsers.Specialist);
        var current = await fixture.OutgoingAsync(draft.Id, DemoUsers.Specialist);
        await fixture.SendAsync(new SubmitOutgoingDocumentCommand(current.Id, current.Version), DemoUsers.Specialist);
        var submitted = await fixture.OutgoingAsync(draft.Id);
        await fixture.SendAsync(new ApproveOutgoingDocumentCommand(submitted.Id, submitted.Version), DemoUsers.Leader);
        var approved = await fixture.OutgoingAsync(draft.Id, DemoUsers.Clerk);
        await fixture.SendAsync(new IssueOutgoingDocumentCommand(approved.Id, approved.Version), DemoUsers.Clerk);
        return draft.Id;
    }

    public static Task<Assignment> AssignmentOfAsync(this SliceFixture fixture, Guid documentId, string unitCode) =>
        fixture.ExecuteDbContextAsync(async db =>
        {
            var unitId = await db.OrgUnits.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
            return await db.Assignments.AsNoTracking().SingleAsync(a => a.DocumentId == documentId && a.UnitId == unitId);
        });

    public static Task<Guid> IndicatorIdAsync(this SliceFixture fixture, Guid taskId, string name) =>
        fixture.ExecuteDbContextAsync(async db =>
        {
            var task = await db.DirectiveTasks.AsNoTracking().Include(t => t.Indicators).SingleAsync(t => t.Id == taskId);
            return task.Indicators.Single(i => i.Name == name).Id;
        });

    public static Task<int> CountAsync<T>(this SliceFixture fixture) where T : class =>
        fixture.ExecuteDbContextAsync(db => db.Set<T>().CountAsync());
}
