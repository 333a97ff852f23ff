using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Model.SystemUnderTest;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Conformance.Roles.Bindings;

/// <summary>
/// The JSON Schema of the whole system-under-test file: the core's (<see cref="SystemUnderTestFile.CoreSchema"/>), with
/// the bindings' names as the values of <c>binding</c> and each binding's section as the property named after it (and
/// the top-level fields older files gave it). Published as <c>schemas/system-under-test.schema.json</c> and by
/// <c>conformance schema</c>; every file is validated against it before it is read, each error naming the file, the
/// line and the field.
/// </summary>
public static partial class SystemUnderTestSchema
{
    /// <summary>Where the repository publishes the schema the harness's bindings compose.</summary>
    public const string PublishedPath = "schemas/system-under-test.schema.json";

    public static JsonObject Compose(IReadOnlyList<IBinding> bindings)
    {
        var root = JsonNode.Parse(SystemUnderTestFile.CoreSchema)!.AsObject();
        var properties = root["properties"]!.AsObject();
        properties["binding"]!["enum"] = new JsonArray([.. bindings.Select(b => (JsonNode)JsonValue.Create(b.Name))]);
        foreach (var binding in bindings)
            properties[binding.Name] = binding.Section.Schema.DeepClone();
        foreach (var binding in bindings)
            foreach (var (field, schema) in binding.Section.LegacySchema)
            {
                var legacy = schema!.DeepClone().AsObject();
                legacy["description"] =
                    $"The older layout of the '{binding.Name}' section's '{field}', read when the file has no '{binding.Name}' section. " +
                    (legacy["description"]?.GetValue<string>() ?? "");
                properties[field] = legacy;
            }
        return root;
    }

    /// <summary>The composed schema as the repository publishes it: indented, LF line ends, a final newline.</summary>
    public static string Text(IReadOnlyList<IBinding> bindings) =>
        Compose(bindings).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .ReplaceLineEndings("\n") + "\n";

    /// <summary>Every way the file breaks the schema, in the order of the file's lines; empty: it validates.</summary>
    public static IReadOnlyList<ConfigurationException> Validate(ConfigurationReader file, JsonObject schema)
    {
        var compiled = JsonSchema.FromJsonAsync(schema.ToJsonString()).GetAwaiter().GetResult();
        var token = JToken.Parse(Encoding.UTF8.GetString(file.Json.Span),
            new JsonLoadSettings { CommentHandling = CommentHandling.Ignore, LineInfoHandling = LineInfoHandling.Load });
        // In the order of the lines; on one line an unknown field first (a misspelt name also makes a required one missing).
        return [.. Flatten(compiled.Validate(token))
            .Select(e => (Error: Describe(file, token, e), Unknown: e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed))
            .DistinctBy(e => e.Error.Message)
            .OrderBy(e => e.Error.Line ?? 0).ThenBy(e => e.Unknown ? 0 : 1)
            .Select(e => e.Error)];
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) => errors.SelectMany(e => e switch
    {
        ChildSchemaValidationError child when child.Errors.Count > 0 => Flatten(child.Errors.SelectMany(c => c.Value)),
        MultiTypeValidationError multi when multi.Errors.Count > 0 => Flatten(multi.Errors.SelectMany(c => c.Value)),
        _ => [e],
    });

    private static ConfigurationException Describe(ConfigurationReader file, JToken document, ValidationError error)
    {
        var field = (error.Path ?? "").TrimStart('#', '/');
        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Property is { } missing && !field.EndsWith(missing, StringComparison.Ordinal))
            field = field.Length == 0 ? missing : $"{field}.{missing}";
        var value = field.Length == 0 ? document : document.SelectToken(field.Replace("'", "\\'"), errorWhenNoMatch: false);
        var schema = error.Schema;
        var problem = error.Kind switch
        {
            ValidationErrorKind.PropertyRequired =>
                schema?.Properties.TryGetValue(error.Property ?? "", out var required) == true && required.Description is { } why
                ? $"required: {why}" : "required",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => schema is { Properties.Count: > 0 }
                ? $"unknown field; expected one of {string.Join(", ", schema.Properties.Keys)}" : "unknown field",
            ValidationErrorKind.StringExpected => $"must be a string, found {Kind(value)}",
            ValidationErrorKind.NumberExpected => $"must be a number, found {Kind(value)}",
            ValidationErrorKind.IntegerExpected => $"must be an integer, found {Kind(value)}",
            ValidationErrorKind.BooleanExpected => $"must be true or false, found {Kind(value)}",
            ValidationErrorKind.ObjectExpected => $"must be an object, found {Kind(value)}",
            ValidationErrorKind.ArrayExpected => $"must be an array, found {Kind(value)}",
            ValidationErrorKind.NotInEnumeration =>
                $"{Quoted(value)} is not one of {string.Join(", ", schema?.Enumeration.Select(v => $"'{v}'") ?? [])}",
            ValidationErrorKind.StringTooShort => "must not be empty",
            ValidationErrorKind.PatternMismatch => $"{Quoted(value)} is not {Expected(schema)}",
            ValidationErrorKind.NumberTooSmall or ValidationErrorKind.NumberTooBig => $"{Quoted(value)} is out of range ({Expected(schema)})",
            var other => $"{Quoted(value)}: {Words().Replace(other.ToString(), " $1").ToLowerInvariant()}",
        };
        return new ConfigurationException(file.File, file.LineOf(Index().Replace(field, "")), field.Length == 0 ? null : field, problem);
    }

    /// <summary>What a value should have been: the schema's description, else its pattern or bounds.</summary>
    private static string Expected(JsonSchema? schema) => schema switch
    {
        { Description: { Length: > 0 } description } => char.ToLowerInvariant(description[0]) + description[1..].TrimEnd('.'),
        { Pattern: { } pattern } => $"a match for {pattern}",
        { Minimum: { } min } => $"at least {min}",
        { Maximum: { } max } => $"at most {max}",
        _ => "valid",
    };

    private static string Kind(JToken? value) => value?.Type switch
    {
        JTokenType.Integer or JTokenType.Float => "number",
        JTokenType.Boolean => "boolean",
        JTokenType.Null or null => "null",
        var type => type.ToString()!.ToLowerInvariant(),
    };

    private static string Quoted(JToken? value) =>
        value is JValue { Type: JTokenType.String } text ? $"'{text}'" : value?.ToString(Newtonsoft.Json.Formatting.None) ?? "null";

    [GeneratedRegex(@"(?<=[a-z])([A-Z])")]
    private static partial Regex Words();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
