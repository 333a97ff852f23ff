using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>An item of subscriptionRequest.objectOperations: "object type, operations, and callbackUrl."</summary>
public sealed record ObjectOperation
{
    public const string Read = "READ";
    public const string Create = "CREATE";
    public const string Update = "UPDATE";
    public const string Delete = "DELETE";

    /// <summary>List of objects to subscribe to: values of the objectTypes enum (required).</summary>
    [JsonPropertyName("objects")]
    public IReadOnlyList<string>? Objects { get; init; }

    /// <summary>List of operations to subscribe to: READ, CREATE, UPDATE, DELETE (required).</summary>
    [JsonPropertyName("operations")]
    public IReadOnlyList<string>? Operations { get; init; }

    /// <summary>User provided webhook URL (URI, 2..8000, required).</summary>
    [JsonPropertyName("callbackUrl")]
    public string? CallbackUrl { get; init; }

    /// <summary>
    /// User provided token. To avoid custom integrations, callback endpoints should accept the provided
    /// bearer token to authenticate VTN requests.
    /// </summary>
    [JsonPropertyName("bearerToken")]
    public string? BearerToken { get; init; }

    internal void Check(Checks checks, string path)
    {
        var objects = Checks.Path(path, "objects");
        if (checks.Required(objects, Objects)) checks.EachOneOf(objects, Objects, [.. ObjectTypes.Addressable]);
        var operations = Checks.Path(path, "operations");
        if (checks.Required(operations, Operations)) checks.EachOneOf(operations, Operations, Read, Create, Update, Delete);
        checks.Uri(Checks.Path(path, "callbackUrl"), CallbackUrl, 2, 8000, required: true);
    }
}
