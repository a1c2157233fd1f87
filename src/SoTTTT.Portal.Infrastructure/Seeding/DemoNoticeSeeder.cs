using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Notices;
using SoTTTT.Portal.Infrastructure.Persistence;

namespace SoTTTT.Portal.Infrastructure.Seeding;

/// <summary>
/// Publishes the founding case's warnings for citizens (DemoNotices) from the issued anti-fraud
/// dispatch, as the clerk did at 9 o'clock on each date. Skipped when the first of them exists.
/// </summary>
internal sealed class DemoNoticeSeeder(PortalDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var first = DemoNotices.All[0].Title;
        if (await db.PublicNotices.AnyAsync(n => n.Title == first, cancellationToken))
            return;
        var dispatchId = await db.OutgoingDocuments
            .Where(d => d.Summary == DemoDocuments.AntiFraudSummary && d.Status == OutgoingStatus.Issued)
            .Select(d => (Guid?)d.Id).SingleOrDefaultAsync(cancellationToken);
        if (dispatchId is null)
            return;
        var clerkId = await db.Users.Where(u => u.UserName == "vanthu").Select(u => u.Id).SingleAsync(cancellationToken);
        foreach (var seed in DemoNotices.All)
        {
            db.PublicNotices.Add(PublicNotice.Publish(dispatchId.Value, seed.Title, seed.Summary, seed.Body, clerkId, DemoClock.At(seed.Published, 9)));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
