using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Notices;
using SoTTTT.Portal.Web.Components.Pages.Notices;

namespace SoTTTT.Portal.Web.Tests.Notices;

public sealed class NoticeEditorDialogTests : PortalComponentContext
{
    private static readonly Guid DocumentId = Guid.NewGuid();

    public NoticeEditorDialogTests()
    {
        Render<MudPopoverProvider>();
        Auth.SetAuthorized("vanthu");
        Auth.SetRoles(PortalRoles.Clerk);
        Sender.Reply<GetNoticeDraftQuery>(q => new NoticeDraft(q.DocumentId, "999/STTTT-BCVTCNTT",
            "Tăng cường phòng, chống lừa đảo", "", "Thực hiện Công văn của Công an tỉnh.\nTuyên truyền để người dân cảnh giác."));
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync()
    {
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<NoticeEditorDialog> { { d => d.DocumentId, DocumentId } };
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<NoticeEditorDialog>("", parameters));
        return provider;
    }

    [Fact]
    public async Task The_dialog_is_filled_from_the_documents_draft_and_publishes_what_the_clerk_wrote()
    {
        Sender.Reply<PublishNoticeCommand>(_ => Guid.NewGuid());
        var dialog = await OpenAsync();

        dialog.WaitForAssertion(() => Assert.Equal("Tăng cường phòng, chống lừa đảo", dialog.Find("input[data-testid=notice-title]").GetAttribute("value")));
        Assert.Contains("999/STTTT-BCVTCNTT", dialog.Markup, StringComparison.Ordinal);
        await dialog.Find("textarea[data-testid=notice-summary]").ChangeAsync(new() { Value = "Không chuyển tiền cho người lạ." });
        await dialog.Find("[data-testid=confirm-notice]").ClickAsync(new());

        var sent = Assert.Single(Sender.Sent.OfType<PublishNoticeCommand>());
        Assert.Equal(DocumentId, sent.DocumentId);
        Assert.Equal("Tăng cường phòng, chống lừa đảo", sent.Title);
        Assert.Equal("Không chuyển tiền cho người lạ.", sent.Summary);
        Assert.StartsWith("Thực hiện Công văn", sent.Body, StringComparison.Ordinal);
        dialog.WaitForAssertion(() => Assert.Empty(dialog.FindAll("[data-testid=confirm-notice]")));
    }

    [Fact]
    public async Task A_refused_summary_shows_its_message_under_the_summary_and_the_dialog_stays_open()
    {
        Sender.Reply<PublishNoticeCommand>(_ => throw new InputValidationException(new Dictionary<string, string[]>
        {
            ["Summary"] = ["Hãy ghi tóm tắt thông báo."],
        }));
        var dialog = await OpenAsync();
        dialog.WaitForAssertion(() => Assert.NotEmpty(dialog.FindAll("[data-testid=confirm-notice]")));

        await dialog.Find("[data-testid=confirm-notice]").ClickAsync(new());

        dialog.WaitForAssertion(() => Assert.Contains("Hãy ghi tóm tắt thông báo.",
            dialog.Find("textarea[data-testid=notice-summary]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Hãy ghi tóm tắt thông báo.",
            dialog.Find("input[data-testid=notice-title]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(dialog.FindAll("[data-testid=confirm-notice]"));
    }

    [Fact]
    public async Task A_document_that_is_not_issued_shows_why_and_offers_nothing_to_publish()
    {
        Sender.Reply<GetNoticeDraftQuery>(_ => throw new DomainRuleException(NoticeRules.OnlyIssuedDocument, "DocumentId"));

        var dialog = await OpenAsync();

        dialog.WaitForAssertion(() => Assert.True(dialog.Find("[data-testid=confirm-notice]").HasAttribute("disabled")));
        Assert.Empty(Sender.Sent.OfType<PublishNoticeCommand>());
    }
}
