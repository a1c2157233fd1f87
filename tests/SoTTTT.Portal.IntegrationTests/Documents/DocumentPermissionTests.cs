using Mediator;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Notifications;
using SoTTTT.Portal.IntegrationTests.Builders;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.OutgoingDraftCommandBuilder;
using static SoTTTT.Portal.IntegrationTests.Builders.RegisterIncomingCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Documents;

/// <summary>
/// Issue 3, "Who sees what": the clerk registers and issues, the specialist drafts, the leader
/// directs and approves, the inspector reads and changes nothing, a unit reporter reads only what
/// reached its unit. Every refused message targets a seeded document in the state where the
/// message would succeed for the right role, so a missing check shows as a change, not a pass.
/// </summary>
public sealed class DocumentPermissionTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string Register = nameof(RegisterIncomingDocumentCommand);
    private const string SendForDirection = nameof(SendIncomingForDirectionCommand);
    private const string Direct = nameof(DirectIncomingDocumentCommand);
    private const string RecordHandling = nameof(RecordIncomingHandlingCommand);
    private const string CreateDraft = nameof(CreateOutgoingDraftCommand);
    private const string UpdateDraft = nameof(UpdateOutgoingDraftCommand);
    private const string Submit = nameof(SubmitOutgoingDocumentCommand);
    private const string Return = nameof(ReturnOutgoingDocumentCommand);
    private const string Approve = nameof(ApproveOutgoingDocumentCommand);
    private const string Issue = nameof(IssueOutgoingDocumentCommand);
    private const string ListIncoming = nameof(ListIncomingDocumentsQuery);
    private const string GetIncoming = nameof(GetIncomingDocumentQuery);
    private const string ListOutgoing = nameof(ListOutgoingDocumentsQuery);
    private const string GetOutgoing = nameof(GetOutgoingDocumentQuery);
    private const string CountNotifications = nameof(CountMyUnreadNotificationsQuery);

    private static readonly string[] Writes = [Register, SendForDirection, Direct, RecordHandling, CreateDraft, UpdateDraft, Submit, Return, Approve, Issue];

    public static TheoryData<string?, string> Refusals()
    {
        var data = new TheoryData<string?, string>();
        void Refuse(string? user, params string[] messages)
        {
            foreach (var message in messages)
                data.Add(user, message);
        }

        Refuse(DemoUsers.Specialist, Register, SendForDirection, Direct, Return, Approve, Issue);
        Refuse(DemoUsers.Clerk, Direct, RecordHandling, CreateDraft, UpdateDraft, Submit, Return, Approve);
        Refuse(DemoUsers.Leader, Register, SendForDirection, RecordHandling, CreateDraft, UpdateDraft, Submit, Issue);
        Refuse(DemoUsers.Inspector, Writes);
        Refuse(DemoUsers.Administrator, Writes);
        Refuse(DemoUsers.VnptReporter, [.. Writes, ListIncoming, GetIncoming]);
        Refuse(DocumentDemoUsers.PoliceReporter, [.. Writes, ListIncoming, GetIncoming]);
        Refuse(DemoUsers.Anonymous, [.. Writes, ListIncoming, GetIncoming, ListOutgoing, GetOutgoing, CountNotifications]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Role_is_refused(string? user, string message)
    {
        var request = await MessageAsync(message);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendMessageAsync(request, asUser: user));
    }

    [Fact]
    public async Task Refused_messages_change_nothing()
    {
        var before = await SnapshotAsync();

        foreach (var message in Writes)
        {
            var request = await MessageAsync(message);
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendMessageAsync(request, asUser: DemoUsers.Inspector));
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendMessageAsync(request, asUser: DemoUsers.VnptReporter));
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Inspector_reads_both_registers()
    {
        var incoming = await portal.SendAsync(new ListIncomingDocumentsQuery(), asUser: DemoUsers.Inspector);
        var outgoing = await portal.SendAsync(new ListOutgoingDocumentsQuery(), asUser: DemoUsers.Inspector);
        var police = await portal.SendAsync(new GetIncomingDocumentQuery(await portal.IncomingIdAsync(DocumentFixtureExtensions.PoliceDispatch)), asUser: DemoUsers.Inspector);

        Assert.Equal(8, incoming.TotalCount);
        Assert.Equal(9, outgoing.TotalCount);
        Assert.Equal(DocumentFixtureExtensions.PoliceDispatch, police.NumberSymbol);
    }

    /// <summary>Rows and states a refused message must leave as they were.</summary>
    private Task<string> SnapshotAsync() => portal.ExecuteDbContextAsync(async db =>
    {
        var incoming = await db.IncomingDocuments.OrderBy(d => d.Id).Select(d => $"{d.Id}:{d.Status}:{d.Version}").ToListAsync();
        var outgoing = await db.OutgoingDocuments.OrderBy(d => d.Id).Select(d => $"{d.Id}:{d.Status}:{d.Version}:{d.Number}").ToListAsync();
        var counters = await db.RegisterCounters.OrderBy(c => c.Kind).ThenBy(c => c.Year).Select(c => $"{c.Kind}{c.Year}:{c.LastNumber}").ToListAsync();
        return string.Join("|", [.. incoming, .. outgoing, .. counters,
            $"events:{await db.DocumentEvents.CountAsync()}", $"notifications:{await db.Notifications.CountAsync()}"]);
    });

    private async Task<IMessage> MessageAsync(string message)
    {
        var bcvtcntt = await portal.UnitIdAsync("BCVTCNTT");
        var leader = await portal.UserIdAsync(DemoUsers.Leader);
        return message switch
        {
            Register => AnIncomingDocument().Build(),
            SendForDirection => await IncomingAsync("51/GM-VHTTDL", (id, version) => new SendIncomingForDirectionCommand(id, version, leader)),
            Direct => await IncomingAsync("98/TB-STP", (id, version) =>
                new DirectIncomingDocumentCommand(id, version, "Giao Phòng BCVT-CNTT tham mưu.", bcvtcntt, null)),
            RecordHandling => await IncomingAsync("312/VNPT-TVH-KTĐT", (id, version) =>
                new RecordIncomingHandlingCommand(id, version, HandlingStep.Start, null)),
            CreateDraft => ADraftOf(bcvtcntt).Build(),
            UpdateDraft => EditOf(await portal.OutgoingAsync(await portal.OutgoingIdAsync("V/v cung cấp thông tin phục vụ Bản tin cảnh báo lừa đảo trên Cổng thông tin điện tử"))),
            Submit => await OutgoingAsync(OutgoingStatus.Draft, (id, version) => new SubmitOutgoingDocumentCommand(id, version)),
            Return => await OutgoingAsync(OutgoingStatus.Submitted, (id, version) => new ReturnOutgoingDocumentCommand(id, version, "Bổ sung căn cứ.")),
            Approve => await OutgoingAsync(OutgoingStatus.Submitted, (id, version) => new ApproveOutgoingDocumentCommand(id, version)),
            Issue => await OutgoingAsync(OutgoingStatus.Approved, (id, version) => new IssueOutgoingDocumentCommand(id, version)),
            ListIncoming => new ListIncomingDocumentsQuery(),
            GetIncoming => new GetIncomingDocumentQuery(await portal.IncomingIdAsync(DocumentFixtureExtensions.PoliceDispatch)),
            ListOutgoing => new ListOutgoingDocumentsQuery(),
            GetOutgoing => new GetOutgoingDocumentQuery(await portal.AntiFraudDispatchIdAsync()),
            CountNotifications => new CountMyUnreadNotificationsQuery(),
            _ => throw new ArgumentOutOfRangeException(nameof(message), message, null),
        };
    }

    private Task<IMessage> IncomingAsync(string numberSymbol, Func<Guid, Guid, IMessage> create) =>
        portal.ExecuteDbContextAsync(async db =>
        {
            var row = await db.IncomingDocuments.Where(d => d.NumberSymbol == numberSymbol).Select(d => new { d.Id, d.Version }).SingleAsync();
            return create(row.Id, row.Version);
        });

    private Task<IMessage> OutgoingAsync(OutgoingStatus status, Func<Guid, Guid, IMessage> create) =>
        portal.ExecuteDbContextAsync(async db =>
        {
            var row = await db.OutgoingDocuments.Where(d => d.Status == status).OrderBy(d => d.Id).Select(d => new { d.Id, d.Version }).FirstAsync();
            return create(row.Id, row.Version);
        });
}
