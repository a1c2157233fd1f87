using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Features.Attachments;
using SoTTTT.Portal.Core.Tests.Builders;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Attachments;

/// <summary>An attachment is removed, record and file, only by whoever may still attach to its owner.</summary>
public sealed class DeleteAttachmentTests(AttachmentPortal portal) : IClassFixture<AttachmentPortal>
{
    private const string Specialist = DemoUsers.Specialist;

    private Task<string> StoredNameAsync(Guid attachmentId) =>
        portal.ExecuteDbContextAsync(db => db.Attachments.Where(a => a.Id == attachmentId).Select(a => a.StoredFileName).SingleAsync());

    private string PathOf(string storedFileName) => Path.Combine(portal.Factory.FilesFolder, storedFileName[..2], storedFileName);

    [Fact]
    public async Task The_uploader_deletes_the_record_and_the_file()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var uploaded = await portal.UploadAsync(owner, "nham.pdf", SampleFiles.Pdf(), asUser: Specialist);
        var stored = PathOf(await StoredNameAsync(uploaded.Id));

        await portal.SendAsync(new DeleteAttachmentCommand(uploaded.Id), asUser: Specialist);

        Assert.Empty(await portal.SendAsync(new ListAttachmentsQuery(TestOwnerPolicy.Type, owner), asUser: Specialist));
        Assert.False(File.Exists(stored));
    }

    [Fact]
    public async Task The_uploader_cannot_delete_once_the_owner_is_frozen()
    {
        // An issued document no longer takes attachments: what it was issued with stays.
        var owner = portal.NewOwner(attachers: [Specialist]);
        var uploaded = await portal.UploadAsync(owner, "nham.pdf", SampleFiles.Pdf(), asUser: Specialist);
        var stored = PathOf(await StoredNameAsync(uploaded.Id));
        portal.Access.Grant(owner, Specialist, attach: false);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new DeleteAttachmentCommand(uploaded.Id), asUser: Specialist));

        Assert.Equal(1, await portal.ExecuteDbContextAsync(db => db.Attachments.CountAsync(a => a.Id == uploaded.Id)));
        Assert.True(File.Exists(stored));
    }

    [Fact]
    public async Task Someone_who_may_attach_deletes_another_users_attachment()
    {
        var owner = portal.NewOwner(attachers: [Specialist, DemoUsers.Clerk]);
        var uploaded = await portal.UploadAsync(owner, "cu.pdf", SampleFiles.Pdf(), asUser: Specialist);

        await portal.SendAsync(new DeleteAttachmentCommand(uploaded.Id), asUser: DemoUsers.Clerk);

        Assert.Equal(0, await portal.ExecuteDbContextAsync(db => db.Attachments.CountAsync(a => a.Id == uploaded.Id)));
    }

    [Fact]
    public async Task A_reader_who_did_not_upload_cannot_delete_and_the_file_stays()
    {
        var owner = portal.NewOwner(attachers: [Specialist], readers: [DemoUsers.Inspector]);
        var uploaded = await portal.UploadAsync(owner, "giu-lai.pdf", SampleFiles.Pdf(), asUser: Specialist);
        var stored = PathOf(await StoredNameAsync(uploaded.Id));

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new DeleteAttachmentCommand(uploaded.Id), asUser: DemoUsers.Inspector));

        Assert.True(File.Exists(stored));
        Assert.Single(await portal.SendAsync(new ListAttachmentsQuery(TestOwnerPolicy.Type, owner), asUser: Specialist));
    }

    [Fact]
    public async Task Someone_who_may_not_read_the_owner_is_told_the_attachment_does_not_exist()
    {
        var owner = portal.NewOwner(attachers: [Specialist]);
        var uploaded = await portal.UploadAsync(owner, "mat.pdf", SampleFiles.Pdf(), asUser: Specialist);

        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new DeleteAttachmentCommand(uploaded.Id), asUser: DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new DeleteAttachmentCommand(Guid.CreateVersion7()), asUser: Specialist));
    }
}
