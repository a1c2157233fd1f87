using System.Net;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Files;
using SoTTTT.Portal.Core.Features.Attachments;
using SoTTTT.Portal.Core.Tests.Builders;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Attachments;

/// <summary>
/// Issue 7, upload abuse: renamed executables, oversize files, decompression bombs dressed as DOCX or
/// XLSX, packages that are not packages, and names that try to leave the store folder are each refused
/// with a Vietnamese message, and leave neither a row nor a file (staging included).
/// </summary>
public sealed class UploadAbuseTests(AttachmentPortal portal) : IClassFixture<AttachmentPortal>
{
    private const string Specialist = DemoUsers.Specialist;

    private static readonly string[] NameRefusals =
        ["Tên tệp không hợp lệ.", "Tên tệp dài tối đa 200 ký tự.", "Tên tệp có phần mở rộng kép che giấu tệp thực thi."];

    public static TheoryData<string, string, string> RefusedFiles => new()
    {
        { "exe-renamed-pdf", "bao-cao.pdf", "Chỉ chấp nhận tệp PDF, DOCX, XLSX, JPEG hoặc PNG." },
        { "docx-not-a-zip", "du-thao.docx", "Chỉ chấp nhận tệp PDF, DOCX, XLSX, JPEG hoặc PNG." },
        { "docx-bomb", "du-thao.docx", "Tệp .docx có cấu trúc nén bất thường (quá nhiều thành phần hoặc dung lượng giải nén quá lớn)." },
        { "xlsx-bomb", "so-lieu.xlsx", "Tệp .xlsx có cấu trúc nén bất thường (quá nhiều thành phần hoặc dung lượng giải nén quá lớn)." },
        { "xlsx-many-parts", "so-lieu.xlsx", "Tệp .xlsx có cấu trúc nén bất thường (quá nhiều thành phần hoặc dung lượng giải nén quá lớn)." },
        { "oversize-pdf", "lon.pdf", "Tệp vượt quá dung lượng cho phép (1 MB)." },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task An_abusive_file_is_refused_in_Vietnamese_and_nothing_is_stored(string sample, string fileName, string message)
    {
        var content = Sample(sample);
        var owner = portal.NewOwner(attachers: [Specialist]);
        var rowsBefore = await portal.CountAttachmentsAsync();
        var filesBefore = portal.StoredFiles();

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => portal.UploadAsync(owner, fileName, content, asUser: Specialist));

        Assert.Contains(message, refused.Errors.SelectMany(e => e.Value));
        Assert.Equal(rowsBefore, await portal.CountAttachmentsAsync());
        Assert.Equal(filesBefore, portal.StoredFiles());
    }

    public static TheoryData<string> PathTricks => new()
    {
        "../../x.pdf",
        "..\\x.pdf",
        "/etc/cron.d/x.pdf",
        "C:\\Windows\\System32\\x.pdf",
        "\\\\may-chu\\chia-se\\x.pdf",
        "bao-cao\u0000.pdf",
        "hoa-don\u202Efdp.exe",
        "hoa-don\u202Efdp.pdf",
        "CON.pdf",
        "aux.docx",
        "LPT1.xlsx",
        new string('a', 296) + ".pdf",
    };

    [Theory]
    [MemberData(nameof(PathTricks))]
    public async Task A_name_that_could_leave_the_store_folder_or_disguise_itself_is_refused_and_nothing_is_stored(string fileName)
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var rowsBefore = await portal.CountAttachmentsAsync();
        var filesBefore = portal.StoredFiles();

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => portal.UploadAsync(owner, fileName, SampleFiles.Pdf(), asUser: Specialist));

        var errors = refused.Errors[nameof(UploadAttachmentCommand.FileName)];
        Assert.Contains(errors.Single(), NameRefusals);
        Assert.Equal(rowsBefore, await portal.CountAttachmentsAsync());
        Assert.Equal(filesBefore, portal.StoredFiles());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(portal.Factory.FilesFolder)!, "x.pdf", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_accepted_name_with_header_characters_is_stored_under_a_generated_name_and_offered_back_quoted()
    {
        var owner = portal.NewOwner(attachers: [Specialist], readers: [DemoUsers.Leader]);
        const string name = "bao-cao; filename=khac.pdf";
        var uploaded = await portal.UploadAsync(owner, name, SampleFiles.Pdf(), asUser: Specialist);
        using var browser = await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.Leader);

        using var response = await browser.GetAsync($"/tep-dinh-kem/{uploaded.Id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(name, disposition.FileNameStar);
        Assert.Equal(name, disposition.FileName?.Trim('"'));
        Assert.All(portal.StoredFiles(), f => Assert.Matches(@"^(\.staging-)?[0-9a-f]{32}(\.tmp)?$", Path.GetFileName(f)));
        Assert.All(portal.StoredFiles(), f => Assert.StartsWith(portal.Factory.FilesFolder, f, StringComparison.Ordinal));
    }

    private static byte[] Sample(string sample) => sample switch
    {
        "exe-renamed-pdf" => SampleFiles.WindowsExecutable(),
        "docx-not-a-zip" => SampleFiles.Text(),
        "docx-bomb" => SampleFiles.OfficeBomb(workbook: false, 200L * 1024 * 1024),
        "xlsx-bomb" => SampleFiles.OfficeBomb(workbook: true, 200L * 1024 * 1024),
        "xlsx-many-parts" => SampleFiles.OfficeWithManyParts(workbook: true, FileContentInspector.MaxPackageEntries),
        "oversize-pdf" => Oversize(),
        _ => throw new ArgumentOutOfRangeException(nameof(sample), sample, null),
    };

    private static byte[] Oversize()
    {
        var bytes = new byte[AttachmentPortal.MaxFileSizeMb * 1024 * 1024 + 1];
        SampleFiles.Pdf().CopyTo(bytes, 0);
        return bytes;
    }
}
