using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// What event and report payload descriptors share. A program's payloadDescriptors may hold either kind,
/// told apart by objectType (YAML discriminator); see <see cref="PayloadDescriptorConverter"/>.
/// </summary>
[JsonConverter(typeof(PayloadDescriptorConverter))]
public abstract record PayloadDescriptor
{
    /// <summary>Used as discriminator: EVENT_PAYLOAD_DESCRIPTOR or REPORT_PAYLOAD_DESCRIPTOR.</summary>
    [JsonPropertyName("objectType"), JsonPropertyOrder(-2)]
    public string? ObjectType { get; init; }

    /// <summary>The nature of values; an enumeration from Definitions or a private string.</summary>
    [JsonPropertyName("payloadType"), JsonPropertyOrder(-1)]
    public string? PayloadType { get; init; }

    /// <summary>Units of measure.</summary>
    [JsonPropertyName("units")]
    public string? Units { get; init; }

    /// <summary>
    /// objectType is required by the YAML, but the User Guide's own examples omit it where the list's
    /// type makes it obvious; only a wrong value is reported.
    /// </summary>
    internal void CheckCommon(Checks checks, string path, string objectType)
    {
        checks.OneOf(Checks.Path(path, "objectType"), ObjectType, objectType);
        checks.Text(Checks.Path(path, "payloadType"), PayloadType, 1, 128, required: true);
        checks.Text(Checks.Path(path, "units"), Units, 1, 128);
    }

    internal abstract void Check(Checks checks, string path);
}
