using Bunit;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Dashboards;
using SoTTTT.Portal.Web.Components.Pages.Dashboards;

namespace SoTTTT.Portal.Web.Tests.Dashboards;

public sealed class ComplianceMatrixTableTests : PortalComponentContext
{
    [Fact]
    public void Each_cell_links_to_its_assignment_and_shows_its_status()
    {
        var task = new MatrixTask(Guid.NewGuid(), 1, "Nhắn tin cảnh báo", null);
        var vnpt = new MatrixUnit(Guid.NewGuid(), "VNPT", OrgUnitKind.TelecomEnterprise);
        var viettel = new MatrixUnit(Guid.NewGuid(), "Viettel", OrgUnitKind.TelecomEnterprise);
        var late = Guid.NewGuid();
        var open = Guid.NewGuid();
        var matrix = new ComplianceMatrix(Guid.NewGuid(), "4/STTTT-BCVTCNTT", null, "V/v", [task], [vnpt, viettel],
        [
            new MatrixCell(late, task.Id, vnpt.Id, AssignmentRole.Lead, ComplianceStatus.CompletedLate, false, null, new DateOnly(2026, 4, 2)),
            new MatrixCell(open, task.Id, viettel.Id, AssignmentRole.Lead, ComplianceStatus.OpenOverdue, false, null, null),
        ]);

        var cut = Render<ComplianceMatrixTable>(p => p.Add(c => c.Matrix, matrix));

        var cells = cut.FindAll("[data-testid=matrix-cell]");
        Assert.Equal(2, cells.Count);
        Assert.Equal($"/nhiem-vu/{late}", cells[0].GetAttribute("href"));
        Assert.Equal("CompletedLate", cells[0].GetAttribute("data-status"));
        Assert.Equal($"/nhiem-vu/{open}", cells[1].GetAttribute("href"));
        Assert.Contains("02/04/2026", cut.Markup);
    }
}
