using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SoTTTT.Portal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SoTTTT.Portal.EndToEndTests.Journeys;

public sealed class LoginPageQualityTests(PortalFixture portal)
{
    [Fact]
    public async Task Login_page_has_no_serious_or_critical_accessibility_violations()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var form = new SignInForm(page);
        await form.OpenAsync();
        await Expect(form.SubmitButton).ToBeVisibleAsync();

        var result = await page.RunAxe();

        var blocking = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")
            .ToList();
        Assert.True(blocking.Count == 0, "Accessibility violations:\n" + string.Join("\n", blocking));
    }

    [Fact]
    public async Task Login_page_fits_a_360_pixel_wide_phone_without_horizontal_scrolling()
    {
        await using var context = await portal.NewContextAsync(new ViewportSize { Width = 360, Height = 740 });
        var page = await context.NewPageAsync();
        var form = new SignInForm(page);
        await form.OpenAsync();
        await Expect(form.SubmitButton).ToBeVisibleAsync();

        await page.AssertNoSidewaysScrollAsync();
        var button = await form.SubmitButton.BoundingBoxAsync();
        Assert.NotNull(button);
        Assert.True(button.X >= 0 && button.X + button.Width <= 360, "The sign-in button does not fit the screen.");
    }
}
