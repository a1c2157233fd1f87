using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>
/// A status label in MudBlazor's chip style, without <see cref="MudChip{T}"/>'s component (no element id, key handler or
/// injected services per chip): lists and the compliance matrix show hundreds of them, and every one of them is kept
/// in the server's memory for as long as the page is open. Labels only: nothing to click.
/// </summary>
public sealed class LabelChip : ComponentBase
{
    [Parameter] public Color Color { get; set; } = Color.Default;
    [Parameter] public Variant Variant { get; set; } = Variant.Filled;
    [Parameter] public Size Size { get; set; } = Size.Medium;
    [Parameter] public string? Class { get; set; }
    [Parameter] public RenderFragment? ChildContent { get; set; }
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "span");
        builder.AddMultipleAttributes(1, Attributes);
        builder.AddAttribute(2, "class", ClassNames(Color, Variant, Size, Class));
        builder.OpenElement(3, "span");
        builder.AddAttribute(4, "class", "mud-chip-content");
        builder.AddContent(5, ChildContent);
        builder.CloseElement();
        builder.CloseElement();
    }

    /// <summary>MudBlazor's own classes for a chip: its theme colours and sizes apply unchanged.</summary>
    public static string ClassNames(Color color, Variant variant, Size size, string? extra = null)
    {
        var classes = $"mud-chip mud-chip-{ThemeNames.Of(variant)} mud-chip-size-{ThemeNames.Of(size)} mud-chip-color-{ThemeNames.Of(color)}";
        return string.IsNullOrWhiteSpace(extra) ? classes : $"{classes} {extra}";
    }
}
