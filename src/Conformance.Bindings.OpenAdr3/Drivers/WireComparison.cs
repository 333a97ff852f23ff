using System.Globalization;
using System.Text.Json;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// What a reader got against what the sender wrote: every field the sender wrote must come back with the same value,
/// numbers by value (1.50 equals 1.5) and timestamps as instants. Fields the sender left out (ids, metadata, defaults a
/// VTN may fill in) are not compared, nor the top-level objectType (a request variant such as BL_VEN_REQUEST comes
/// back as VEN).
/// </summary>
public static class WireComparison
{
    private const int Shown = 5;

    /// <param name="ignoredFields">Top-level fields not compared, e.g. targets of what a VEN reads (target hiding).</param>
    public static IReadOnlyList<string> Differences<T>(T sent, T read, params string[] ignoredFields)
    {
        var differences = new List<string>();
        Compare(JsonSerializer.SerializeToElement(sent, OpenAdrJson.Options), JsonSerializer.SerializeToElement(read, OpenAdrJson.Options),
            "", ["objectType", .. ignoredFields], differences);
        return differences;
    }

    /// <summary>The first differences, for a failure message.</summary>
    public static string Describe(IReadOnlyList<string> differences) =>
        string.Join("; ", differences.Take(Shown)) + (differences.Count > Shown ? $"; and {differences.Count - Shown} more" : "");

    private static void Compare(JsonElement sent, JsonElement read, string path, string[] ignored, List<string> differences)
    {
        switch (sent.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var field in sent.EnumerateObject())
                {
                    if (path.Length == 0 && ignored.Contains(field.Name)) continue;
                    var at = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
                    if (read.ValueKind == JsonValueKind.Object && read.TryGetProperty(field.Name, out var got) && got.ValueKind != JsonValueKind.Null)
                        Compare(field.Value, got, at, ignored, differences);
                    else
                        differences.Add($"{at}: sent {Text(field.Value)}, read none");
                }
                break;
            case JsonValueKind.Array when read.ValueKind != JsonValueKind.Array || read.GetArrayLength() != sent.GetArrayLength():
                differences.Add($"{path}: sent {sent.GetArrayLength()} item(s), read " +
                    $"{(read.ValueKind == JsonValueKind.Array ? $"{read.GetArrayLength()}" : Text(read))}");
                break;
            case JsonValueKind.Array:
                for (var i = 0; i < sent.GetArrayLength(); i++) Compare(sent[i], read[i], $"{path}[{i}]", ignored, differences);
                break;
            default:
                if (!SameValue(sent, read)) differences.Add($"{path}: sent {Text(sent)}, read {Text(read)}");
                break;
        }
    }

    private static bool SameValue(JsonElement sent, JsonElement read) => (sent.ValueKind, read.ValueKind) switch
    {
        (JsonValueKind.Number, JsonValueKind.Number) => sent.TryGetDecimal(out var a) && read.TryGetDecimal(out var b) ? a == b
            : sent.GetDouble() == read.GetDouble(),
        (JsonValueKind.String, JsonValueKind.String) => sent.GetString() == read.GetString() || SameInstant(sent.GetString()!, read.GetString()!),
        var (s, r) => s == r,
    };

    private static bool SameInstant(string sent, string read) =>
        sent.Contains('T') && read.Contains('T')
        && DateTimeOffset.TryParse(sent, CultureInfo.InvariantCulture, DateTimeStyles.None, out var a)
        && DateTimeOffset.TryParse(read, CultureInfo.InvariantCulture, DateTimeStyles.None, out var b) && a == b;

    private static string Text(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 80 ? text : text[..77] + "...";
    }
}
