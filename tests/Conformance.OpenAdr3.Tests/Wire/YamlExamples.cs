using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Conformance.OpenAdr3.Tests.WireTests;

/// <summary>
/// The YAML gives examples per field, not per object: this assembles a schema's object from the examples of
/// its fields, following $ref, allOf and (one item per branch) anyOf/oneOf lists. An enum without an example
/// gives its first value; a field with neither is left out.
/// </summary>
internal static class YamlExamples
{
    public static JsonNode? Build(JsonSchema schema)
    {
        var actual = schema.ActualSchema;
        if ((schema.Example ?? actual.Example) is { } example) return ToNode(example, actual);
        if (actual.Enumeration.Count > 0) return ToNode(actual.Enumeration.First()!, actual);
        if (actual.Type.HasFlag(JsonObjectType.Array) && actual.Item is { } item) return BuildList(item.ActualSchema);
        return BuildObject(actual);
    }

    private static JsonArray? BuildList(JsonSchema item)
    {
        var branches = item.AnyOf.Concat(item.OneOf).ToList();
        var built = (branches.Count > 0 ? branches.Select(Build) : [Build(item)]).OfType<JsonNode>().ToArray();
        return built.Length == 0 ? null : new JsonArray(built);
    }

    private static JsonObject? BuildObject(JsonSchema schema)
    {
        var result = new JsonObject();
        foreach (var part in schema.AllOf.Select(p => BuildObject(p.ActualSchema)).OfType<JsonObject>())
            foreach (var (name, value) in part.ToList()) result[name] = value?.DeepClone();
        if (schema.OneOf.FirstOrDefault() is { } first && BuildObject(first.ActualSchema) is { } branch)
            foreach (var (name, value) in branch.ToList()) result[name] = value?.DeepClone();
        foreach (var (name, property) in schema.Properties)
            if (Build(property) is { } value) result[name] = value;
        return result.Count == 0 ? null : result;
    }

    /// <summary>
    /// The YAML reader hands scalar examples over as text ([0.17] arrives as ["0.17"]); the schema says what
    /// they are. Untyped items (valuesMap's anyOf) take a number where the text is one, as YAML reads it.
    /// </summary>
    private static JsonNode? ToNode(object value, JsonSchema schema)
    {
        var token = value as JToken ?? JToken.FromObject(value);
        return token switch
        {
            JArray list => new JsonArray(list.Select(item => ToNode(item, schema.Item?.ActualSchema ?? new JsonSchema())).ToArray()),
            { Type: JTokenType.String } when IsScalar(schema.Type)
                || (schema.Type == JsonObjectType.None && double.TryParse(token.Value<string>(), out _)) =>
                JsonNode.Parse(token.Value<string>()!),
            _ => JsonNode.Parse(token.ToString(Newtonsoft.Json.Formatting.None)),
        };
    }

    private static bool IsScalar(JsonObjectType type) =>
        type.HasFlag(JsonObjectType.Number) || type.HasFlag(JsonObjectType.Integer) || type.HasFlag(JsonObjectType.Boolean);
}
