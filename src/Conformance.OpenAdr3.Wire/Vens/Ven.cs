using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// YAML ven = objectMetadata + BlVenRequest, and as a request either VenVenRequest or BlVenRequest,
/// told apart by objectType (VEN_VEN_REQUEST / BL_VEN_REQUEST). A VTN answers with objectType VEN.
/// </summary>
public sealed record Ven : ObjectMetadata, IValidatable
{
    /// <summary>ClientID as provisioned by the authentication service; required in a BL request.</summary>
    [JsonPropertyName("clientID")]
    public string? ClientId { get; init; }

    /// <summary>A list of targets; only BL may write them (Definition.md, Object Privacy).</summary>
    [JsonPropertyName("targets")]
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>User generated identifier, unique within the scope of a VTN (1..128, required).</summary>
    [JsonPropertyName("venName")]
    public string? VenName { get; init; }

    /// <summary>A list of valuesMap objects describing attributes.</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyList<ValuesMap>? Attributes { get; init; }

    /// <summary>Checks the venRequest rules (either variant, chosen by objectType).</summary>
    public IReadOnlyList<Violation> Validate()
    {
        var checks = new Checks();
        if (checks.Required("objectType", ObjectType))
            checks.OneOf("objectType", ObjectType, ObjectTypes.VenVenRequest, ObjectTypes.BlVenRequest);
        checks.Text("venName", VenName, 1, 128, required: true);
        checks.Each("attributes", Attributes, (a, at) => a.Check(checks, at));
        if (ObjectType == ObjectTypes.BlVenRequest)
        {
            checks.Text("clientID", ClientId, 1, 128, required: true);
            checks.Targets("targets", Targets);
        }
        else if (ObjectType == ObjectTypes.VenVenRequest)
        {
            checks.BlOnly("clientID", ClientId, ObjectTypes.VenVenRequest);
            checks.BlOnly("targets", Targets, ObjectTypes.VenVenRequest);
        }
        return checks.Result;
    }
}
