using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// One way a peer's message departs from the type openadr3.yaml gives a field, and how it was read anyway.
/// </summary>
/// <param name="Path">The JSON path in the body, e.g. "$.targets[0]".</param>
/// <param name="Rule">The schema rule, e.g. "openadr3.yaml ven.targets[]: string".</param>
/// <param name="Message">What came and how it was read, in one sentence.</param>
public sealed record WireDeviation(string Path, string Rule, string Message);

/// <summary>
/// Reads what a peer sends as best it can be read: a field of another JSON type than the YAML's (a scope list, a
/// non-string target, a numeric string status), a snake_case name, an object sent as a JSON string or as a list of
/// one, never throws; each is read in the YAML's type and returned as a <see cref="WireDeviation"/>, so the harness
/// can judge it where a scenario judges that shape and note it everywhere else. Only a body that is no JSON at all
/// cannot be read.
/// </summary>
public static class LenientJson
{
    /// <summary>The value read, or null when the body is JSON null or nothing of the type could be read from it.</summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public static T? Read<T>(string text, out IReadOnlyList<WireDeviation> deviations)
    {
        var read = Normalize<T>(text, out deviations);
        var found = (List<WireDeviation>)deviations;
        try
        {
            return read is null ? default : read.Deserialize<T>(OpenAdrJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // A shape the normalisation does not know (a custom converter's own rule): nothing of it is read.
            found.Add(new WireDeviation("$", OwnerRule(typeof(T)), $"cannot be read as {typeof(T).Name}: {ex.Message}"));
            return default;
        }
    }

    /// <summary>
    /// The body as JSON in the YAML's shape for <typeparamref name="T"/> (names, types, nesting), for a reader that looks at
    /// a few fields only; null when nothing of it could be read.
    /// </summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public static JsonNode? Normalize<T>(string text, out IReadOnlyList<WireDeviation> deviations)
    {
        var found = new List<WireDeviation>();
        deviations = found;
        return Normalize(JsonNode.Parse(text.Length == 0 ? "null" : text), typeof(T), "$", OwnerRule(typeof(T)), found);
    }

    private static JsonNode? Normalize(JsonNode? node, Type type, string path, string rule, List<WireDeviation> found)
    {
        if (node is null) return null;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(JsonElement) || type == typeof(object)) return node;
        if (type == typeof(string)) return AsString(node, path, rule, found);
        if (IsNumber(type)) return AsNumber(node, path, rule, found);
        if (type == typeof(bool)) return AsBool(node, path, rule, found);

        var info = OpenAdrJson.Options.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => AsList(node, info.ElementType!, path, rule, found),
            JsonTypeInfoKind.Object => AsObject(node, info, path, found),
            _ => node,
        };
    }

    private static JsonNode? AsString(JsonNode node, string path, string rule, List<WireDeviation> found)
    {
        if (node.GetValueKind() == JsonValueKind.String) return node;
        var text = node is JsonArray list
            ? string.Join(' ', list.Select(item => item?.GetValueKind() == JsonValueKind.String ? item.GetValue<string>() : item?.ToJsonString()))
            : node.ToJsonString();
        found.Add(new WireDeviation(path, $"{rule}: string", $"{Describe(node)} where a string is expected, read as '{text}'"));
        return JsonValue.Create(text);
    }

    private static JsonNode? AsNumber(JsonNode node, string path, string rule, List<WireDeviation> found)
    {
        if (node.GetValueKind() == JsonValueKind.Number) return node;
        if (node.GetValueKind() == JsonValueKind.String
            && decimal.TryParse(node.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            found.Add(new WireDeviation(path, $"{rule}: number",
                $"the string '{node.GetValue<string>()}' where a number is expected, read as {number}"));
            return JsonValue.Create(number);
        }
        found.Add(new WireDeviation(path, $"{rule}: number", $"{Describe(node)} where a number is expected, not read"));
        return null;
    }

    private static JsonNode? AsBool(JsonNode node, string path, string rule, List<WireDeviation> found)
    {
        if (node.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return node;
        var value = node.GetValueKind() == JsonValueKind.String && bool.TryParse(node.GetValue<string>(), out var parsed) ? parsed : (bool?)null;
        found.Add(new WireDeviation(path, $"{rule}: boolean",
            $"{Describe(node)} where a boolean is expected, {(value is null ? "not read" : $"read as {(value.Value ? "true" : "false")}")}"));
        return value is null ? null : JsonValue.Create(value.Value);
    }

    private static JsonNode? AsList(JsonNode node, Type elementType, string path, string rule, List<WireDeviation> found)
    {
        if (node is JsonValue && node.GetValueKind() == JsonValueKind.String && TryParse(node.GetValue<string>()) is JsonArray held)
        {
            found.Add(new WireDeviation(path, $"{rule}: array", "a JSON string holding the list, read as the list it holds"));
            node = held;
        }
        if (node is not JsonArray list)
        {
            found.Add(new WireDeviation(path, $"{rule}: array", $"{Describe(node)} where a list is expected, read as a list of it"));
            return new JsonArray(Normalize(node.DeepClone(), elementType, path + "[0]", rule + "[]", found));
        }
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var read = Normalize(item, elementType, $"{path}[{i}]", rule + "[]", found);
            if (!ReferenceEquals(read, item)) list[i] = read;
        }
        return list;
    }

    private static JsonNode? AsObject(JsonNode node, JsonTypeInfo info, string path, List<WireDeviation> found)
    {
        var rule = OwnerRule(info.Type);
        switch (node)
        {
            case JsonArray { Count: 0 }:
                found.Add(new WireDeviation(path, $"{rule}: object", "an empty list where an object is expected, read as nothing"));
                return null;
            case JsonArray { Count: 1 } one:
                found.Add(new WireDeviation(path, $"{rule}: object", "a list of one where an object is expected, read as its item"));
                return AsObject(one[0]!.DeepClone(), info, path, found);
            case JsonValue when node.GetValueKind() == JsonValueKind.String && TryParse(node.GetValue<string>()) is JsonObject inner:
                found.Add(new WireDeviation(path, $"{rule}: object", "a JSON string holding the object, read as the object it holds"));
                return AsObject(inner, info, path, found);
            case not JsonObject:
                found.Add(new WireDeviation(path, $"{rule}: object", $"{Describe(node)} where an object is expected, not read"));
                return null;
        }

        var obj = (JsonObject)node;
        var properties = info.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var (name, value) in obj.ToList())
        {
            var spelled = name;
            if (!properties.ContainsKey(name) && properties.ContainsKey(CamelCase(name)))
            {
                spelled = CamelCase(name);
                found.Add(new WireDeviation($"{path}.{name}", $"{rule}.{spelled}",
                    $"the name '{name}' where the YAML names it '{spelled}', read as it"));
                obj.Remove(name);
                if (obj.ContainsKey(spelled)) continue;
                obj[spelled] = value;
            }
            if (!properties.TryGetValue(spelled, out var property)) continue;
            var type = property.PropertyType == typeof(ObjectMetadata) ? ObjectTypeOf(value) ?? typeof(ObjectMetadata) : property.PropertyType;
            if (type == typeof(ObjectMetadata)) continue;
            var read = Normalize(value, type, $"{path}.{spelled}", $"{rule}.{spelled}", found);
            if (!ReferenceEquals(read, value)) obj[spelled] = read;
        }
        return obj;
    }

    /// <summary>A notification's object is read by its objectType (<see cref="NotificationObjectConverter"/>).</summary>
    private static Type? ObjectTypeOf(JsonNode? node) =>
        (node is JsonValue && node.GetValueKind() == JsonValueKind.String ? TryParse(node.GetValue<string>()) : node) is JsonObject obj
        && (obj["objectType"] ?? obj["object_type"]) is JsonValue kind && kind.GetValueKind() == JsonValueKind.String
            ? NotificationObjectConverter.TypeOf(kind.GetValue<string>()) : null;

    /// <summary>The YAML schema a wire type stands for: its name in camelCase, but for the few the YAML names otherwise.</summary>
    private static string OwnerRule(Type type)
    {
        var name = type == typeof(TokenResponse) ? "clientCredentialResponse"
            : type.IsGenericType ? OwnerRule(type.GetGenericArguments()[0])["openadr3.yaml ".Length..]
            : char.ToLowerInvariant(type.Name[0]) + type.Name[1..];
        return "openadr3.yaml " + name;
    }

    private static string CamelCase(string snake)
    {
        if (!snake.Contains('_')) return snake;
        var text = new StringBuilder();
        var upper = false;
        foreach (var c in snake)
        {
            if (c == '_') upper = true;
            else
            {
                text.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
        }
        // The YAML spells ids with a capital D (programID, clientID), as its own names show.
        var name = text.ToString();
        return name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] + "ID" : name;
    }

    private static JsonNode? TryParse(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (JsonException) { return null; }
    }

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal) || type == typeof(float);

    private static string Describe(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.Array => $"the list {Shorten(node.ToJsonString())}",
        JsonValueKind.Object => $"the object {Shorten(node.ToJsonString())}",
        JsonValueKind.String => $"the string {Shorten(node.ToJsonString())}",
        var kind => $"the {kind.ToString().ToLowerInvariant()} {Shorten(node.ToJsonString())}",
    };

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
