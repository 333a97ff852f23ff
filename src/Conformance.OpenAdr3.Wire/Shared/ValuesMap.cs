using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>YAML valuesMap: "Represents one or more values associated with a type."</summary>
public sealed record ValuesMap
{
    /// <summary>The nature of values, e.g. PRICE; an enumeration from Definitions or a private string.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>
    /// Data points: each a number, integer, string, boolean or point object. Kept as raw JSON so a
    /// round trip never changes a value (0.17 stays 0.17, 1 stays an integer).
    /// </summary>
    [JsonPropertyName("values")]
    public IReadOnlyList<JsonElement>? Values { get; init; }

    /// <summary>Builds a valuesMap from plain values (numbers, strings, booleans or point-shaped objects).</summary>
    public static ValuesMap Of(string type, params object[] values) => new()
    {
        Type = type,
        Values = values.Select(v => JsonSerializer.SerializeToElement(v, OpenAdrJson.Options)).ToList(),
    };

    internal void Check(Checks checks, string path)
    {
        checks.Text(Checks.Path(path, "type"), Type, 1, 128, required: true);
        var values = Checks.Path(path, "values");
        if (!checks.Required(values, Values)) return;
        for (var i = 0; i < Values!.Count; i++)
            if (!IsValue(Values[i])) checks.Add($"{values}[{i}]", "must be a number, string, boolean or point {x, y}");
    }

    /// <summary>The YAML's items: anyOf number, integer, string, boolean, point (an object with numbers x and y).</summary>
    private static bool IsValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number or JsonValueKind.String or JsonValueKind.True or JsonValueKind.False => true,
        JsonValueKind.Object => IsNumber(value, "x") && IsNumber(value, "y"),
        _ => false,
    };

    private static bool IsNumber(JsonElement point, string axis) =>
        point.TryGetProperty(axis, out var coordinate) && coordinate.ValueKind == JsonValueKind.Number;
}
