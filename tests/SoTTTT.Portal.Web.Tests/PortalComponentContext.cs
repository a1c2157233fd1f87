using System.Globalization;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SoTTTT.Portal.Web.Messaging;

namespace SoTTTT.Portal.Web.Tests;

/// <summary>
/// A bUnit context with what the portal's components need: MudBlazor, the real localisation
/// resources, a scripted message sender and a signed-in user.
/// </summary>
public abstract class PortalComponentContext : BunitContext
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    protected PortalComponentContext(string culture = "vi-VN")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, SoTTTT.Portal.Web.Components.Shared.VietnameseMudLocalizer>();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Services.AddLogging();
        Services.AddSingleton<IPortalSender>(Sender);
        Services.AddSingleton<SoTTTT.Portal.Core.Features.Notifications.IInboxSignals, SoTTTT.Portal.Infrastructure.Notifications.InProcessInboxSignals>();
        Services.AddOptions();
        Auth = AddAuthorization();
    }

    protected FakePortalSender Sender { get; } = new();

    protected BunitAuthorizationContext Auth { get; }

    /// <summary>MudBlazor's selects and menus need a popover provider on the page.</summary>
    protected void RenderPopoverProvider() => Render<MudPopoverProvider>();

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        base.Dispose(disposing);
    }
}
