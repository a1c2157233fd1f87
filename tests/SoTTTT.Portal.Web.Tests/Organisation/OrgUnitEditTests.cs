using Bunit;
using Microsoft.AspNetCore.Components;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Web.Components.Pages.Directory;

namespace SoTTTT.Portal.Web.Tests.Organisation;

public sealed class OrgUnitEditTests : PortalComponentContext
{
    private static readonly UnitOption Police = new(Guid.NewGuid(), "CAT", "Công an tỉnh", "Công an tỉnh Trà Vinh", OrgUnitKind.ExternalAgency);

    public OrgUnitEditTests()
    {
        RenderPopoverProvider();
        Sender.Reply<ListUnitOptionsQuery>(_ => new List<UnitOption> { Police });
    }

    [Fact]
    public void Server_validation_errors_show_in_Vietnamese_under_their_fields()
    {
        Sender.Reply<CreateOrgUnitCommand>(_ => throw new InputValidationException(new Dictionary<string, string[]>
        {
            ["Code"] = ["Mã đơn vị này đã được dùng cho một đơn vị khác."],
            ["FullName"] = ["Tên đầy đủ không được để trống."],
        }));
        var page = Render<OrgUnitEdit>();

        page.Find("input[data-testid=unit-code]").Change("VNPTTV");
        page.Find("form").Submit();

        var codeField = page.Find("input[data-testid=unit-code]");
        Assert.Contains("Mã đơn vị này đã được dùng cho một đơn vị khác.", codeField.Closest(".mud-input-control")!.TextContent);
        var nameField = page.Find("input[data-testid=unit-full-name]");
        Assert.Contains("Tên đầy đủ không được để trống.", nameField.Closest(".mud-input-control")!.TextContent);
        var sent = Assert.Single(Sender.Sent.OfType<CreateOrgUnitCommand>());
        Assert.Equal("VNPTTV", sent.Code);
    }

    [Fact]
    public void A_saved_unit_opens_its_page()
    {
        var id = Guid.NewGuid();
        Sender.Reply<CreateOrgUnitCommand>(_ => id);
        var page = Render<OrgUnitEdit>();

        page.Find("input[data-testid=unit-code]").Change("VNPTTV");
        page.Find("input[data-testid=unit-full-name]").Change("Viễn thông Trà Vinh");
        page.Find("form").Submit();

        var navigation = Services.GetRequiredService<NavigationManager>();
        Assert.EndsWith($"/don-vi/{id}", navigation.Uri, StringComparison.Ordinal);
        Assert.Empty(page.FindAll(".mud-input-error"));
    }

    [Fact]
    public void A_rule_broken_in_the_domain_shows_under_the_field_it_names()
    {
        var unitId = Guid.NewGuid();
        Sender.Reply<GetOrgUnitQuery>(_ => new OrgUnitView(unitId, Guid.NewGuid(), "CAT", "Công an tỉnh Trà Vinh", "Công an tỉnh",
            OrgUnitKind.ExternalAgency, false, null, null, null, null, null, null, null, null, null, []));
        Sender.Reply<UpdateOrgUnitCommand>(_ => throw new Core.Domain.DomainRuleException("Đơn vị không thể là đơn vị cấp trên của chính nó.", "ParentId"));
        var page = Render<OrgUnitEdit>(ps => ps.Add(p => p.Id, unitId));

        page.Find("form").Submit();

        Assert.Contains("Đơn vị không thể là đơn vị cấp trên của chính nó.", page.Markup, StringComparison.Ordinal);
    }
}
