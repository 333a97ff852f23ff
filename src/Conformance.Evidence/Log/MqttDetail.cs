using System.Globalization;
using System.Text.Json.Serialization;

namespace Conformance.Evidence.Log;

/// <summary>
/// What only an MQTT control packet has. Which fields are present depends on the packet: CONNECT has the client
/// id, user name and (fingerprinted) password; CONNACK, PUBACK, UNSUBACK and DISCONNECT a reason code; SUBSCRIBE and
/// SUBACK one entry per topic filter; PUBLISH its topic, QoS, retain flag and packet id (QoS 1 and 2).
/// </summary>
public sealed record MqttDetail
{
    /// <summary>CONNECT, CONNACK, SUBSCRIBE, SUBACK, UNSUBSCRIBE, UNSUBACK, PUBLISH, PUBACK, DISCONNECT.</summary>
    public required string PacketType { get; init; }

    /// <summary>The broker the connection is to, as announced (e.g. "mqtt://127.0.0.1:1883").</summary>
    public string? Broker { get; init; }

    /// <summary>The connection's client identifier, on every packet of the connection.</summary>
    public string? ClientId { get; init; }

    public string? Topic { get; init; }
    public int? Qos { get; init; }
    public bool? Retain { get; init; }
    public int? PacketId { get; init; }

    /// <summary>The MQTT 5 reason code (0 success; 0x80 and above failures).</summary>
    public int? ReasonCode { get; init; }

    /// <summary>The reason code's name as the client library knows it, e.g. "NotAuthorized".</summary>
    public string? Reason { get; init; }

    /// <summary>The MQTT 5 reason string property, as the peer sent it.</summary>
    public string? ReasonString { get; init; }

    public string? Username { get; init; }

    /// <summary>Never the password: its fingerprint (<see cref="Recording.Fingerprint"/>).</summary>
    public string? Password { get; init; }

    public string? ContentType { get; init; }

    /// <summary>SUBSCRIBE: the filters and the QoS asked; SUBACK: each filter's reason code; UNSUBSCRIBE: the filters.</summary>
    public IReadOnlyList<MqttSubscription>? Subscriptions { get; init; }

    public IReadOnlyDictionary<string, string>? UserProperties { get; init; }

    /// <summary>The packet in a few words, for <see cref="EvidenceRecord.Summary"/>.</summary>
    public string Describe() => PacketType switch
    {
        "PUBLISH" => $"PUBLISH {Topic}{(Qos is { } q ? $" qos {q}" : "")}{(PacketId is { } id ? $" id {id}" : "")}",
        "CONNECT" => $"CONNECT {Broker} as {ClientId}",
        "SUBSCRIBE" or "UNSUBSCRIBE" => $"{PacketType} {string.Join(", ", (Subscriptions ?? []).Select(s => s.Filter))}",
        "SUBACK" or "UNSUBACK" =>
            $"{PacketType} {string.Join(", ", (Subscriptions ?? []).Select(s => $"{s.Filter} {(s.ReasonCode is { } c ? Code(c, s.Reason) : "?")}"))}",
        "PUBACK" => $"PUBACK{(PacketId is { } id ? $" id {id}" : "")}",
        _ => PacketType,
    };

    public static string Code(int code, string? name) =>
        $"0x{code.ToString("X2", CultureInfo.InvariantCulture)}{(name is null ? "" : $" {name}")}";
}

/// <summary>One topic filter of a SUBSCRIBE (with the QoS asked) or of its SUBACK (with the reason code granted).</summary>
public sealed record MqttSubscription(string Filter, int? Qos = null, int? ReasonCode = null, string? Reason = null)
{
    /// <summary>A SUBACK grants a filter with a reason code below 0x80 (the QoS granted).</summary>
    [JsonIgnore]
    public bool Granted => ReasonCode is < 0x80;
}
