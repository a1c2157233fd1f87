using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Infrastructure.Persistence;
using static SoTTTT.Portal.Infrastructure.Seeding.DemoClock;

namespace SoTTTT.Portal.Infrastructure.Seeding;

/// <summary>
/// Seeds the founding case's documents with their registers and histories, as if the clerk,
/// the leader and the specialists had worked through spring 2022. Skipped when 716/CAT-PC02 exists.
/// </summary>
internal sealed class DemoDocumentSeeder(PortalDbContext db)
{
    private Dictionary<string, OrgUnit> _units = [];
    private Dictionary<string, Guid> _groups = [];
    private Dictionary<string, PortalUser> _users = [];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.IncomingDocuments.AnyAsync(d => d.NumberSymbol == DemoDocuments.PoliceDispatchNumber, cancellationToken))
            return;
        _units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
        _groups = await db.UnitGroups.ToDictionaryAsync(g => g.Code, g => g.Id, StringComparer.Ordinal, cancellationToken);
        _users = await db.Users.ToDictionaryAsync(u => u.UserName!, StringComparer.Ordinal, cancellationToken);

        var police = SeedIncoming();
        await SeedOutgoingAsync(police, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private IncomingDocument SeedIncoming()
    {
        var policeSeed = new DemoDocuments.IncomingSeed(new(2022, 4, 19), DemoDocuments.PoliceDispatchNumber, DocumentType.CongVan,
            "Công an tỉnh Trà Vinh", "CAT", new(2022, 4, 18),
            "V/v thông báo thủ đoạn đối tượng sử dụng mạng viễn thông, mạng xã hội để lừa đảo chiếm đoạt tài sản", Urgency.Urgent,
            IncomingStatus.InProgress,
            "Giao Phòng BCVT-CNTT chủ trì tham mưu văn bản chỉ đạo các doanh nghiệp viễn thông, Trung tâm VH-TT-TT cấp huyện, Phòng TT-BC-XB và Thanh tra Sở triển khai; trình trước ngày 20/4/2022.",
            "BCVTCNTT", 1);
        var seeds = DemoDocuments.OtherIncoming.Append(policeSeed).OrderBy(s => s.Received).ToList();
        IncomingDocument? police = null;
        var number = 0;
        foreach (var seed in seeds)
        {
            number++;
            var document = IncomingDocument.Register(number, new IncomingDocumentDetails(
                seed.Received, seed.NumberSymbol, seed.Type, seed.AgencyCode is null ? null : _units[seed.AgencyCode].Id, seed.Agency,
                seed.Issued, seed.Summary, seed.Urgency));
            db.IncomingDocuments.Add(document);
            Event(document.Id, seed.Received, 8, "vanthu", DocumentAction.Registered, $"Số đến {number}");
            if (seed.Reached != IncomingStatus.Registered)
            {
                document.SendForDirection(_users["lanhdao"].Id);
                Event(document.Id, seed.Received, 9, "vanthu", DocumentAction.SentForDirection);
            }
            if (seed.Reached >= IncomingStatus.Directed)
            {
                document.Direct(_users["lanhdao"].Id, At(seed.Received, 10), seed.Direction!, _units[seed.HandlingUnitCode!].Id,
                    seed.Received.AddDays(seed.DeadlineDays));
                Event(document.Id, seed.Received, 10, "lanhdao", DocumentAction.Directed, seed.Direction);
            }
            if (seed.Reached >= IncomingStatus.InProgress)
            {
                document.StartHandling();
                Event(document.Id, seed.Received, 14, HandlerOf(seed.HandlingUnitCode!), DocumentAction.HandlingStarted);
            }
            if (seed.Reached >= IncomingStatus.Handled)
            {
                document.MarkHandled("Đã tham mưu văn bản triển khai.");
                Event(document.Id, seed.Received.AddDays(seed.DeadlineDays - 1), 16, HandlerOf(seed.HandlingUnitCode!), DocumentAction.Handled, "Đã tham mưu văn bản triển khai.");
            }
            if (seed.Reached >= IncomingStatus.Filed)
            {
                document.File();
                Event(document.Id, seed.Received.AddDays(seed.DeadlineDays), 9, "vanthu", DocumentAction.Filed);
            }
            if (seed.NumberSymbol == DemoDocuments.PoliceDispatchNumber)
                police = document;
        }
        db.RegisterCounters.Add(new RegisterCounter(RegisterKind.Incoming, 2022, number));
        return police!;
    }

    private async Task SeedOutgoingAsync(IncomingDocument police, CancellationToken cancellationToken)
    {
        var antiFraud = new OutgoingDraft(DocumentType.CongVan, _units["BCVTCNTT"].Id, "BCVTCNTT", "Trà Vinh", DemoDocuments.AntiFraudSummary,
            [.. DemoDocuments.AntiFraudAddressees.Select(a => new RecipientDraft(a.Text, GroupId: _groups[a.GroupCode]))],
            DemoDocuments.AntiFraudPreamble, DemoDocuments.AntiFraudSections, DemoDocuments.AntiFraudClosing,
            _users["lanhdao"].Id, "Bùi Thống Nhứt", SigningAuthority.OnBehalfOf, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
            [.. DemoDocuments.AntiFraudDistribution.Select(d => new RecipientDraft(d.Text,
                d.UnitCode is null ? null : _units[d.UnitCode].Id, d.GroupCode is null ? null : _groups[d.GroupCode], d.Purpose))],
            [police.Id]);

        var drafts = new List<(OutgoingDraft Draft, OutgoingStatus Reached, DateOnly Drafted, string? ReturnReason)>
        {
            (antiFraud, OutgoingStatus.Issued, new(2022, 4, 19), null),
        };
        drafts.AddRange(DemoDocuments.OtherOutgoing.Select(seed => (new OutgoingDraft(seed.Type, _units[seed.DraftingUnitCode].Id, seed.DraftingUnitCode,
            "Trà Vinh", seed.Summary,
            [.. seed.AddresseeCodes.Select(code => new RecipientDraft(_units[code].FullName, _units[code].Id))],
            null, [new SectionDraft(null, seed.Body)], "Trân trọng./.",
            _users["lanhdao"].Id, "Bùi Thống Nhứt", SigningAuthority.OnBehalfOf, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
            [new RecipientDraft("", Purpose: DistributionPurpose.AsAbove), new RecipientDraft("Ban Giám đốc Sở", _units["BGD"].Id),
             new RecipientDraft($"VT, {seed.DraftingUnitCode}", Purpose: DistributionPurpose.Archive)], []),
            seed.Reached, seed.Drafted, seed.ReturnReason)));

        var number = 0;
        foreach (var (draft, reached, drafted, returnReason) in drafts.OrderBy(d => d.Drafted))
        {
            var author = draft.DraftingUnitCode == "TTBCXB" ? "chuyenvien.ttbcxb" : "chuyenvien";
            var document = OutgoingDocument.Draft(_users[author].Id, "STTTT", draft);
            db.OutgoingDocuments.Add(document);
            Event(document.Id, drafted, 8, author, DocumentAction.Drafted);
            if (reached == OutgoingStatus.Draft)
                continue;
            document.Submit();
            Event(document.Id, drafted, 11, author, DocumentAction.Submitted);
            if (reached == OutgoingStatus.Returned)
            {
                document.Return(returnReason!);
                Event(document.Id, drafted, 15, "lanhdao", DocumentAction.Returned, returnReason);
                continue;
            }
            if (reached == OutgoingStatus.Submitted)
                continue;
            document.Approve();
            Event(document.Id, drafted.AddDays(1), 8, "lanhdao", DocumentAction.Approved);
            if (reached == OutgoingStatus.Approved)
                continue;
            number++;
            var issuedOn = drafted.AddDays(1);
            document.Issue(number, issuedOn, _users["vanthu"].Id, At(issuedOn, 10),
                await OutgoingRecipients.UnitsReachedAsync(db, document, cancellationToken));
            Event(document.Id, issuedOn, 10, "vanthu", DocumentAction.Issued, document.NumberAndSymbol);
        }
        db.RegisterCounters.Add(new RegisterCounter(RegisterKind.Outgoing, 2022, number));
    }

    private static string HandlerOf(string unitCode) => unitCode == "TTBCXB" ? "chuyenvien.ttbcxb" : "chuyenvien";

    private void Event(Guid documentId, DateOnly day, int hour, string userName, DocumentAction action, string? note = null) =>
        db.DocumentEvents.Add(new DocumentEvent(documentId, At(day, hour), _users[userName].Id, _users[userName].FullName, action, note));
}
