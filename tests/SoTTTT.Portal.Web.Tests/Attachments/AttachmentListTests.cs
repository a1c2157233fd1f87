using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Attachments;
using SoTTTT.Portal.Core.Features.Attachments;
using SoTTTT.Portal.Web.Components.Shared;

namespace SoTTTT.Portal.Web.Tests.Attachments;

public sealed class AttachmentListTests : PortalComponentContext
{
    private static readonly Guid OwnerId = Guid.NewGuid();

    private static AttachmentInfo Attachment(string fileName, long size, bool canDelete = false) => new(
        Guid.NewGuid(), "IncomingDocument", OwnerId, fileName, FileKind.Pdf, "application/pdf", size, new string('0', 64),
        "user-1", new DateTime(2022, 4, 19, 1, 30, 0, DateTimeKind.Utc), null, canDelete);

    private IRenderedComponent<AttachmentList> RenderList(bool canAttach) =>
        Render<AttachmentList>(p => p
            .Add(c => c.OwnerType, "IncomingDocument")
            .Add(c => c.OwnerId, OwnerId)
            .Add(c => c.CanAttach, canAttach));

    [Fact]
    public void Each_attachment_is_a_download_link_with_its_size_and_time_in_Vietnam()
    {
        var scan = Attachment("Công văn 716-CAT-PC02.pdf", 1536 * 1024);
        Sender.Reply<ListAttachmentsQuery>(_ => new List<AttachmentInfo> { scan });

        var list = RenderList(canAttach: false);

        var link = list.Find($"a[href='/tep-dinh-kem/{scan.Id}']");
        Assert.Equal("Công văn 716-CAT-PC02.pdf", link.TextContent);
        Assert.True(link.HasAttribute("download"));
        Assert.Contains("1,5 MB", list.Markup, StringComparison.Ordinal);
        // 01:30 UTC is 08:30 in Hà Nội.
        Assert.Contains("08:30 19/04/2022", list.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_who_may_not_attach_sees_neither_upload_nor_delete()
    {
        Sender.Reply<ListAttachmentsQuery>(_ => new List<AttachmentInfo> { Attachment("a.pdf", 10, canDelete: true) });

        var list = RenderList(canAttach: false);

        Assert.Empty(list.FindComponents<AttachmentUpload>());
        Assert.Empty(list.FindAll("button[aria-label^='Xóa tệp']"));
    }

    [Fact]
    public void An_owner_without_attachments_says_so()
    {
        Sender.Reply<ListAttachmentsQuery>(_ => new List<AttachmentInfo>());

        var list = RenderList(canAttach: true);

        Assert.Contains("Chưa có tệp đính kèm.", list.Markup, StringComparison.Ordinal);
        Assert.Single(list.FindComponents<AttachmentUpload>());
    }

    [Fact]
    public void A_refused_file_shows_the_commands_Vietnamese_reason_next_to_its_name()
    {
        Sender.Reply<ListAttachmentsQuery>(_ => new List<AttachmentInfo>());
        Sender.Reply<UploadAttachmentCommand>(_ => throw new InputValidationException(new Dictionary<string, string[]>
        {
            ["Content"] = ["Chỉ chấp nhận tệp PDF, DOCX, XLSX, JPEG hoặc PNG."],
        }));
        var list = RenderList(canAttach: true);

        list.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary("MZ"u8.ToArray(), "bao-cao.pdf"));

        var refusals = list.WaitForElement("[data-testid=attachment-refusals]");
        Assert.Contains("bao-cao.pdf", refusals.TextContent, StringComparison.Ordinal);
        Assert.Contains("Chỉ chấp nhận tệp PDF, DOCX, XLSX, JPEG hoặc PNG.", refusals.TextContent, StringComparison.Ordinal);
        var sent = Assert.Single(Sender.Sent.OfType<UploadAttachmentCommand>());
        Assert.Equal(("IncomingDocument", OwnerId, "bao-cao.pdf", 2L), (sent.OwnerType, sent.OwnerId, sent.FileName, sent.Length));
    }

    [Fact]
    public void An_accepted_file_is_sent_as_a_stream_and_the_list_is_reloaded()
    {
        var uploaded = Attachment("bao-cao.pdf", 5);
        var lists = 0;
        Sender.Reply<ListAttachmentsQuery>(_ => ++lists == 1 ? new List<AttachmentInfo>() : new List<AttachmentInfo> { uploaded });
        byte[]? received = null;
        Sender.Reply<UploadAttachmentCommand>(command =>
        {
            using var copy = new MemoryStream();
            command.Content.CopyTo(copy);
            received = copy.ToArray();
            return uploaded;
        });
        var list = RenderList(canAttach: true);

        list.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary("%PDF-"u8.ToArray(), "bao-cao.pdf"));

        list.WaitForAssertion(() => Assert.NotNull(list.Find($"a[href='/tep-dinh-kem/{uploaded.Id}']")));
        Assert.Equal("%PDF-"u8.ToArray(), received);
    }
}
