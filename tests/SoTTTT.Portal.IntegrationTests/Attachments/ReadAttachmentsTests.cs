using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Features.Attachments;
using SoTTTT.Portal.Core.Tests.Builders;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Attachments;

/// <summary>Attachments are listed and read only by those who may read their owner; anyone else learns nothing.</summary>
public sealed class ReadAttachmentsTests(AttachmentPortal portal) : IClassFixture<AttachmentPortal>
{
    private const string Specialist = DemoUsers.Specialist;

    [Fact]
    public async Task An_owners_attachments_are_listed_oldest_first_with_what_the_list_shows()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var other = portal.NewOwner(attachers: [Specialist]);
        await portal.UploadAsync(owner, "1-Công văn.pdf", SampleFiles.Pdf(), asUser: Specialist);
        await portal.UploadAsync(owner, "2-Phụ lục.xlsx", SampleFiles.Xlsx(), asUser: Specialist);
        await portal.UploadAsync(other, "khac.png", SampleFiles.Png(), asUser: Specialist);

        var listed = await portal.SendAsync(new ListAttachmentsQuery(TestOwnerPolicy.Type, owner), asUser: Specialist);

        Assert.Equal(["1-Công văn.pdf", "2-Phụ lục.xlsx"], listed.Select(a => a.FileName));
        Assert.All(listed, a => Assert.Equal(owner, a.OwnerId));
        Assert.Equal(SampleFiles.Xlsx().Length, listed[1].SizeBytes);
    }

    [Fact]
    public async Task A_reader_downloads_the_same_bytes_under_the_original_name_and_the_detected_type()
    {
        var owner = portal.NewOwner(attachers: [Specialist], readers: [DemoUsers.Leader]);
        // Built once: each build of a sample stamps its entries with the current time.
        var docx = SampleFiles.Docx();
        var uploaded = await portal.UploadAsync(owner, "Báo cáo kết quả.docx", docx, asUser: Specialist);

        var (content, bytes) = await portal.DownloadAsync(uploaded.Id, asUser: DemoUsers.Leader);

        Assert.Equal(docx, bytes);
        Assert.Equal("Báo cáo kết quả.docx", content.FileName);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", content.ContentType);
    }

    [Fact]
    public async Task Reading_an_attachment_of_an_owner_one_may_not_read_is_not_found()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var uploaded = await portal.UploadAsync(owner, "mat.pdf", SampleFiles.Pdf(), asUser: Specialist);

        var denied = await Assert.ThrowsAsync<NotFoundException>(() => portal.DownloadAsync(uploaded.Id, asUser: DemoUsers.VnptReporter));
        var unknown = await Assert.ThrowsAsync<NotFoundException>(() => portal.DownloadAsync(Guid.CreateVersion7(), asUser: DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new ListAttachmentsQuery(TestOwnerPolicy.Type, owner), asUser: DemoUsers.VnptReporter));

        Assert.Equal(unknown.Message, denied.Message);
    }

    [Fact]
    public async Task Losing_access_to_the_owner_loses_access_to_its_attachments()
    {
        var owner = portal.NewOwner(attachers: [Specialist], readers: [DemoUsers.Clerk]);
        var uploaded = await portal.UploadAsync(owner, "bao-cao.pdf", SampleFiles.Pdf(), asUser: Specialist);
        await portal.DownloadAsync(uploaded.Id, asUser: DemoUsers.Clerk);

        portal.Access.Revoke(owner, DemoUsers.Clerk);

        await Assert.ThrowsAsync<NotFoundException>(() => portal.DownloadAsync(uploaded.Id, asUser: DemoUsers.Clerk));
    }

    [Fact]
    public async Task An_attachment_whose_file_has_gone_is_not_found_rather_than_an_error()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var uploaded = await portal.UploadAsync(owner, "bao-cao.pdf", SampleFiles.Pdf(), asUser: Specialist);
        foreach (var file in portal.StoredFiles().Where(f => Sha256Of(f) == uploaded.Sha256))
            File.Delete(file);

        await Assert.ThrowsAsync<NotFoundException>(() => portal.DownloadAsync(uploaded.Id, asUser: Specialist));
    }

    [Fact]
    public async Task The_list_says_which_attachments_the_reader_may_delete()
    {
        var owner = portal.NewOwner(attachers: [Specialist, DemoUsers.Clerk], readers: [DemoUsers.Leader]);
        await portal.UploadAsync(owner, "cua-chuyen-vien.pdf", SampleFiles.Pdf(), asUser: Specialist);

        var asAttacher = await portal.SendAsync(new ListAttachmentsQuery(TestOwnerPolicy.Type, owner), asUser: DemoUsers.Clerk);
        var asReader = await portal.SendAsync(new ListAttachmentsQuery(TestOwnerPolicy.Type, owner), asUser: DemoUsers.Leader);

        Assert.True(Assert.Single(asAttacher).CanDelete);
        Assert.False(Assert.Single(asReader).CanDelete);
    }

    private static string Sha256Of(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
