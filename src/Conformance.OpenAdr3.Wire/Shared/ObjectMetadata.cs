using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// YAML objectMetadata: "metadata common to all addressable objects. Values provided by VTN on object creation."
/// Null in a request; a VTN ignores what a client sends here.
/// </summary>
public abstract record ObjectMetadata
{
    /// <summary>VTN provisioned on object creation (objectID).</summary>
    [JsonPropertyName("id"), JsonPropertyOrder(-4)]
    public string? Id { get; init; }

    /// <summary>VTN provisioned on object creation (RFC 3339).</summary>
    [JsonPropertyName("createdDateTime"), JsonPropertyOrder(-3)]
    public string? CreatedDateTime { get; init; }

    /// <summary>VTN provisioned on object modification (RFC 3339).</summary>
    [JsonPropertyName("modificationDateTime"), JsonPropertyOrder(-2)]
    public string? ModificationDateTime { get; init; }

    /// <summary>VTN provisioned on object creation; see <see cref="ObjectTypes"/>. Also the ven request discriminator.</summary>
    [JsonPropertyName("objectType"), JsonPropertyOrder(-1)]
    public string? ObjectType { get; init; }
}
