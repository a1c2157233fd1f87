using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SoTTTT.Portal.Web.Components.Shared;

namespace SoTTTT.Portal.Web.Tests.Exports;

/// <summary>The download button: progress while the file is prepared and received, refusals in Vietnamese.</summary>
public sealed class ExportButtonTests : PortalComponentContext
{
    private const string Url = "/xuat/nhiem-vu";

    private IRenderedComponent<ExportButton> RenderButton() =>
        Render<ExportButton>(p => p.Add(b => b.Href, Url).Add(b => b.Text, "Xuất Excel").Add(b => b.TestId, "export"));

    [Fact]
    public void While_the_file_is_prepared_the_button_is_busy_and_says_so_then_returns_to_normal()
    {
        var module = JSInterop.SetupModule("./js/exports.js");
        var download = module.Setup<ExportButton.DownloadResult>("download", call => Equals(call.Arguments[0], Url));
        var button = RenderButton();

        button.Find("button").Click();

        Assert.True(button.Find("button").HasAttribute("disabled"));
        Assert.Contains("Đang tạo tệp…", button.Find("[data-testid=export-progress]").TextContent, StringComparison.Ordinal);

        download.SetResult(new ExportButton.DownloadResult(true, 200, ""));

        button.WaitForAssertion(() => Assert.Empty(button.FindAll("[data-testid=export-progress]")));
        Assert.False(button.Find("button").HasAttribute("disabled"));
    }

    [Fact]
    public void Received_bytes_show_as_a_percentage()
    {
        var module = JSInterop.SetupModule("./js/exports.js");
        module.Setup<ExportButton.DownloadResult>("download", _ => true);
        var button = RenderButton();
        button.Find("button").Click();

        button.InvokeAsync(() => button.Instance.OnProgress(512, 1024));

        Assert.Contains("Đang tải xuống 50%", button.Find("[data-testid=export-progress]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_is_shown_with_the_servers_Vietnamese_reason_or_a_generic_one()
    {
        var module = JSInterop.SetupModule("./js/exports.js");
        var download = module.Setup<ExportButton.DownloadResult>("download", _ => true);
        var snackbar = Services.GetRequiredService<ISnackbar>();
        var button = RenderButton();

        button.Find("button").Click();
        download.SetResult(new ExportButton.DownloadResult(false, 400, "Ngày bắt đầu phải trước ngày kết thúc."));
        button.WaitForAssertion(() => Assert.Single(snackbar.ShownSnackbars));

        Assert.Equal("Ngày bắt đầu phải trước ngày kết thúc.", snackbar.ShownSnackbars.Single().Message);
    }

    [Fact]
    public void A_forbidden_download_reads_as_not_allowed()
    {
        var module = JSInterop.SetupModule("./js/exports.js");
        var download = module.Setup<ExportButton.DownloadResult>("download", _ => true);
        var snackbar = Services.GetRequiredService<ISnackbar>();
        var button = RenderButton();

        button.Find("button").Click();
        download.SetResult(new ExportButton.DownloadResult(false, 403, ""));
        button.WaitForAssertion(() => Assert.Single(snackbar.ShownSnackbars));

        Assert.Equal("Bạn không có quyền thực hiện thao tác này.", snackbar.ShownSnackbars.Single().Message);
    }
}
