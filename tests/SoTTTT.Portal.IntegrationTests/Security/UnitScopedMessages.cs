using Mediator;
using SoTTTT.Portal.Core.Features.Dashboards;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>
/// Messages a unit reporter may send, but only about its own unit: each is sent by the VNPT reporter with
/// another unit's id, and must answer "not found" (or "forbidden") and write nothing.
/// </summary>
public static class UnitScopedMessages
{
    public sealed record Case(string Name, Func<DemoTargets, DateOnly, IMessage> Message);

    public static IReadOnlyList<Case> OtherUnitsData { get; } =
    [
        new("Viettel's unit", (t, _) => new GetOrgUnitQuery(t.ViettelUnit)),
        new("Viettel's unit record", (t, _) => new GetUnitRecordQuery(t.ViettelUnit)),
        new("Viettel's report history", (t, _) => new ListUnitReportsQuery(t.ViettelUnit)),
        new("Viettel's report history, exported", (t, _) => new ExportUnitReportHistoryQuery(t.ViettelUnit)),
        new("another unit's assignment", (t, _) => new GetAssignmentQuery(t.OtherUnitAssignment)),
        new("acknowledging another unit's assignment", (t, _) => new AcknowledgeAssignmentCommand(t.OtherUnitAssignment)),
        new("reporting on another unit's assignment", (t, today) => new SubmitProgressReportCommand(
            t.OtherUnitAssignment, today.AddDays(-7), today, "Đã triển khai nhắn tin cảnh báo đến thuê bao.", 50, [], null, false)),
        new("extending another unit's assignment", (t, today) => new RequestExtensionCommand(
            t.OtherUnitAssignment, today.AddDays(30), "Cần thêm thời gian để tổng hợp số liệu.")),
        new("a draft not sent to the unit", (t, _) => new GetOutgoingDocumentQuery(t.DraftOutgoing)),
        new("a draft not sent to the unit, exported", (t, _) => new ExportOutgoingDocumentQuery(t.DraftOutgoing)),
    ];
}
