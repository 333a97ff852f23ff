using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// YAML eventPayloadDescriptor: "Contextual information used to interpret event valuesMap values."
/// </summary>
public sealed record EventPayloadDescriptor : PayloadDescriptor
{
    /// <summary>Currency of price payload.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    internal override void Check(Checks checks, string path) =>
        CheckCommon(checks, path, ObjectTypes.EventPayloadDescriptor);
}
