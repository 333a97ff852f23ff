using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Conformance.Bindings.OpenAdr3.Conformity;

/// <summary>One way a VTN's answer departs from openadr3.yaml.</summary>
/// <param name="Operation">The YAML's operation, e.g. "searchVens (GET /vens)".</param>
/// <param name="JsonPath">Where in the body, e.g. "$.targets[0]"; empty for the status or media type.</param>
/// <param name="Rule">The schema rule, as users can look it up: "openadr3.yaml ven.targets[*]: StringExpected".</param>
public sealed record SpecViolation(string Operation, int Status, string JsonPath, string Rule, string Message)
{
    public override string ToString() =>
        JsonPath.Length == 0 ? $"{Operation} -> {Status}: {Message}" : $"{Operation} -> {Status}: {JsonPath}: {Message}";
}

/// <summary>
/// Checks an answer against the YAML: its status must be one the operation lists, its media type the one that
/// response declares, and its body valid against that response's schema. A request the YAML has no operation for
/// must be answered with the YAML's problem (every error response of the YAML is one).
/// </summary>
/// <param name="allows">
/// Departures known and accepted by key (`status {operationId} {code}`, `schema {schema} {path} {error kind}`); by
/// default those no answer can avoid, where the YAML contradicts itself (<see cref="YamlContradictions"/>).
/// </param>
public sealed partial class AnswerCheck(OpenAdrSpec spec, Func<string, bool>? allows = null)
{
    /// <summary>
    /// The YAML's `ven` and `resource` are allOf objectMetadata (objectType VEN, RESOURCE) and the BL request (objectType
    /// BL_VEN_REQUEST, BL_RESOURCE_REQUEST): no objectType meets both, so no VTN is held to it (docs/openadr3-deviations.md).
    /// </summary>
    public static readonly IReadOnlySet<string> YamlContradictions = new HashSet<string>(StringComparer.Ordinal)
    {
        "schema ven #/objectType NotInEnumeration",
        "schema resource #/objectType NotInEnumeration",
    };

    private static readonly JsonSchemaValidator Validator = CreateValidator();

    public IReadOnlyList<SpecViolation> Check(string method, string path, int status, string? mediaType, string body)
    {
        var operation = spec.Find(method, path);
        if (operation is null) return CheckUndefined(method, path, status, mediaType, body);

        var name = operation.Name;
        var rule = $"openadr3.yaml {operation.Operation.OperationId}";
        if (!operation.Operation.ActualResponses.TryGetValue(status.ToString(), out var declared))
        {
            if (Allows($"status {operation.Operation.OperationId} {status}")) return CheckBody(name, status, mediaType, body, Problem);
            return [new SpecViolation(name, status, "", $"{rule} responses",
                $"status {status} is not a response of this operation (it lists {string.Join(", ", operation.Operation.ActualResponses.Keys)})")];
        }

        var content = declared.ActualResponse.Content;
        if (content.Count == 0)
            return body.Length == 0 ? []
                : [new SpecViolation(name, status, "", $"{rule} {status}", "the YAML declares no content, yet the response has a body")];
        if (mediaType is null || !content.TryGetValue(mediaType, out var media))
            return [new SpecViolation(name, status, "", $"{rule} {status} content",
                $"media type '{mediaType}' is not one the YAML declares ({string.Join(", ", content.Keys)})")];
        return CheckBody(name, status, mediaType, body, media.Schema.ActualSchema);
    }

    /// <summary>A notification the VTN sent (a webhook's POST body, an MQTT PUBLISH payload) against the YAML's notification.</summary>
    public IReadOnlyList<SpecViolation> CheckNotification(string body) =>
        CheckBody("notification", 0, "application/json", body, spec.Document.Components.Schemas["notification"]);

    private bool Allows(string key) => allows?.Invoke(key) ?? YamlContradictions.Contains(key);

    private JsonSchema Problem => spec.Document.Components.Schemas["problem"];

    private IReadOnlyList<SpecViolation> CheckUndefined(string method, string path, int status, string? mediaType, string body)
    {
        var name = $"(no operation) {method} /{path.Trim('/')}";
        if (status is not (404 or 405))
            return [new SpecViolation(name, status, "", "openadr3.yaml paths",
                "the YAML has no such operation, yet the VTN did not answer 404 or 405")];
        if (mediaType != "application/json")
            return [new SpecViolation(name, status, "", "openadr3.yaml problem",
                $"media type '{mediaType}' is not application/json, the YAML's media type for problems")];
        return CheckBody(name, status, mediaType, body, Problem);
    }

