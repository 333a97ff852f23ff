using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>YAML mqttNotifierBindingObject: "Details of MQTT binding for messaging protocol support".</summary>
public sealed record MqttNotifierBinding
{
    /// <summary>The only serialization the YAML defines.</summary>
    public const string Json = "JSON";

    /// <summary>URIs for connection to MQTT broker (required).</summary>
    [JsonPropertyName("URIS")]
    public IReadOnlyList<string>? Uris { get; init; }

    /// <summary>Currently always JSON (required).</summary>
    [JsonPropertyName("serialization")]
    public string? Serialization { get; init; }

    /// <summary>Authentication method supported for connection to MQTT broker (required).</summary>
    [JsonPropertyName("authentication")]
    public MqttNotifierAuthentication? Authentication { get; init; }
}
