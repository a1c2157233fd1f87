namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>The server's messages per form field, shown under each field.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? For(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public void Set(IReadOnlyDictionary<string, string[]> errors)
    {
        _errors.Clear();
        foreach (var (field, messages) in errors)
            _errors[field] = messages;
    }

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public void Clear() => _errors.Clear();
}
