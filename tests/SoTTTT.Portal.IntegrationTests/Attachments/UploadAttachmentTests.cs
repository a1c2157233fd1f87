using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Attachments;
using SoTTTT.Portal.Core.Features.Attachments;
using SoTTTT.Portal.Core.Tests.Builders;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Attachments;

/// <summary>
/// DESIGN §3 Attachments: checked by content, size limited, stored under a generated name with its
/// SHA-256; a refused file leaves nothing behind, neither a row nor a file.
/// </summary>
public sealed class UploadAttachmentTests(AttachmentPortal portal) : IClassFixture<AttachmentPortal>
{
    private const string Specialist = DemoUsers.Specialist;

    [Fact]
    public async Task A_pdf_is_kept_under_a_generated_name_inside_the_configured_folder_with_its_SHA256()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var content = SampleFiles.Pdf();
        // Typed on a keyboard that sends decomposed tone marks; kept composed (NFC).
        const string typedName = "Co\u0302ng va\u0306n 716-CAT-PC02.pdf";

        var uploaded = await portal.UploadAsync(owner, typedName, content, asUser: Specialist, description: "Bản quét");

        var row = await portal.ExecuteDbContextAsync(db => db.Attachments.AsNoTracking().SingleAsync(a => a.Id == uploaded.Id));
        Assert.Equal("Công văn 716-CAT-PC02.pdf", row.OriginalFileName);
        Assert.Matches("^[0-9a-f]{32}$", row.StoredFileName);
        Assert.Equal(FileKind.Pdf, row.Kind);
        Assert.Equal("application/pdf", row.ContentType);
        Assert.Equal(content.Length, row.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), row.Sha256);
        Assert.Equal(await portal.UserIdOfAsync(Specialist), row.UploadedByUserId);
        Assert.Equal(DateTimeKind.Utc, row.UploadedAtUtc.Kind);
        Assert.InRange(row.UploadedAtUtc, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal("Bản quét", row.Description);

        var stored = Path.Combine(portal.Factory.FilesFolder, row.StoredFileName[..2], row.StoredFileName);
        Assert.Equal(content, await File.ReadAllBytesAsync(stored, TestContext.Current.CancellationToken));
        Assert.StartsWith(portal.Factory.DataFolder, stored, StringComparison.Ordinal);
        // Only generated names on disk: a random hex name may contain "716" by chance, the original name never appears.
        Assert.All(portal.StoredFiles(), f => Assert.Matches(@"^(\.staging-)?[0-9a-f]{32}(\.tmp)?$", Path.GetFileName(f)));

        Assert.Equal(row.OriginalFileName, uploaded.FileName);
        Assert.True(uploaded.CanDelete);
    }

    [Fact]
    public async Task The_same_file_uploaded_twice_is_kept_twice_under_different_names()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);

        var first = await portal.UploadAsync(owner, "anh.png", SampleFiles.Png(), asUser: Specialist);
        var second = await portal.UploadAsync(owner, "anh.png", SampleFiles.Png(), asUser: Specialist);

        var names = await portal.ExecuteDbContextAsync(db =>
            db.Attachments.Where(a => a.Id == first.Id || a.Id == second.Id).Select(a => a.StoredFileName).ToListAsync());
        Assert.Equal(2, names.Distinct().Count());
        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Fact]
    public async Task Each_accepted_kind_is_kept_with_the_content_type_of_its_detected_kind()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);

        var docx = await portal.UploadAsync(owner, "Dự thảo.docx", SampleFiles.Docx(), asUser: Specialist);
        var xlsx = await portal.UploadAsync(owner, "Số liệu.xlsx", SampleFiles.Xlsx(), asUser: Specialist);
        var jpeg = await portal.UploadAsync(owner, "Ảnh.jpg", SampleFiles.Jpeg(), asUser: Specialist);

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.ContentType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.ContentType);
        Assert.Equal("image/jpeg", jpeg.ContentType);
    }

    public static TheoryData<string, byte[], string> RefusedContent => new()
    {
        { "bao-cao.pdf", SampleFiles.WindowsExecutable(), "Chỉ chấp nhận tệp PDF, DOCX, XLSX, JPEG hoặc PNG." },
        { "du-thao.docx", SampleFiles.PlainZip(), "Chỉ chấp nhận tệp PDF, DOCX, XLSX, JPEG hoặc PNG." },
        { "ghi-chu.pdf", SampleFiles.Text(), "Chỉ chấp nhận tệp PDF, DOCX, XLSX, JPEG hoặc PNG." },
        { "bao-cao.pdf", SampleFiles.Png(), "Nội dung tệp không khớp với phần mở rộng .pdf." },
    };

    [Theory]
    [MemberData(nameof(RefusedContent))]
    public async Task Content_that_is_not_what_its_name_says_is_refused_and_nothing_is_stored(string fileName, byte[] content, string message)
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var rowsBefore = await portal.CountAttachmentsAsync();
        var filesBefore = portal.StoredFiles();

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => portal.UploadAsync(owner, fileName, content, asUser: Specialist));

        Assert.Equal([message], refused.Errors[nameof(UploadAttachmentCommand.Content)]);
        Assert.Equal(rowsBefore, await portal.CountAttachmentsAsync());
        Assert.Equal(filesBefore, portal.StoredFiles());
    }

    [Theory]
    [InlineData("../../../etc/cron.d/x.pdf", "Tên tệp không hợp lệ.")]
    [InlineData("bao-cao.pdf.exe", "Tên tệp có phần mở rộng kép che giấu tệp thực thi.")]
    [InlineData("x.exe.pdf", "Tên tệp có phần mở rộng kép che giấu tệp thực thi.")]
    public async Task Odd_names_are_refused_and_nothing_is_stored(string fileName, string message)
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var rowsBefore = await portal.CountAttachmentsAsync();
        var filesBefore = portal.StoredFiles();

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => portal.UploadAsync(owner, fileName, SampleFiles.Pdf(), asUser: Specialist));

        Assert.Equal([message], refused.Errors[nameof(UploadAttachmentCommand.FileName)]);
        Assert.Equal(rowsBefore, await portal.CountAttachmentsAsync());
        Assert.Equal(filesBefore, portal.StoredFiles());
    }

    [Fact]
    public async Task A_file_declared_over_the_limit_is_refused_before_it_is_read()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var filesBefore = portal.StoredFiles();
        var command = new UploadAttachmentCommand(TestOwnerPolicy.Type, owner, "lon.pdf", AttachmentPortal.MaxFileSizeMb * 1024L * 1024L + 1, new UnreadableStream());

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(command, asUser: Specialist));

        Assert.Equal(["Tệp vượt quá dung lượng cho phép (1 MB)."], refused.Errors[nameof(UploadAttachmentCommand.Length)]);
        Assert.Equal(filesBefore, portal.StoredFiles());
    }

    [Fact]
    public async Task A_file_longer_than_it_declared_is_refused_at_the_limit_and_nothing_is_stored()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var rowsBefore = await portal.CountAttachmentsAsync();
        var filesBefore = portal.StoredFiles();
        var oversize = new byte[AttachmentPortal.MaxFileSizeMb * 1024 * 1024 + 1];
        SampleFiles.Pdf().CopyTo(oversize, 0);
        var command = new UploadAttachmentCommand(TestOwnerPolicy.Type, owner, "lon.pdf", 1000, new MemoryStream(oversize));

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => portal.SendAsync(command, asUser: Specialist));

        Assert.Equal(["Tệp vượt quá dung lượng cho phép (1 MB)."], refused.Errors[nameof(UploadAttachmentCommand.Length)]);
        Assert.Equal(rowsBefore, await portal.CountAttachmentsAsync());
        Assert.Equal(filesBefore, portal.StoredFiles());
    }

    [Fact]
    public async Task A_file_of_exactly_the_limit_is_accepted()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var atLimit = new byte[AttachmentPortal.MaxFileSizeMb * 1024 * 1024];
        SampleFiles.Pdf().CopyTo(atLimit, 0);

        var uploaded = await portal.UploadAsync(owner, "vua-du.pdf", atLimit, asUser: Specialist);

        Assert.Equal(atLimit.Length, uploaded.SizeBytes);
    }

    [Fact]
    public async Task When_the_database_refuses_the_record_the_kept_file_is_removed()
    {
        // A principal whose user id is in no AspNetUsers row: the foreign key fails the save after the file was kept.
        var owner = portal.NewOwner(attachers: ["ghost"]);
        var ghost = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Name, "ghost")], "Test"));
        var rowsBefore = await portal.CountAttachmentsAsync();
        var filesBefore = portal.StoredFiles();
        var command = new UploadAttachmentCommand(TestOwnerPolicy.Type, owner, "bao-cao.pdf", SampleFiles.Pdf().Length, new MemoryStream(SampleFiles.Pdf()));

        await Assert.ThrowsAsync<DbUpdateException>(() => portal.SendAsAsync(ghost, command));

        Assert.Equal(rowsBefore, await portal.CountAttachmentsAsync());
        Assert.Equal(filesBefore, portal.StoredFiles());
    }

    [Fact]
    public async Task A_user_who_may_not_read_the_owner_is_told_it_does_not_exist()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);

        await Assert.ThrowsAsync<NotFoundException>(() => portal.UploadAsync(owner, "bao-cao.pdf", SampleFiles.Pdf(), asUser: DemoUsers.VnptReporter));
    }

    [Fact]
    public async Task A_reader_who_may_not_attach_is_refused()
    {
        var owner = portal.NewOwner(attachers: [Specialist], readers: [DemoUsers.Inspector]);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.UploadAsync(owner, "bao-cao.pdf", SampleFiles.Pdf(), asUser: DemoUsers.Inspector));
        Assert.Empty(await portal.SendAsync(new ListAttachmentsQuery(TestOwnerPolicy.Type, owner), asUser: DemoUsers.Inspector));
    }

    [Fact]
    public async Task An_owner_type_without_a_policy_has_nothing_to_attach_to()
    {
        var command = new UploadAttachmentCommand("OutgoingDocument", Guid.CreateVersion7(), "bao-cao.pdf", 10, new MemoryStream(SampleFiles.Pdf()));

        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(command, asUser: DemoUsers.Administrator));
    }

    [Fact]
    public async Task An_anonymous_visitor_cannot_upload()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.UploadAsync(owner, "bao-cao.pdf", SampleFiles.Pdf(), asUser: DemoUsers.Anonymous));
    }

    /// <summary>A stream that fails if anyone reads it.</summary>
    private sealed class UnreadableStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("The content was read.");
        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("The content was read.");
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The content was read.");
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The content was read.");
    }
}
