using System.Collections;
using System.Globalization;
using System.Resources;
using Bunit;
using MudBlazor;
using SoTTTT.Portal.Web.Components.Shared;

namespace SoTTTT.Portal.Web.Tests.Layout;

/// <summary>MudBlazor's own labels and messages reach a Vietnamese user in Vietnamese.</summary>
public sealed class VietnameseMudLocalizerTests : PortalComponentContext
{
    // Components the portal does not use; their words would be dead translations.
    private static readonly string[] Unused =
        ["MudDataGrid_", "MudColorPicker_", "MudCarousel_", "MudRating", "MudStepper_", "MudTabs_", "MudSplitPanel_",
         "MudTreeView_", "MudExitPrompt_", "MudDateRangePicker_", "MudRangeInput_", "MudPageContentNavigation_", "HeatMap_"];

    [Fact]
    public void Every_word_of_the_MudBlazor_components_the_portal_uses_has_a_Vietnamese_translation()
    {
        var resources = new ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudTable<>).Assembly)
            .GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        var english = resources.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
        var missing = english.Keys.Where(k => !Unused.Any(k.StartsWith) && !VietnameseMudLocalizer.Words.ContainsKey(k)).Order().ToList();

        Assert.True(english.Count > 100, "MudBlazor's English resources were not found.");
        Assert.True(missing.Count == 0, "MudBlazor words without a Vietnamese translation:\n" + string.Join("\n", missing));
        // The same placeholders as the English, so that formatting never throws.
        foreach (var (key, word) in VietnameseMudLocalizer.Words)
            Assert.Equal(Placeholders(english[key]), Placeholders(word));
    }

    [Fact]
    public void A_clearable_field_names_its_clear_button_in_Vietnamese()
    {
        var field = Render<MudTextField<string>>(p => p.Add(f => f.Clearable, true).Add(f => f.Value, "716/CAT-PC02").Add(f => f.Label, "Số ký hiệu"));

        var clear = field.Find("button.mud-input-clear-button");

        Assert.Equal("Xóa nội dung", clear.GetAttribute("aria-label"));
    }

    [Fact]
    public void A_date_that_cannot_be_read_is_refused_in_Vietnamese()
    {
        var field = Render<MudTextField<DateTime?>>(p => p.Add(f => f.Label, "Ngày đến"));

        field.Find("input").Change("ngày 30 tháng 2");

        Assert.Contains("Ngày giờ không hợp lệ", field.Markup, StringComparison.Ordinal);
    }

    private static string Placeholders(string text) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order());
}
