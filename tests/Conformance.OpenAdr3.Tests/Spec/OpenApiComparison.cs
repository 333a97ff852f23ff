using NJsonSchema;
using NSwag;

namespace Conformance.OpenAdr3.Tests.Spec;

/// <summary>
/// The differences between the VTN's generated OpenAPI document and openadr3.yaml, each under the key the
/// deviations table lists it by: paths, operations (method and operationId), response statuses, and for
/// every request and response body its property names and required lists (allOf merged, oneOf/anyOf
/// branches united, nested objects and array items included, "[]" marking an item).
/// </summary>
internal static class OpenApiComparison
{
    public static IEnumerable<string> Differences(OpenApiDocument spec, OpenApiDocument vtn)
    {
        var specOps = Operations(spec);
        var vtnOps = Operations(vtn);
        foreach (var path in spec.Paths.Keys.Except(vtn.Paths.Keys).Concat(vtn.Paths.Keys.Except(spec.Paths.Keys)))
            yield return $"document path {path}";

        foreach (var key in specOps.Keys.Union(vtnOps.Keys))
        {
            if (!specOps.TryGetValue(key, out var expected) || !vtnOps.TryGetValue(key, out var actual))
            {
                if (spec.Paths.ContainsKey(key.Path) && vtn.Paths.ContainsKey(key.Path)) yield return $"document operation {key.Method} {key.Path}";
                continue;
            }
            if (expected.OperationId != actual.OperationId) yield return $"document operation {key.Method} {key.Path}";
            foreach (var difference in Compare(spec, expected, actual)) yield return difference;
        }
    }

    private static IEnumerable<string> Compare(OpenApiDocument document, OpenApiOperation expected, OpenApiOperation actual)
    {
        var id = expected.OperationId;
        foreach (var status in actual.ActualResponses.Keys.Except(expected.ActualResponses.Keys)) yield return $"status {id} {status}";
        foreach (var status in expected.ActualResponses.Keys.Except(actual.ActualResponses.Keys)) yield return $"document unanswered {id} {status}";

        if (!MediaTypes(expected.ActualRequestBody?.Content).SequenceEqual(MediaTypes(actual.ActualRequestBody?.Content)))
            yield return $"document media {id} request";
        foreach (var status in expected.ActualResponses.Keys.Intersect(actual.ActualResponses.Keys))
            if (!MediaTypes(expected.ActualResponses[status].ActualResponse.Content)
                .SequenceEqual(MediaTypes(actual.ActualResponses[status].ActualResponse.Content)))
                yield return $"document media {id} {status}";

        var bodies = new List<(JsonSchema? Expected, JsonSchema? Actual)> { (RequestSchema(expected), RequestSchema(actual)) };
        bodies.AddRange(expected.ActualResponses.Keys.Intersect(actual.ActualResponses.Keys)
            .Select(status => (ResponseSchema(expected, status), ResponseSchema(actual, status))));
        foreach (var (spec, vtn) in bodies)
        {
            if (spec is null && vtn is null) continue;
            var name = SchemaName(document, spec);
            if (spec is null || vtn is null)
            {
                yield return $"document body {id} {name}";
                continue;
            }
            var (specProperties, specRequired) = Shape(spec);
            var (vtnProperties, vtnRequired) = Shape(vtn);
            if (Diff(specProperties, vtnProperties) is { Length: > 0 } properties) yield return $"document properties {name}: {properties}";
            if (Diff(specRequired, vtnRequired) is { Length: > 0 } required) yield return $"document required {name}: {required}";
        }
    }

    private static Dictionary<(string Method, string Path), OpenApiOperation> Operations(OpenApiDocument document) =>
        document.Paths.SelectMany(path => path.Value.Select(op => (Key: (op.Key.ToUpperInvariant(), path.Key), op.Value)))
            .ToDictionary(x => x.Key, x => x.Value);

    private static IEnumerable<string> MediaTypes(IDictionary<string, OpenApiMediaType>? content) => (content?.Keys ?? []).Order();

    private static JsonSchema? RequestSchema(OpenApiOperation operation) =>
        operation.ActualRequestBody?.Content.Values.FirstOrDefault()?.Schema;

    private static JsonSchema? ResponseSchema(OpenApiOperation operation, string status) =>
        operation.ActualResponses[status].ActualResponse.Content.Values.FirstOrDefault()?.Schema;

    /// <summary>The YAML's name for a body: the component it is, or its items are.</summary>
    private static string SchemaName(OpenApiDocument document, JsonSchema? schema)
    {
        if (schema is null) return "(none)";
        var target = Item(schema);
        return document.Components.Schemas.FirstOrDefault(s => ReferenceEquals(s.Value, target)).Key ?? "(inline)";
    }

    /// <summary>A list body is compared by its items.</summary>
    private static JsonSchema Item(JsonSchema schema) => schema.ActualSchema.Item?.ActualSchema ?? schema.ActualSchema;

    /// <summary>"+name" for what only the VTN has, "-name" for what only the YAML has, sorted, space separated.</summary>
    private static string Diff(ISet<string> spec, ISet<string> vtn) =>
        string.Join(' ', vtn.Except(spec).Select(p => "+" + p).Concat(spec.Except(vtn).Select(p => "-" + p)).Order(StringComparer.Ordinal));

    private static (ISet<string> Properties, ISet<string> Required) Shape(JsonSchema schema)
    {
        var properties = new HashSet<string>();
        var required = new HashSet<string>();
        Walk(Item(schema), "", properties, required, []);
        return (properties, required);
    }

    /// <summary>Collects the property paths ("intervals[].payloads") and required ones under <paramref name="path"/>.</summary>
    private static void Walk(JsonSchema schema, string path, ISet<string> properties, ISet<string> required, HashSet<JsonSchema> seen)
    {
        var s = schema.ActualSchema;
        if (!seen.Add(s)) return;
        if (s.Item is { } item) Walk(item, path + "[]", properties, required, seen);
        foreach (var part in s.AllOf.Concat(s.OneOf).Concat(s.AnyOf)) Walk(part, path, properties, required, seen);
        foreach (var name in s.RequiredProperties) required.Add(Join(path, name));
        foreach (var (name, property) in s.Properties)
        {
            properties.Add(Join(path, name));
            Walk(property, Join(path, name), properties, required, seen);
        }
        seen.Remove(s);
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
