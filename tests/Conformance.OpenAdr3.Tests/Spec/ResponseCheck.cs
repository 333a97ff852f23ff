using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;
using NSwag;

namespace Conformance.OpenAdr3.Tests.Spec;

/// <summary>One way a VTN response departs from openadr3.yaml.</summary>
internal sealed record SpecViolation(string Operation, int Status, string JsonPath, string Message)
{
    public override string ToString() =>
        JsonPath.Length == 0 ? $"{Operation} -> {Status}: {Message}" : $"{Operation} -> {Status}: {JsonPath}: {Message}";
}

/// <summary>
/// Checks a response against the YAML: its status must be one the operation lists, its media type the one
/// that response declares, and its body valid against that response's schema. A request the YAML has no
/// operation for must be answered with the YAML's problem (every error response of the YAML is one).
/// </summary>
internal sealed partial class ResponseCheck(OpenAdrSpec spec, Deviations deviations)
{
    private static readonly JsonSchemaValidator Validator = CreateValidator();

    public IReadOnlyList<SpecViolation> Check(string method, string path, int status, string? mediaType, string body)
    {
        var operation = spec.Find(method, path);
        if (operation is null) return CheckUndefined(method, path, status, mediaType, body);

        var name = operation.Name;
        if (!operation.Operation.ActualResponses.TryGetValue(status.ToString(), out var declared))
        {
            if (deviations.AllowsStatus(operation.Operation.OperationId, status))
                return CheckBody(name, status, mediaType, body, Problem);
            return [new SpecViolation(name, status, "",
                $"status {status} is not a response of this operation (it lists {string.Join(", ", operation.Operation.ActualResponses.Keys)})")];
        }

        var content = declared.ActualResponse.Content;
        if (content.Count == 0)
            return body.Length == 0 ? [] : [new SpecViolation(name, status, "", "the YAML declares no content, yet the response has a body")];
        if (mediaType is null || !content.TryGetValue(mediaType, out var media))
            return [new SpecViolation(name, status, "",
                $"media type '{mediaType}' is not one the YAML declares ({string.Join(", ", content.Keys)})")];
        return CheckBody(name, status, mediaType, body, media.Schema.ActualSchema);
    }

    private JsonSchema Problem => spec.Document.Components.Schemas["problem"];

    private IReadOnlyList<SpecViolation> CheckUndefined(string method, string path, int status, string? mediaType, string body)
    {
        var name = $"(no operation) {method} /{path.Trim('/')}";
        if (status is not (404 or 405))
            return [new SpecViolation(name, status, "", "the YAML has no such operation, yet the VTN did not answer 404 or 405")];
        if (mediaType != "application/json")
            return [new SpecViolation(name, status, "", $"media type '{mediaType}' is not application/json, the YAML's media type for problems")];
        return CheckBody(name, status, mediaType, body, Problem);
    }

    private IReadOnlyList<SpecViolation> CheckBody(string name, int status, string? mediaType, string body, JsonSchema schema)
    {
        if (mediaType != "application/json")
            return [new SpecViolation(name, status, "", $"media type '{mediaType}' is not application/json")];
        ICollection<ValidationError> errors;
        try
        {
            errors = Validator.Validate(body, schema, SchemaType.OpenApi3);
        }
        catch (Newtonsoft.Json.JsonException ex)
        {
            return [new SpecViolation(name, status, "", $"the body is not JSON: {ex.Message}")];
        }
        return Flatten(errors)
            .Where(error => !deviations.AllowsSchemaError(SchemaName(schema), ItemPath(error.Path), error.Kind))
            .Select(error => new SpecViolation(name, status, error.Path ?? "#",
                $"{error.Kind}{(error.Property is null ? "" : $" ({error.Property})")}"))
            .Distinct()
            .ToList();
    }

    private static JsonSchemaValidator CreateValidator()
    {
        var settings = new JsonSchemaValidatorSettings();
        settings.AddCustomFormatValidator(new Rfc3339Format());
        return new JsonSchemaValidator(settings);
    }

    /// <summary>anyOf/oneOf failures carry the errors of each branch; the leaves say what is actually wrong.</summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) => errors.SelectMany(error =>
        error is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Flatten(child.Errors.SelectMany(branch => branch.Value))
            : [error]);

    /// <summary>A list's errors are keyed like its items' ("#/[3].objectType" as "#/objectType"), other indices as [*].</summary>
    private static string ItemPath(string? path) =>
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
