using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SoTTTT.Portal.Core.Domain.Audit;
using SoTTTT.Portal.Core.Features.Audit;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Audit;

/// <summary>The sign-in page writes its successes and failures into the audit chain, in the user's history.</summary>
public sealed partial class SignInEventTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task Failed_and_successful_sign_ins_are_in_the_users_history_and_the_chain_holds()
    {
        await PostSignInAsync(DemoUsers.Specialist, "not-the-password");
        await SignedInBrowser.CreateAsync(portal.Factory, DemoUsers.Specialist);
        var specialist = await portal.UserIdAsync(DemoUsers.Specialist);

        var history = await portal.SendAsync(new ListSignInHistoryQuery(specialist), asUser: DemoUsers.Administrator);

        Assert.Equal([SecurityEventKind.SignedIn, SecurityEventKind.SignInFailed], history.Items.Select(i => i.Kind));
        var entry = await portal.LastAuditEntryAsync();
        Assert.Equal(nameof(SecurityEventKind.SignedIn), entry.Action);
        Assert.Equal(DemoUsers.Specialist, entry.UserName);
        Assert.True((await portal.SendAsync(new VerifyAuditChainQuery(), asUser: DemoUsers.Inspector)).IsIntact);
    }

    [Fact]
    public async Task Failed_sign_in_with_an_unknown_name_is_logged_with_the_name_typed()
    {
        await PostSignInAsync("khong-co-ai", "not-the-password");

        var page = await portal.SendAsync(new ListAuditEntriesQuery(UserName: "khong-co-ai"), asUser: DemoUsers.Inspector);

        var row = Assert.Single(page.Items);
        Assert.Equal(nameof(SecurityEventKind.SignInFailed), row.Action);
    }

    private async Task PostSignInAsync(string userName, string password)
    {
        using var browser = portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var ct = TestContext.Current.CancellationToken;
        var page = await browser.GetStringAsync("/Account/Login", ct);
        using var response = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }), ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex AntiforgeryToken();
}
