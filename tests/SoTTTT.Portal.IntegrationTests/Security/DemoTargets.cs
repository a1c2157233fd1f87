using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Notices;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>
/// Real ids from the demo data to fill route parameters with: for unit-scoped targets, one that belongs to
/// VNPT Trà Vinh (the unit reporter's own unit) and one that belongs to another unit (Viettel Trà Vinh for
/// the unit itself; the demo gives Viettel no assignment, so another assignee's assignment).
/// </summary>
public sealed record DemoTargets(
    Guid VnptUnit,
    Guid ViettelUnit,
    Guid Group,
    Guid IncomingDocument,
    Guid DirectiveDocument,
    Guid Task,
    Guid VnptAssignment,
    Guid OtherUnitAssignment,
    Guid IssuedOutgoing,
    Guid DraftOutgoing,
    Guid Notice)
{
    /// <summary>The demo data has no public notice; the clerk publishes one from the anti-fraud dispatch.</summary>
    public static async Task<DemoTargets> LoadAsync(SliceFixture portal)
    {
        var notice = await portal.SendAsync(new PublishNoticeCommand(await portal.AntiFraudDispatchIdAsync(),
            "Cảnh giác với cuộc gọi giả danh nhà mạng", "Không cung cấp mã OTP cho người lạ.",
            "Nhà mạng không bao giờ gọi điện yêu cầu khách hàng đọc mã OTP."), DemoUsers.Clerk);
        return await portal.ExecuteDbContextAsync(async db =>
        {
            var vnpt = await db.OrgUnits.Where(u => u.Code == "VNPTTV").Select(u => u.Id).SingleAsync();
            var viettel = await db.OrgUnits.Where(u => u.Code == "VIETTELTV").Select(u => u.Id).SingleAsync();
            var own = await db.Assignments.Where(a => a.UnitId == vnpt).OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.TaskId, a.DocumentId }).FirstAsync();
            var other = await db.Assignments.Where(a => a.UnitId != vnpt).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            var group = await db.UnitGroups.OrderBy(g => g.Code).Select(g => g.Id).FirstAsync();
            var incoming = await db.IncomingDocuments.Where(d => d.NumberSymbol == DocumentFixtureExtensions.PoliceDispatch).Select(d => d.Id).SingleAsync();
            var issued = await db.OutgoingDocuments.Where(d => d.Summary == DocumentFixtureExtensions.AntiFraudSummary).Select(d => d.Id).SingleAsync();
            var draft = await db.OutgoingDocuments.Where(d => d.Status == OutgoingStatus.Draft || d.Status == OutgoingStatus.Returned)
                .OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
            return new DemoTargets(vnpt, viettel, group, incoming, own.DocumentId, own.TaskId, own.Id, other, issued, draft, notice);
        });
    }
}
