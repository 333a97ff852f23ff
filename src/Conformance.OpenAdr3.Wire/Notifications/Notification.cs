using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// YAML notification: "VTN generated object included in request to subscription callbackUrl". The MQTT
/// binding publishes the same object ("the same as the existing notification JSON response format").
/// </summary>
public sealed record Notification
{
    /// <summary>The objectTypes value of <see cref="Object"/> (required).</summary>
    [JsonPropertyName("objectType")]
    public string? ObjectType { get; init; }

    /// <summary>"the operation on on object that triggered the notification": CREATE, READ, UPDATE or DELETE (required).</summary>
    [JsonPropertyName("operation")]
    public string? Operation { get; init; }

    /// <summary>"the object that is the subject of the notification" (required); read by its objectType.</summary>
    [JsonPropertyName("object"), JsonConverter(typeof(NotificationObjectConverter))]
    public ObjectMetadata? Object { get; init; }

    /// <summary>A list of targets.</summary>
    [JsonPropertyName("targets")]
    public IReadOnlyList<string>? Targets { get; init; }
}
