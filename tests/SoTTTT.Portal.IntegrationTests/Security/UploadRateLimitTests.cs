using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Features.Attachments;
using SoTTTT.Portal.Core.Tests.Builders;
using SoTTTT.Portal.IntegrationTests.Attachments;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>RateLimits:UploadsPerMinute (30 by default) uploads per user and minute; the next one is refused in Vietnamese.</summary>
public sealed class UploadRateLimitTests(AttachmentPortal portal) : IClassFixture<AttachmentPortal>
{
    private const int UploadsPerMinute = 30;

    [Fact]
    public async Task Upload_beyond_the_users_limit_is_refused_in_vietnamese_and_another_user_still_uploads()
    {
        var owner = portal.NewOwner(attachers: [DemoUsers.Specialist, DemoUsers.Clerk]);
        var content = SampleFiles.Pdf();
        for (var upload = 0; upload < UploadsPerMinute; upload++)
            await portal.UploadAsync(owner, $"Tệp {upload}.pdf", content, asUser: DemoUsers.Specialist);

        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.UploadAsync(owner, "Tệp thừa.pdf", content, asUser: DemoUsers.Specialist));

        Assert.Equal(
            "Bạn đã tải lên quá nhiều tệp trong một phút. Hãy đợi một phút rồi thử lại.",
            Assert.Single(refused.Errors[nameof(UploadAttachmentCommand.Content)]));
        // Nothing of the refused file is kept; the limit is the sender's own.
        Assert.Equal(UploadsPerMinute, (await portal.SendAsync(new ListAttachmentsQuery(TestOwnerPolicy.Type, owner), DemoUsers.Specialist)).Count);
        await portal.UploadAsync(owner, "Tệp của văn thư.pdf", content, asUser: DemoUsers.Clerk);
    }
}
