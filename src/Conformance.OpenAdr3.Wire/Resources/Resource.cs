using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// YAML resource = objectMetadata + BlResourceRequest, and as a request either BlResourceRequest or
/// VenResourceRequest, told apart by objectType (BL_RESOURCE_REQUEST / VEN_RESOURCE_REQUEST).
/// A VTN answers with objectType RESOURCE.
/// </summary>
public sealed record Resource : ObjectMetadata, IValidatable
{
    /// <summary>ClientID as provisioned by the authentication service; required in a BL request.</summary>
    [JsonPropertyName("clientID")]
    public string? ClientId { get; init; }

    /// <summary>A list of targets; only BL may write them (Definition.md, Object Privacy).</summary>
    [JsonPropertyName("targets")]
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>User generated identifier, unique to its associated ven (1..128, required).</summary>
    [JsonPropertyName("resourceName")]
    public string? ResourceName { get; init; }

    /// <summary>The id of the ven object this resource belongs to (required).</summary>
    [JsonPropertyName("venID")]
    public string? VenId { get; init; }

    /// <summary>A list of valuesMap objects describing attributes.</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyList<ValuesMap>? Attributes { get; init; }

    /// <summary>Checks the resourceRequest rules (either variant, chosen by objectType).</summary>
    public IReadOnlyList<Violation> Validate()
    {
        var checks = new Checks();
        if (checks.Required("objectType", ObjectType))
            checks.OneOf("objectType", ObjectType, ObjectTypes.BlResourceRequest, ObjectTypes.VenResourceRequest);
        checks.Text("resourceName", ResourceName, 1, 128, required: true);
        checks.ObjectId("venID", VenId, required: true);
        checks.Each("attributes", Attributes, (a, at) => a.Check(checks, at));
        if (ObjectType == ObjectTypes.BlResourceRequest)
        {
            checks.Text("clientID", ClientId, 1, 128, required: true);
            checks.Targets("targets", Targets);
        }
        else if (ObjectType == ObjectTypes.VenResourceRequest)
        {
            checks.BlOnly("clientID", ClientId, ObjectTypes.VenResourceRequest);
            checks.BlOnly("targets", Targets, ObjectTypes.VenResourceRequest);
        }
        return checks.Result;
    }
}
