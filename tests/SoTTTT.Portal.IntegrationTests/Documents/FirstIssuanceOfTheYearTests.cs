using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.OutgoingDraftCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Documents;

/// <summary>
/// The year's first issuance creates the year's register counter. The demo has numbers of 2022
/// only, so in this class's fresh database the current year has no counter yet: one test only.
/// </summary>
public sealed class FirstIssuanceOfTheYearTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task Stale_first_issuance_of_the_year_is_a_conflict_and_the_next_one_still_gets_number_one()
    {
        var year = portal.Today().Year;
        Assert.False(await portal.HasCounterAsync(RegisterKind.Outgoing, year));
        var approved = await portal.ApprovedAsync(ADraftOf(await portal.UnitIdAsync("BCVTCNTT")));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            portal.SendAsync(new IssueOutgoingDocumentCommand(approved.Id, Guid.NewGuid()), asUser: DemoUsers.Clerk));

        Assert.False(await portal.HasCounterAsync(RegisterKind.Outgoing, year));
        var issued = await portal.SendAsync(new IssueOutgoingDocumentCommand(approved.Id, approved.Version), asUser: DemoUsers.Clerk);
        Assert.Equal(1, issued.Number);
        Assert.Equal("1/STTTT-BCVTCNTT", issued.NumberAndSymbol);
    }
}
