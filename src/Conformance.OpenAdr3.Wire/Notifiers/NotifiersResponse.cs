using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>YAML notifiersResponse: "Provides details of each notifier binding supported" (GET /notifiers).</summary>
public sealed record NotifiersResponse
{
    /// <summary>Currently MUST be true (required).</summary>
    [JsonPropertyName("WEBHOOK")]
    public bool? Webhook { get; init; }

    /// <summary>Details of the MQTT binding; absent when the VTN offers no MQTT notifications.</summary>
    [JsonPropertyName("MQTT")]
    public MqttNotifierBinding? Mqtt { get; init; }
}
