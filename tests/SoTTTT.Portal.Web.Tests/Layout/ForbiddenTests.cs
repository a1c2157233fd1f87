using Bunit;
using SoTTTT.Portal.Web.Components.Pages;

namespace SoTTTT.Portal.Web.Tests.Layout;

public sealed class ForbiddenTests : PortalComponentContext
{
    [Fact]
    public void The_403_page_says_in_Vietnamese_that_access_is_denied_and_links_to_the_start_page()
    {
        var page = Render<Forbidden>();

        Assert.Equal("Không có quyền truy cập", page.Find("h1").TextContent.Trim());
        Assert.Contains("Tài khoản của bạn không được phép mở trang này.", page.Markup, StringComparison.Ordinal);
        Assert.Equal("/", page.Find("a[href='/']").GetAttribute("href"));
    }
}
