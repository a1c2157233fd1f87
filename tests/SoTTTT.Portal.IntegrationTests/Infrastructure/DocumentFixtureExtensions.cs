using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Notifications;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Infrastructure.Identity;

namespace SoTTTT.Portal.IntegrationTests.Infrastructure;

/// <summary>Arranging and inspecting documents, registers and inboxes for the documents tests.</summary>
public static class DocumentFixtureExtensions
{
    /// <summary>The summary of the seeded anti-fraud dispatch, as the seed file reads.</summary>
    public const string AntiFraudSummary =
        "V/v thông báo cảnh giác với tình trạng sử dụng mạng viễn thông, mạng xã hội để lừa đảo chiếm đoạt tài sản";

    public const string PoliceDispatch = "716/CAT-PC02";

    /// <summary>Today in Viet Nam, by the portal's clock: the year issuance numbers in.</summary>
    public static DateOnly Today(this SliceFixture fixture) =>
        fixture.Factory.Services.GetRequiredService<TimeProvider>().Today();

    public static Task<Guid> GroupIdAsync(this SliceFixture fixture, string code) =>
        fixture.ExecuteDbContextAsync(db => db.UnitGroups.Where(g => g.Code == code).Select(g => g.Id).SingleAsync());

    public static Task<string> UserIdAsync(this SliceFixture fixture, string userName) =>
        fixture.ExecuteDbContextAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>The last number given in a register's year; 0 when the year has none yet.</summary>
    public static Task<int> LastNumberAsync(this SliceFixture fixture, RegisterKind kind, int year) =>
        fixture.ExecuteDbContextAsync(async db =>
            await db.RegisterCounters.Where(c => c.Kind == kind && c.Year == year).Select(c => (int?)c.LastNumber).SingleOrDefaultAsync() ?? 0);

    public static Task<bool> HasCounterAsync(this SliceFixture fixture, RegisterKind kind, int year) =>
        fixture.ExecuteDbContextAsync(db => db.RegisterCounters.AnyAsync(c => c.Kind == kind && c.Year == year));

    public static Task<Guid> IncomingIdAsync(this SliceFixture fixture, string numberSymbol) =>
        fixture.ExecuteDbContextAsync(db => db.IncomingDocuments.Where(d => d.NumberSymbol == numberSymbol).Select(d => d.Id).SingleAsync());

    public static Task<Guid> OutgoingIdAsync(this SliceFixture fixture, string summary) =>
        fixture.ExecuteDbContextAsync(db => db.OutgoingDocuments.Where(d => d.Summary == summary).Select(d => d.Id).SingleAsync());

    public static Task<Guid> AntiFraudDispatchIdAsync(this SliceFixture fixture) => fixture.OutgoingIdAsync(AntiFraudSummary);

    public static Task<List<Guid>> OutgoingIdsInStatusAsync(this SliceFixture fixture, OutgoingStatus status) =>
        fixture.ExecuteDbContextAsync(db => db.OutgoingDocuments.Where(d => d.Status == status).Select(d => d.Id).ToListAsync());

    /// <summary>Every message in a user's inbox that links to <paramref name="link"/>, straight from the database.</summary>
    public static Task<List<Notification>> NotificationsAsync(this SliceFixture fixture, string userName, string link) =>
        fixture.ExecuteDbContextAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
            return await db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.Link == link).ToListAsync();
        });

    public static Task<List<DocumentEvent>> HistoryAsync(this SliceFixture fixture, Guid documentId) =>
        fixture.ExecuteDbContextAsync(db => db.DocumentEvents.AsNoTracking().Where(e => e.DocumentId == documentId).OrderBy(e => e.Id).ToListAsync());

    /// <summary>Sends any message as <paramref name="asUser"/>, for tests that go through many kinds of message.</summary>
    public static async Task<object?> SendMessageAsync(this SliceFixture fixture, IMessage message, string? asUser)
    {
        var principal = await fixture.PrincipalOfAsync(asUser);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ClaimsCurrentUser>().Principal = principal;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send((object)message, TestContext.Current.CancellationToken);
    }

    /// <summary>Creates a draft as the specialist and reads it back as an editor loads it.</summary>
    public static async Task<OutgoingDocumentView> DraftAsync(this SliceFixture fixture, CreateOutgoingDraftCommand command, string asUser = DemoUsers.Specialist)
    {
        var id = await fixture.SendAsync(command, asUser);
        return await fixture.SendAsync(new GetOutgoingDocumentQuery(id), asUser);
    }

    public static Task<OutgoingDocumentView> OutgoingAsync(this SliceFixture fixture, Guid id, string asUser = DemoUsers.Leader) =>
        fixture.SendAsync(new GetOutgoingDocumentQuery(id), asUser);

    /// <summary>Drafts, submits and approves through the use cases; the result is what the clerk loads to issue.</summary>
    public static async Task<OutgoingDocumentView> ApprovedAsync(this SliceFixture fixture, CreateOutgoingDraftCommand command)
    {
        var draft = await fixture.DraftAsync(command);
        await fixture.SendAsync(new SubmitOutgoingDocumentCommand(draft.Id, draft.Version), DemoUsers.Specialist);
        var submitted = await fixture.OutgoingAsync(draft.Id);
        await fixture.SendAsync(new ApproveOutgoingDocumentCommand(submitted.Id, submitted.Version), DemoUsers.Leader);
        return await fixture.OutgoingAsync(draft.Id, DemoUsers.Clerk);
    }

    /// <summary>Drafts, submits, approves and issues through the use cases.</summary>
    public static async Task<(OutgoingDocumentView Document, IssuedOutgoing Issued)> IssuedAsync(this SliceFixture fixture, CreateOutgoingDraftCommand command)
    {
        var approved = await fixture.ApprovedAsync(command);
        var issued = await fixture.SendAsync(new IssueOutgoingDocumentCommand(approved.Id, approved.Version), DemoUsers.Clerk);
        return (await fixture.OutgoingAsync(approved.Id), issued);
    }

    /// <summary>Registers an incoming document as the clerk and reads it back.</summary>
    public static async Task<IncomingDocumentView> RegisteredAsync(this SliceFixture fixture, RegisterIncomingDocumentCommand command)
    {
        var registered = await fixture.SendAsync(command, DemoUsers.Clerk);
        return await fixture.SendAsync(new GetIncomingDocumentQuery(registered.Id), DemoUsers.Clerk);
    }
}
