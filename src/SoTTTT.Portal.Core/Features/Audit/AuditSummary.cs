using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SoTTTT.Portal.Core.Features.Audit;

/// <summary>
/// The compact JSON an audit entry keeps of a command: its input (no secrets, no file contents),
/// its result and what its saves changed.
/// </summary>
public static class AuditSummary
{
    private const int MaxDepth = 3;
    private const int MaxItems = 50;
    private const int MaxText = 500;

    private static readonly string[] SecretWords = ["password", "secret", "token", "recoverycode", "authenticatorcode", "passwordhash", "securitystamp"];

    public static string Of(object command, object? result, IReadOnlyList<AuditedChange> changes)
    {
        var summary = new JsonObject { ["input"] = Value(command, 0) };
        if (result is not null && result is not Mediator.Unit)
            summary["result"] = Value(result, 0);
        if (changes.Count > 0)
        {
            summary["changes"] = new JsonArray(changes.Select(c =>
            {
                var change = new JsonObject { ["entity"] = c.EntityType, ["id"] = c.EntityId, ["state"] = c.State };
                if (c.Values.Count > 0)
                    change["values"] = new JsonObject(c.Values.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)v.Value)));
                return (JsonNode?)change;
            }).ToArray());
        }
        return summary.ToJsonString(Options);
    }

    /// <summary>Whether a property of this name holds a secret that the log must not keep.</summary>
    public static bool IsSecret(string propertyName) =>
        SecretWords.Any(word => propertyName.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonNode? Value(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return text.Length <= MaxText ? text : text[..MaxText] + "…";
            case bool flag:
                return flag;
            case Enum kind:
                return kind.ToString();
            case DateTime at:
                return at.ToString("O", CultureInfo.InvariantCulture);
            case DateOnly day:
                return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case Guid or DateTimeOffset or TimeOnly or TimeSpan:
                return Convert.ToString(value, CultureInfo.InvariantCulture);
            case int or long or short or byte or decimal or double or float or uint or ulong:
                return JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
            // File contents never enter the log; their size does.
            case Stream stream:
                return stream.CanSeek ? $"[{stream.Length} byte]" : "[tệp]";
            case byte[] bytes:
                return $"[{bytes.Length} byte]";
        }
        if (depth >= MaxDepth)
            return "…";
        if (value is IEnumerable items)
        {
            var array = new JsonArray();
            foreach (var item in items)
            {
                if (array.Count == MaxItems)
                {
                    array.Add("…");
                    break;
                }
                array.Add(Value(item, depth + 1));
            }
            return array;
        }
        var json = new JsonObject();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || IsSecret(property.Name))
                continue;
            json[property.Name] = Value(property.GetValue(value), depth + 1);
        }
        return json;
    }
}
