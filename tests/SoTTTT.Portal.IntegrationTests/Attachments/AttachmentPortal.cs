using System.Collections.Concurrent;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Common.Files;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Features.Attachments;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Attachments;

/// <summary>
/// The demo portal with one extra owner type, "TestOwner", whose access each test grants per owner
/// and user, and a 1 MB file limit so an oversize file is cheap to make.
/// </summary>
public sealed class AttachmentPortal : SliceFixture
{
    public const int MaxFileSizeMb = 1;

    public AttachmentPortal()
        : this(new TestOwnerAccess())
    {
    }

    private AttachmentPortal(TestOwnerAccess access)
        : base(new PortalSettings(DemoData: true, ConfigureServices: services =>
        {
            services.AddSingleton(access);
            services.AddScoped<IAttachmentOwnerPolicy, TestOwnerPolicy>();
            services.Configure<StorageOptions>(options => options.MaxFileSizeMb = MaxFileSizeMb);
        })) =>
        Access = access;

    public TestOwnerAccess Access { get; }

    /// <summary>A fresh owner that <paramref name="attachers"/> may attach to and <paramref name="readers"/> may only read.</summary>
    public Guid NewOwner(string[] attachers, string[]? readers = null)
    {
        var ownerId = Guid.CreateVersion7();
        foreach (var user in attachers)
            Access.Grant(ownerId, user, attach: true);
        foreach (var user in readers ?? [])
            Access.Grant(ownerId, user, attach: false);
        return ownerId;
    }

    public Task<AttachmentInfo> UploadAsync(Guid ownerId, string fileName, byte[] content, string? asUser, string? description = null) =>
        SendAsync(new UploadAttachmentCommand(TestOwnerPolicy.Type, ownerId, fileName, content.Length, new MemoryStream(content), description), asUser);

    /// <summary>Every file under the configured files folder, staging files included.</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(Factory.FilesFolder) ? Directory.GetFiles(Factory.FilesFolder, "*", SearchOption.AllDirectories) : [];

    public Task<int> CountAttachmentsAsync() => ExecuteDbContextAsync(db => db.Attachments.CountAsync());

    public Task<string> UserIdOfAsync(string userName) =>
        ExecuteDbContextAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>Reads a whole attachment through the use case, as the download endpoint does.</summary>
    public async Task<(AttachmentContent Content, byte[] Bytes)> DownloadAsync(Guid attachmentId, string? asUser)
    {
        var content = await SendAsync(new GetAttachmentContentQuery(attachmentId), asUser);
        await using var stream = content.Content;
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes, TestContext.Current.CancellationToken);
        return (content, bytes.ToArray());
    }

    /// <summary>Sends a message in a scope whose current user is any principal, even one the database does not know.</summary>
    public Task<TResponse> SendAsAsync<TResponse>(System.Security.Claims.ClaimsPrincipal principal, ICommand<TResponse> command) =>
        ExecuteScopeAsync(async services =>
        {
            services.GetRequiredService<ClaimsCurrentUser>().Principal = principal;
            return await services.GetRequiredService<IMediator>().Send(command, TestContext.Current.CancellationToken);
        });
}

/// <summary>Who may read and attach to which test owner, by user name. Nobody may do anything not granted.</summary>
public sealed class TestOwnerAccess
{
    private readonly ConcurrentDictionary<(Guid OwnerId, string UserName), bool> _grants = new();

    public void Grant(Guid ownerId, string userName, bool attach) => _grants[(ownerId, userName)] = attach;

    public void Revoke(Guid ownerId, string userName) => _grants.TryRemove((ownerId, userName), out _);

    public bool CanRead(Guid ownerId, string? userName) => userName is not null && _grants.ContainsKey((ownerId, userName));

    public bool CanAttach(Guid ownerId, string? userName) => userName is not null && _grants.TryGetValue((ownerId, userName), out var attach) && attach;
}

public sealed class TestOwnerPolicy(TestOwnerAccess access, ICurrentUser user) : IAttachmentOwnerPolicy
{
    public const string Type = "TestOwner";

    public string OwnerType => Type;

    public Task<bool> CanReadAsync(Guid ownerId, CancellationToken cancellationToken) => Task.FromResult(access.CanRead(ownerId, user.UserName));

    public Task<bool> CanAttachAsync(Guid ownerId, CancellationToken cancellationToken) => Task.FromResult(access.CanAttach(ownerId, user.UserName));
}
