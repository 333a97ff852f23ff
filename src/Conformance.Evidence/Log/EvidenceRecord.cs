using System.Globalization;
using System.Text.Json.Serialization;

namespace Conformance.Evidence.Log;

/// <summary>
/// One message that crossed a wire, as it came. A line of evidence.jsonl; nothing in it is interpreted, so it can
/// be judged again later by anyone. Every transport has the same common fields; what only one transport has is in
/// that transport's detail object (<see cref="Http"/>, <see cref="Mqtt"/> or <see cref="WebSocket"/>; a record carries
/// exactly one, and <see cref="Transport"/> names it).
/// </summary>
public sealed record EvidenceRecord
{
    /// <summary>Position in the run's log, from 1.</summary>
    public long Seq { get; init; }

    /// <summary>Run time in seconds from the run's start, from the monotonic run clock (microsecond resolution).</summary>
    public double T { get; init; }

    /// <summary>The same instant as UTC calendar time.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The scenario that was running when the message was seen (its id), if any.</summary>
    public string? Scenario { get; init; }

    /// <summary>
    /// <see cref="Directions.Request"/> (opens an exchange: an HTTP request, an MQTT CONNECT, SUBSCRIBE or PUBLISH),
    /// <see cref="Directions.Response"/> (answers the record <see cref="CorrelationId"/> names) or
    /// <see cref="Directions.Message"/> (stands alone: a WebSocket message that answers none).
    /// </summary>
    public required string Direction { get; init; }

    /// <summary>The role that sent the message, as the binding names it (e.g. "BusinessLogic", "Ven harness-ven-1").</summary>
    public required string From { get; init; }

    /// <summary>The role it was sent to.</summary>
    public required string To { get; init; }

    /// <summary>"http", "mqtt" or "websocket" (<see cref="Transports"/>): the detail object this record carries.</summary>
    public string Transport =>
        Http is not null ? Transports.Http : Mqtt is not null ? Transports.Mqtt : WebSocket is not null ? Transports.WebSocket : "none";

    /// <summary>The protocol binding whose message this is, e.g. "openadr3" (webhooks included: they are HTTP too).</summary>
    public required string Binding { get; init; }

    /// <summary>
    /// For a response: the <see cref="Seq"/> of the record it answers (an HTTP response its request, a CONNACK its
    /// CONNECT, a SUBACK its SUBSCRIBE, a PUBACK its PUBLISH, a WebSocket reply the message it replies to).
    /// </summary>
    public long? CorrelationId { get; init; }

    public HttpDetail? Http { get; init; }

    public MqttDetail? Mqtt { get; init; }

    public WebSocketDetail? WebSocket { get; init; }

    /// <summary>Bytes of the body as sent (before any redaction or truncation); 0 for none.</summary>
    public long Size { get; init; }

    /// <summary>
    /// The body as text (UTF-8 as sent; a binary WebSocket message in base64), secrets redacted by the binding's policy,
    /// cut at <see cref="Recording.RecordedBody.MaxLength"/> characters. Absent when there was none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Body { get; init; }

    [JsonIgnore]
    public TimeSpan Time => TimeSpan.FromTicks((long)Math.Round(T * TimeSpan.TicksPerSecond));

    /// <summary>
    /// One line for failure messages. HTTP: "#12 t=1.234567 s POST /events (BusinessLogic -> Vtn) 201"; MQTT:
    /// "#14 t=1.3 s MQTT PUBLISH topic qos 1 (Vtn -> Ven harness-ven-1)"; WebSocket: "#9 t=… s WebSocket text 120 bytes (Cem -> Rm)".
    /// </summary>
    [JsonIgnore]
    public string Summary
    {
        get
        {
            var head = string.Create(CultureInfo.InvariantCulture, $"#{Seq} t={T:0.000000} s");
            var route = $"({From} -> {To})";
            if (Http is { } http) return $"{head} {http.Method} {http.Target} {route}{(http.Status is { } s ? $" {s}" : "")}";
            if (Mqtt is { } mqtt)
                return $"{head} MQTT {mqtt.Describe()} {route}{(mqtt.ReasonCode is { } code ? $" {MqttDetail.Code(code, mqtt.Reason)}" : "")}";
            if (WebSocket is { } ws) return $"{head} WebSocket {ws.Describe(Size)} {route}{(CorrelationId is { } c ? $" replying to #{c}" : "")}";
            return $"{head} {route}";
        }
    }
}

/// <summary>The values of <see cref="EvidenceRecord.Direction"/>.</summary>
public static class Directions
{
    public const string Request = "request";
    public const string Response = "response";
    public const string Message = "message";
}

/// <summary>The values of <see cref="EvidenceRecord.Transport"/>.</summary>
public static class Transports
{
    public const string Http = "http";
    public const string Mqtt = "mqtt";
    public const string WebSocket = "websocket";
}
