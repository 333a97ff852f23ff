using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>YAML notifierOperationsTopics: "MQTT notifier topic names for notifications of subscribable-object operations".</summary>
public sealed record NotifierOperationsTopics
{
    /// <summary>Topic path for CREATE operations; not provided for a specific object ID.</summary>
    [JsonPropertyName("CREATE")]
    public string? Create { get; init; }

    /// <summary>Topic path for UPDATE operations (required).</summary>
    [JsonPropertyName("UPDATE")]
    public string? Update { get; init; }

    /// <summary>Topic path for DELETE operations (required).</summary>
    [JsonPropertyName("DELETE")]
    public string? Delete { get; init; }

    /// <summary>Topic path for ALL operations, if supported by VTN.</summary>
    [JsonPropertyName("ALL")]
    public string? All { get; init; }
}
