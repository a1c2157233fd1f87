using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

/// <summary>The portal works under its own Content-Security-Policy: nothing it sends is blocked.</summary>
public sealed class ContentSecurityPolicyJourney(PortalFixture portal)
{
    [Fact]
    public async Task Signing_in_and_opening_the_dashboard_raise_no_policy_violation_and_no_console_error()
    {
        await using var context = await portal.NewContextAsync();
        // Recorded by the page itself, from its first script on, on every document it loads.
        await context.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
            """);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);

        var login = await page.GotoAsync("/Account/Login");
        Assert.NotNull(login);
        Assert.Contains("default-src 'self'", await login.HeaderValueAsync("content-security-policy") ?? "");
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));

        var circuit = page.WaitForWebSocketAsync(new() { Predicate = socket => socket.Url.Contains("/_blazor", StringComparison.Ordinal) });
        var form = new SignInForm(page);
        await form.SignInAsync("lanhdao", portal.DemoPassword);
        await form.EnterCodeIfAskedAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xin chào, Bùi Thống Nhứt");
        await circuit;

        await page.GotoAsync("/bang-dieu-khien");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        // Whatever the dashboard loads after its first render (circuit, scripts, fonts) has loaded.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));
        Assert.Empty(errors);
    }
}
