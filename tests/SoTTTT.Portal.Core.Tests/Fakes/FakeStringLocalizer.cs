using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SoTTTT.Portal.Core.Tests.Fakes;

/// <summary>
/// Returns the key itself, formatted with its arguments: the Vietnamese text, as the real
/// localizer does for the neutral culture.
/// </summary>
internal sealed class FakeStringLocalizer<T> : IStringLocalizer<T>
{
    public LocalizedString this[string name] => new(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.InvariantCulture, name, arguments), resourceNotFound: true);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
