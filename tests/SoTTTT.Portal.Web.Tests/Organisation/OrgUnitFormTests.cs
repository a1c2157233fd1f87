using Bunit;
using SoTTTT.Portal.Web.Components.Pages.Directory;
using SoTTTT.Portal.Web.Components.Shared;

namespace SoTTTT.Portal.Web.Tests.Organisation;

public sealed class OrgUnitFormTests : PortalComponentContext
{
    public OrgUnitFormTests() => RenderPopoverProvider();

    [Fact]
    public void The_form_speaks_Vietnamese_by_default()
    {
        var form = Render<OrgUnitForm>(ps => ps
            .Add(p => p.Model, new OrgUnitFormModel())
            .Add(p => p.Errors, new FieldErrors()));

        Assert.Contains("Mã đơn vị", form.Markup, StringComparison.Ordinal);
        Assert.Contains("Tên đầy đủ", form.Markup, StringComparison.Ordinal);
        Assert.Contains("Lưu", form.Find("[data-testid=save-unit]").TextContent, StringComparison.Ordinal);
    }
}

public sealed class OrgUnitFormInEnglishTests : PortalComponentContext
{
    public OrgUnitFormInEnglishTests() : base("en-US") => RenderPopoverProvider();

    [Fact]
    public void The_form_speaks_English_when_the_user_chose_it()
    {
        var form = Render<OrgUnitForm>(ps => ps
            .Add(p => p.Model, new OrgUnitFormModel())
            .Add(p => p.Errors, new FieldErrors()));

        Assert.Contains("Unit code", form.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Mã đơn vị", form.Markup, StringComparison.Ordinal);
        Assert.Contains("Save", form.Find("[data-testid=save-unit]").TextContent, StringComparison.Ordinal);
    }
}