    private IReadOnlyList<SpecViolation> CheckBody(string name, int status, string? mediaType, string body, JsonSchema schema)
    {
        var schemaName = SchemaName(schema);
        if (mediaType != "application/json")
            return [new SpecViolation(name, status, "", $"openadr3.yaml {schemaName}", $"media type '{mediaType}' is not application/json")];
        ICollection<ValidationError> errors;
        try
        {
            // Dates stay strings, so the date-time format sees them as sent ("2025-01-01 00:00:00Z" has no T).
            using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(body))
            {
                DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
            };
            errors = Validator.Validate(Newtonsoft.Json.Linq.JToken.ReadFrom(reader), schema, SchemaType.OpenApi3);
        }
        catch (Newtonsoft.Json.JsonException ex)
        {
            return [new SpecViolation(name, status, "", $"openadr3.yaml {schemaName}", $"the body is not JSON: {ex.Message}")];
        }
        var leaves = Flatten(errors).ToList();
        // A value of another type misses the properties of the type it should be: the type is the one thing wrong there.
        var wrongType = leaves.Where(e => e.Kind.ToString().EndsWith("Expected", StringComparison.Ordinal)).Select(e => Trimmed(e.Path)).ToHashSet();
        return leaves
            .Where(error => !(error.Kind == ValidationErrorKind.PropertyRequired && wrongType.Contains(Trimmed(error.Path, error.Property))))
            .Where(error => !Allows($"schema {schemaName} {ItemPath(error.Path)} {error.Kind}"))
            .Select(error => new SpecViolation(name, status, JsonPath(error.Path),
                $"openadr3.yaml {schemaName}{ItemPath(error.Path)[1..].TrimEnd('/').Replace('/', '.')}: {error.Kind}",
                $"{error.Kind}{(error.Property is null ? "" : $" ({error.Property})")}"))
            .Distinct()
            .ToList();
    }

    private static JsonSchemaValidator CreateValidator()
    {
        // A value passes when any validator of its format takes it: NJsonSchema's own date-time one must go.
        var settings = new JsonSchemaValidatorSettings();
        settings.FormatValidators = [.. settings.FormatValidators.Where(v => v.Format != "date-time"), new Rfc3339Format()];
        return new JsonSchemaValidator(settings);
    }

    /// <summary>anyOf/oneOf failures carry the errors of each branch; the leaves say what is actually wrong.</summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) => errors.SelectMany(error =>
        error is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Flatten(child.Errors.SelectMany(branch => branch.Value))
            : [error]);

    /// <summary>The path of the object a property is missing from ("#/[0]/id" less "id"), without a trailing separator.</summary>
    private static string Trimmed(string? path, string? property = null)
    {
        var trimmed = path ?? "#";
        if (property is not null && trimmed.EndsWith(property, StringComparison.Ordinal)) trimmed = trimmed[..^property.Length];
        return trimmed.TrimEnd('/', '.');
    }

    /// <summary>NJsonSchema's "#/targets[0]" (or "#/[2].id" in a list) as a JSON path: "$.targets[0]", "$[2].id".</summary>
    private static string JsonPath(string? path) => (path ?? "#").TrimEnd('/') switch
    {
        "#" => "$",
        var p when p.StartsWith("#/[", StringComparison.Ordinal) => "$" + p[2..],
        var p => "$." + p[2..],
    };

    /// <summary>A list's errors are keyed like its items' ("#/[3].objectType" as "#/objectType"), other indices as [*].</summary>
    public static string ItemPath(string? path) =>
        ListIndex().Replace(LeadingListIndex().Replace(path ?? "#", "#/"), "[*]");

    [GeneratedRegex(@"^#/\[\d+\]\.?")]
    private static partial Regex LeadingListIndex();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex ListIndex();

    private string SchemaName(JsonSchema schema)
    {
        var target = schema.Item?.ActualSchema ?? schema;
        return spec.Document.Components.Schemas.FirstOrDefault(s => ReferenceEquals(s.Value, target)).Key ?? "";
    }
}
