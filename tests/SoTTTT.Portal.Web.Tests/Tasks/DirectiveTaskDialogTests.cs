using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Web.Components.Pages.Tasks;

namespace SoTTTT.Portal.Web.Tests.Tasks;

public sealed class DirectiveTaskDialogTests : PortalComponentContext
{
    private static readonly Guid DocumentId = Guid.NewGuid();
    private static readonly AssigneeOption TelecomGroup = new(Guid.NewGuid(), true, "Các doanh nghiệp viễn thông trên địa bàn tỉnh", "dnvt cac doanh nghiep vien thong tren dia ban tinh");

    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    public DirectiveTaskDialogTests()
    {
        _popovers = Render<MudPopoverProvider>();
        Auth.SetAuthorized("chuyenvien");
        Auth.SetRoles(PortalRoles.Specialist);
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync()
    {
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<DirectiveTaskDialog>
        {
            { d => d.DocumentId, DocumentId },
            { d => d.Sections, [new DocumentSection(1, "Đối với các doanh nghiệp viễn thông", "Nhắn tin cảnh báo."), new DocumentSection(2, null, "Tuyên truyền.")] },
            { d => d.Options, [TelecomGroup] },
        };
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<DirectiveTaskDialog>("", parameters));
        return provider;
    }

    private async Task ChooseKindAsync(IRenderedComponent<MudDialogProvider> dialog, string kindName)
    {
        await dialog.Find("[data-testid=task-deadline-kind]").Closest(".mud-input-control")!.MouseDownAsync(new());
        var item = _popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == kindName);
        await item.ClickAsync(new());
    }

    [Fact]
    public async Task The_servers_error_on_the_title_shows_under_the_title_field()
    {
        Sender.Reply<AddDirectiveTaskCommand>(_ => throw new InputValidationException(new Dictionary<string, string[]>
        {
            ["Title"] = ["Hãy ghi tên nhiệm vụ."],
        }));
        var dialog = await OpenAsync();

        await dialog.Find("form#directive-task-form").SubmitAsync();

        var sent = Assert.Single(Sender.Sent.OfType<AddDirectiveTaskCommand>());
        Assert.Equal(DocumentId, sent.DocumentId);
        Assert.Equal(1, sent.SectionNumber);
        dialog.WaitForAssertion(() => Assert.Contains("Hãy ghi tên nhiệm vụ.",
            dialog.Find("input[data-testid=task-title]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Hãy ghi tên nhiệm vụ.", dialog.Find("[data-testid=deadline-fields]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_deadline_fields_follow_the_kind_of_deadline()
    {
        var dialog = await OpenAsync();
        Assert.NotEmpty(dialog.FindAll("[data-testid=deadline-fields] [data-testid=task-due-date]"));

        await ChooseKindAsync(dialog, "Số ngày làm việc kể từ ngày phát hành");
        dialog.WaitForAssertion(() => Assert.NotEmpty(dialog.FindAll("[data-testid=deadline-fields] [data-testid=task-working-days]")));
        Assert.Empty(dialog.FindAll("[data-testid=deadline-fields] [data-testid=task-due-date]"));

        await ChooseKindAsync(dialog, "Báo cáo hằng tuần");
        dialog.WaitForAssertion(() => Assert.NotEmpty(dialog.FindAll("[data-testid=deadline-fields] [data-testid=task-weekday]")));

        await ChooseKindAsync(dialog, "Báo cáo hằng quý");
        dialog.WaitForAssertion(() => Assert.Contains("Ngày chốt báo cáo (tháng cuối quý)", dialog.Find("[data-testid=deadline-fields]").TextContent, StringComparison.Ordinal));

        await ChooseKindAsync(dialog, "Không thời hạn");
        dialog.WaitForAssertion(() => Assert.Empty(dialog.FindAll("[data-testid=deadline-fields] input")));
    }
}
