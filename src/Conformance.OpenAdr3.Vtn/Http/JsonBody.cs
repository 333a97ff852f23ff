using System.Reflection;
using System.Text.Json;
using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// A JSON request body read with the shared OpenADR options and checked by the type's own Validate().
/// Broken JSON becomes a violation naming the JSON path instead of a framework 400/500 without a body.
/// Bound by hand, so it tells the OpenAPI document itself that the operation takes a T as application/json.
/// </summary>
internal sealed class JsonBody<T> : IRequestPart, IEndpointParameterMetadataProvider where T : class, IValidatable
{
    private readonly T? value;

    private JsonBody(T? value, IReadOnlyList<Violation> violations)
    {
        this.value = value;
        Violations = violations;
    }

    /// <summary>The parsed body; <see cref="ValidationFilter"/> guarantees it is there and valid in a handler.</summary>
    public T Value => value ?? throw new InvalidOperationException("The body was invalid; ValidationFilter should have answered 400.");

    public IReadOnlyList<Violation> Violations { get; }

    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext context)
    {
        try
        {
            var parsed = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, OpenAdrJson.Options, context.RequestAborted);
            return parsed is null
                ? Invalid("body", "must be a JSON object")
                : new JsonBody<T>(PayloadDescriptorTypes.Complete(parsed), parsed.Validate());
        }
        catch (JsonException ex)
        {
            return Invalid(FieldOf(ex.Path), $"is not valid JSON for this request: {ex.Message}");
        }
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        builder.Metadata.Add(new AcceptsMetadata(["application/json"], typeof(T)));

    private static JsonBody<T> Invalid(string field, string message) => new(null, [new Violation(field, message)]);

    private static string FieldOf(string? jsonPath) =>
        jsonPath is null or "$" ? "body" : jsonPath.StartsWith("$.") ? jsonPath[2..] : jsonPath;
}
