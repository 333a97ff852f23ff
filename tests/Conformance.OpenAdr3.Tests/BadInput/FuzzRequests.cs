using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Conformance.OpenAdr3.Tests.BadInput;

/// <summary>A request the fuzz test sends: the caller's role, method, path with query, and body.</summary>
public sealed record FuzzRequest(bool AsVen, string Method, string Path, string? Body)
{
    public override string ToString() => $"{(AsVen ? "VEN" : "BL")} {Method} {Path} {Body}";
}

/// <summary>
/// Generates requests to POST, PUT and GET of every entity: bodies are valid objects with one value
/// removed or replaced by a random JSON value, cut short, or with random text spliced in; query strings
/// mix the YAML's parameters with random names and values; ids are real, random or malformed.
/// </summary>
internal static class FuzzRequests
{
    private static readonly string[] Parameters =
        ["targets", "skip", "limit", "programID", "eventID", "venID", "clientName", "venName", "resourceName", "objects", "active"];
    private static readonly string[] EdgeValues =
        ["", "-1", "0", "51", "2147483648", "true", "EVENT", "a%20b", "null", new string('x', 129), "%00", "[]"];

    private static readonly Gen<string> Noise = Gen.String[0, 16];

    private static readonly Gen<JsonNode?> Value = Gen.OneOf(
        Gen.Const((JsonNode?)null),
        Gen.Int.Select(i => (JsonNode?)i),
        Gen.Double.Select(d => double.IsFinite(d) ? (JsonNode?)d : "NaN"),
        Gen.Bool.Select(b => (JsonNode?)b),
        Noise.Select(s => (JsonNode?)s),
        Gen.Const<JsonNode?>(() => new JsonArray()),
        Gen.Const<JsonNode?>(() => new JsonObject()),
        Gen.Int[1, 60].Select(depth => JsonNode.Parse(new string('[', depth) + new string(']', depth))));

    /// <summary>Requests against <paramref name="seeds"/>: a valid body per collection and an existing id in each.</summary>
    public static Gen<FuzzRequest> Against(IReadOnlyDictionary<string, (string Body, string Id)> seeds)
    {
        var collection = Gen.OneOf(seeds.Keys.ToArray());
        var id = Gen.OneOf(Gen.Const("no-such-id"), Noise.Select(Uri.EscapeDataString), Gen.Const(""));
        var body = Gen.Select(collection, Gen.Int[0, 4], Gen.Int[0, 1000], Value, Noise)
            .Select((c, how, at, value, noise) => (Collection: c, Body: Mutate(seeds[c].Body, how, at, value, noise)));
        var query = Gen.Select(Gen.OneOf(Gen.OneOf(Parameters), Noise), Gen.OneOf(Gen.OneOf(EdgeValues), Noise))
            .Select((name, value) => $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}")
            .Array[0, 4].Select(pairs => string.Join('&', pairs));

        return Gen.Frequency(
            (3, Gen.Select(Gen.Bool, body).Select((ven, b) => new FuzzRequest(ven, "POST", b.Collection, b.Body))),
            (2, Gen.Select(Gen.Bool, body, Gen.Bool, id).Select((ven, b, real, other) =>
                new FuzzRequest(ven, "PUT", $"{b.Collection}/{(real ? seeds[b.Collection].Id : other)}", b.Body))),
            (2, Gen.Select(Gen.Bool, collection, query).Select((ven, c, q) => new FuzzRequest(ven, "GET", $"{c}?{q}", null))),
            (1, Gen.Select(Gen.Bool, collection, id).Select((ven, c, other) => new FuzzRequest(ven, "GET", $"{c}/{other}", null))));
    }

    private static string Mutate(string json, int how, int at, JsonNode? value, string noise)
    {
        var cut = at % (json.Length + 1);
        return how switch
        {
            0 => ReplaceOne(json, at, value),
            1 => RemoveOne(json, at),
            2 => json[..cut],
            3 => json[..cut] + noise + json[cut..],
            _ => json,
        };
    }

    /// <summary>The seed with its <paramref name="at"/>-th value (any depth) replaced by <paramref name="value"/>.</summary>
    private static string ReplaceOne(string json, int at, JsonNode? value)
    {
        var root = JsonNode.Parse(json)!;
        var nodes = Descendants(root).ToList();
        var target = nodes[at % nodes.Count];
        if (target.Parent is null) return value?.ToJsonString() ?? "null";
        target.ReplaceWith(value?.DeepClone());
        return root.ToJsonString();
    }

    private static string RemoveOne(string json, int at)
    {
        var root = JsonNode.Parse(json)!;
        var properties = Descendants(root).Where(n => n.Parent is JsonObject).ToList();
        var target = properties[at % properties.Count];
        ((JsonObject)target.Parent!).Remove(target.GetPropertyName());
        return root.ToJsonString();
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node) => node switch
    {
        JsonObject o => new[] { node }.Concat(o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants)),
        JsonArray a => new[] { node }.Concat(a.OfType<JsonNode>().SelectMany(Descendants)),
        _ => [node],
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Wire.OpenAdrJson.Options);
}
