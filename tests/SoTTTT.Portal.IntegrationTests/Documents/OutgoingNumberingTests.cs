using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.OutgoingDraftCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Documents;

/// <summary>
/// Issue 3, registers: the outgoing number is the next of the year's register, never reused, never
/// duplicated, also when many clerks issue at the same moment.
/// </summary>
public sealed class OutgoingNumberingTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task Fifty_concurrent_issuances_get_fifty_distinct_consecutive_numbers()
    {
        var approved = await ApprovedDocumentsAsync(50);
        var year = portal.Today().Year;
        var before = await portal.LastNumberAsync(RegisterKind.Outgoing, year);

        var issued = await Task.WhenAll(approved.Select(d =>
            portal.SendAsync(new IssueOutgoingDocumentCommand(d.Id, d.Version), asUser: DemoUsers.Clerk)));

        var numbers = issued.Select(i => i.Number).Order().ToList();
        Assert.Equal(Enumerable.Range(before + 1, 50), numbers);
        Assert.Equal(numbers.Max(), await portal.LastNumberAsync(RegisterKind.Outgoing, year));
        var stored = await portal.ExecuteDbContextAsync(db => db.OutgoingDocuments
            .Where(d => d.Year == year && d.Number > before).Select(d => new { d.Id, d.Number, d.Status }).ToListAsync());
        Assert.Equal(approved.Select(d => d.Id).Order(), stored.Select(d => d.Id).Order());
        Assert.All(stored, d => Assert.Equal(OutgoingStatus.Issued, d.Status));
        Assert.Equal(numbers, stored.Select(d => d.Number!.Value).Order());
    }

    [Fact]
    public async Task Issuance_that_fails_gives_its_number_back()
    {
        await EnsureTheYearHasAnIssuedNumberAsync();
        var year = portal.Today().Year;
        var document = (await ApprovedDocumentsAsync(1))[0];
        var before = await portal.LastNumberAsync(RegisterKind.Outgoing, year);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            portal.SendAsync(new IssueOutgoingDocumentCommand(document.Id, Guid.NewGuid()), asUser: DemoUsers.Clerk));

        Assert.Equal(before, await portal.LastNumberAsync(RegisterKind.Outgoing, year));
        var unissued = await portal.OutgoingAsync(document.Id);
        Assert.Equal(OutgoingStatus.Approved, unissued.Status);
        Assert.Null(unissued.Number);

        var issued = await portal.SendAsync(new IssueOutgoingDocumentCommand(document.Id, document.Version), asUser: DemoUsers.Clerk);
        Assert.Equal(before + 1, issued.Number);
    }

    [Fact]
    public async Task Refused_issuance_of_a_document_not_approved_takes_no_number()
    {
        await EnsureTheYearHasAnIssuedNumberAsync();
        var year = portal.Today().Year;
        var draft = await portal.DraftAsync(ADraftOf(await portal.UnitIdAsync("BCVTCNTT")));
        var before = await portal.LastNumberAsync(RegisterKind.Outgoing, year);

        await Assert.ThrowsAsync<Core.Domain.DomainRuleException>(() =>
            portal.SendAsync(new IssueOutgoingDocumentCommand(draft.Id, draft.Version), asUser: DemoUsers.Clerk));

        Assert.Equal(before, await portal.LastNumberAsync(RegisterKind.Outgoing, year));
    }

    [Fact]
    public async Task Numbers_of_the_current_year_do_not_continue_the_2022_register()
    {
        var (_, issued) = await portal.IssuedAsync(ADraftOf(await portal.UnitIdAsync("BCVTCNTT")));

        Assert.Equal(4, await portal.LastNumberAsync(RegisterKind.Outgoing, 2022));
        Assert.Equal(portal.Today().Year, issued.IssuedOn.Year);
        Assert.Equal(issued.Number, await portal.LastNumberAsync(RegisterKind.Outgoing, portal.Today().Year));
    }

    private async Task EnsureTheYearHasAnIssuedNumberAsync()
    {
        if (!await portal.HasCounterAsync(RegisterKind.Outgoing, portal.Today().Year))
            await portal.IssuedAsync(ADraftOf(await portal.UnitIdAsync("BCVTCNTT")));
    }

    /// <summary>Approved documents written straight into the database, as if drafted, submitted and approved.</summary>
    private async Task<List<(Guid Id, Guid Version)>> ApprovedDocumentsAsync(int count)
    {
        var author = await portal.UserIdAsync(DemoUsers.Specialist);
        var unit = await portal.UnitIdAsync("BCVTCNTT");
        return await portal.ExecuteDbContextAsync(async db =>
        {
            var documents = Enumerable.Range(1, count).Select(i =>
            {
                var command = ADraftOf(unit).WithSummary($"V/v cảnh báo thủ đoạn lừa đảo mới, bản tin số {i}").Build();
                var document = OutgoingDocument.Draft(author, "STTTT", new OutgoingDraft(command.Type, unit, "BCVTCNTT", command.Place, command.Summary,
                    command.Addressees, command.Preamble, command.Sections, command.Closing, command.SignerUserId, command.SignerName,
                    command.Authority, command.HeadTitle, command.SignerTitle, command.Distribution, command.CitedIncomingIds));
                document.Submit();
                document.Approve();
                return document;
            }).ToList();
            db.OutgoingDocuments.AddRange(documents);
            await db.SaveChangesAsync();
            return documents.Select(d => (d.Id, d.Version)).ToList();
        });
    }
}
