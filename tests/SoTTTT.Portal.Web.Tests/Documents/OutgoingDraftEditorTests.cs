using Bunit;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Core.Features.Users;
using SoTTTT.Portal.Web.Components.Pages.Documents;

namespace SoTTTT.Portal.Web.Tests.Documents;

public sealed class OutgoingDraftEditorTests : PortalComponentContext
{
    private static readonly UnitOption Division = new(Guid.NewGuid(), "BCVTCNTT", "Phòng BCVT-CNTT", "Phòng Bưu chính, Viễn thông và Công nghệ thông tin", OrgUnitKind.Division);

    public OutgoingDraftEditorTests()
    {
        Services.Configure<Core.Common.IssuingBodyOptions>(o => o.PlaceName = "Trà Vinh");
        RenderPopoverProvider();
        Auth.SetAuthorized("chuyenvien");
        Auth.SetRoles(PortalRoles.Specialist);
        Auth.SetClaims(new System.Security.Claims.Claim(Infrastructure.Identity.PortalClaimTypes.UnitId, Division.Id.ToString()));
        Sender.Reply<ListUnitOptionsQuery>(_ => new List<UnitOption> { Division });
        Sender.Reply<ListUnitGroupsQuery>(_ => new PagedResult<UnitGroupListItem>([], 0, 1, 200));
        Sender.Reply<ListUsersInRoleQuery>(_ => new List<PortalUserSummary>
        {
            new("leader-1", "lanhdao", "Bùi Thống Nhứt", "Phó Giám đốc", null, [PortalRoles.Leader]),
        });
        Sender.Reply<ListIncomingDocumentsQuery>(_ => new PagedResult<IncomingListItem>([], 0, 1, 100));
    }

    [Fact]
    public void A_new_draft_starts_from_the_users_division_and_the_lines_every_dispatch_needs()
    {
        Sender.Reply<CreateOutgoingDraftCommand>(_ => Guid.NewGuid());
        var editor = Render<OutgoingDraftEditor>();

        editor.Find("form").Submit();

        var sent = Assert.Single(Sender.Sent.OfType<CreateOutgoingDraftCommand>());
        Assert.Equal(Division.Id, sent.DraftingUnitId);
        Assert.Equal("Trà Vinh", sent.Place);
        Assert.StartsWith("V/v", sent.Summary, StringComparison.Ordinal);
        Assert.Collection(sent.Distribution,
            line => Assert.Equal(Core.Domain.Documents.DistributionPurpose.AsAbove, line.Purpose),
            line => Assert.Equal("VT, BCVTCNTT", line.Text));
    }

    [Fact]
    public void The_servers_Vietnamese_errors_show_under_the_summary_and_the_section()
    {
        Sender.Reply<CreateOutgoingDraftCommand>(_ => throw new InputValidationException(new Dictionary<string, string[]>
        {
            ["Summary"] = ["Hãy nhập trích yếu nội dung."],
            ["Sections[0].Body"] = ["Nội dung của mục không được để trống."],
        }));
        var editor = Render<OutgoingDraftEditor>();

        editor.Find("form").Submit();

        Assert.Contains("Hãy nhập trích yếu nội dung.", editor.Find("input[data-testid=draft-summary]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nội dung của mục không được để trống.", editor.Find("[data-testid=section-0]").TextContent, StringComparison.Ordinal);
    }
}
