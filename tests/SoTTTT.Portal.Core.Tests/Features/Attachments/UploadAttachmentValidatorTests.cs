using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common.Files;
using SoTTTT.Portal.Core.Features.Attachments;
using SoTTTT.Portal.Core.Tests.Fakes;

namespace SoTTTT.Portal.Core.Tests.Features.Attachments;

public sealed class UploadAttachmentValidatorTests
{
    private static readonly UploadAttachmentValidator Validator =
        new(Options.Create(new StorageOptions { MaxFileSizeMb = 2 }), new FakeStringLocalizer<Core.CoreResource>());

    private static UploadAttachmentCommand Command(string fileName = "bao-cao.pdf", long length = 1000, string ownerType = "IncomingDocument") =>
        new(ownerType, Guid.CreateVersion7(), fileName, length, Stream.Null);

    private static string[] ErrorsFor(UploadAttachmentCommand command, string property) =>
        Validator.Validate(command).Errors.Where(e => e.PropertyName == property).Select(e => e.ErrorMessage).ToArray();

    [Fact]
    public void A_well_named_file_within_the_limit_passes()
    {
        Assert.True(Validator.Validate(Command("Công văn 716.pdf", length: 2 * 1024 * 1024)).IsValid);
    }

    [Fact]
    public void A_file_over_the_configured_limit_is_refused_in_Vietnamese()
    {
        var errors = ErrorsFor(Command(length: 2 * 1024 * 1024 + 1), nameof(UploadAttachmentCommand.Length));

        Assert.Equal(["Tệp vượt quá dung lượng cho phép (2 MB)."], errors);
    }

    [Fact]
    public void An_empty_file_is_refused_in_Vietnamese()
    {
        Assert.Equal(["Tệp rỗng."], ErrorsFor(Command(length: 0), nameof(UploadAttachmentCommand.Length)));
    }

    [Theory]
    [InlineData("../bao-cao.pdf", "Tên tệp không hợp lệ.")]
    [InlineData("", "Tên tệp không được để trống.")]
    [InlineData("bao-cao.pdf.exe", "Tên tệp có phần mở rộng kép che giấu tệp thực thi.")]
    [InlineData("setup.exe", "Chỉ chấp nhận tệp PDF, DOCX, XLSX, JPEG hoặc PNG.")]
    public void A_bad_name_is_refused_with_its_reason(string fileName, string message)
    {
        Assert.Equal([message], ErrorsFor(Command(fileName), nameof(UploadAttachmentCommand.FileName)));
    }

    [Fact]
    public void The_owner_type_is_required()
    {
        Assert.Equal(["Chưa xác định nơi đính kèm tệp."], ErrorsFor(Command(ownerType: ""), nameof(UploadAttachmentCommand.OwnerType)));
    }
}
