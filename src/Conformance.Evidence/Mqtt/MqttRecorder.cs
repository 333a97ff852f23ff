using Conformance.Evidence.Log;
using Conformance.Evidence.Recording;

namespace Conformance.Evidence.Mqtt;

/// <summary>
/// Records the MQTT control packets of one client connection, from plain values: the binding's MQTT client (whatever
/// library it uses) calls it for every packet, a packet it sends before handing it to the library, a packet it
/// receives the moment the library gives it over. Every record of the connection names the broker and the client
/// id; an answer (CONNACK, SUBACK, UNSUBACK, PUBACK) names the record of the packet it answers in its correlation id.
/// Passwords are always replaced by their fingerprint; bodies and user properties go through the binding's policy.
/// </summary>
/// <param name="clientRole">The role the client plays in evidence, e.g. "Ven harness-ven-1".</param>
/// <param name="brokerRole">The role behind the broker, e.g. "Vtn".</param>
/// <param name="broker">The broker as the client was told it, e.g. "mqtt://127.0.0.1:1883".</param>
/// <param name="clientId">The connection's MQTT client identifier.</param>
public sealed class MqttRecorder(EvidenceLog log, RecordingOptions options, string clientRole, string brokerRole, string broker, string clientId)
{
    public string ClientRole => clientRole;
    public string BrokerRole => brokerRole;

    /// <summary>CONNECT, client to broker; the password recorded as its fingerprint only.</summary>
    public EvidenceRecord Connect(string? username = null, string? password = null) =>
        Append(Directions.Request, toBroker: true, new MqttDetail
        {
            PacketType = "CONNECT",
            Username = username,
            Password = password is null ? null : Fingerprint.Of(password),
        });

    /// <summary>CONNACK, broker to client, answering <paramref name="connect"/>.</summary>
    public EvidenceRecord ConnAck(EvidenceRecord connect, int reasonCode, string? reason = null, string? reasonString = null) =>
        Append(Directions.Response, toBroker: false,
            new MqttDetail { PacketType = "CONNACK", ReasonCode = reasonCode, Reason = reason, ReasonString = reasonString },
            correlation: connect.Seq);

    /// <summary>SUBSCRIBE, client to broker: each filter with the QoS it asks.</summary>
    public EvidenceRecord Subscribe(IReadOnlyList<MqttSubscription> filters, int? packetId = null) =>
        Append(Directions.Request, toBroker: true, new MqttDetail { PacketType = "SUBSCRIBE", PacketId = packetId, Subscriptions = filters });

    /// <summary>SUBACK, broker to client, answering <paramref name="subscribe"/>: each filter with its reason code.</summary>
    public EvidenceRecord SubAck(EvidenceRecord subscribe, IReadOnlyList<MqttSubscription> results, string? reasonString = null) =>
        Append(Directions.Response, toBroker: false, new MqttDetail
        {
            PacketType = "SUBACK",
            PacketId = subscribe.Mqtt?.PacketId,
            Subscriptions = results,
            ReasonString = reasonString,
        }, correlation: subscribe.Seq);

    /// <summary>UNSUBSCRIBE, client to broker.</summary>
    public EvidenceRecord Unsubscribe(IReadOnlyList<string> filters, int? packetId = null) =>
        Append(Directions.Request, toBroker: true, new MqttDetail
        {
            PacketType = "UNSUBSCRIBE",
            PacketId = packetId,
            Subscriptions = [.. filters.Select(f => new MqttSubscription(f))],
        });

    /// <summary>UNSUBACK, broker to client, answering <paramref name="unsubscribe"/>.</summary>
    public EvidenceRecord UnsubAck(EvidenceRecord unsubscribe, IReadOnlyList<MqttSubscription> results) =>
        Append(Directions.Response, toBroker: false, new MqttDetail
        {
            PacketType = "UNSUBACK",
            PacketId = unsubscribe.Mqtt?.PacketId,
            Subscriptions = results,
        }, correlation: unsubscribe.Seq);

    /// <summary>A PUBLISH the broker delivered to the client.</summary>
    public EvidenceRecord Delivered(MqttPublication publication) => Publish(publication, toBroker: false);

    /// <summary>A PUBLISH the client sends to the broker.</summary>
    public EvidenceRecord Published(MqttPublication publication) => Publish(publication, toBroker: true);

    /// <summary>The PUBACK answering <paramref name="publish"/>, sent by whichever side received that PUBLISH.</summary>
    public EvidenceRecord PubAck(EvidenceRecord publish, int reasonCode = 0, string? reason = null) =>
        Append(Directions.Response, toBroker: publish.From != clientRole, new MqttDetail
        {
            PacketType = "PUBACK",
            PacketId = publish.Mqtt?.PacketId,
            ReasonCode = reasonCode,
            Reason = reason,
        }, correlation: publish.Seq);

    /// <summary>DISCONNECT, from the client (<paramref name="byClient"/>) or from the broker.</summary>
    public EvidenceRecord Disconnect(bool byClient, int reasonCode = 0, string? reason = null) =>
        Append(Directions.Message, toBroker: byClient, new MqttDetail { PacketType = "DISCONNECT", ReasonCode = reasonCode, Reason = reason });

    private EvidenceRecord Publish(MqttPublication p, bool toBroker) =>
        Append(Directions.Request, toBroker, new MqttDetail
        {
            PacketType = "PUBLISH",
            Topic = p.Topic,
            Qos = p.Qos,
            Retain = p.Retain,
            PacketId = p.Qos > 0 ? p.PacketId : null,
            ContentType = p.ContentType,
            UserProperties = p.UserProperties is { Count: > 0 } properties
                ? properties.ToDictionary(u => u.Key, u => options.Policy.Header(u.Key, u.Value)) : null,
        }, size: p.Payload.Length, body: RecordedBody.Text(p.Payload.Span, options.Policy));

    private EvidenceRecord Append(string direction, bool toBroker, MqttDetail detail, long? correlation = null, long size = 0, string? body = null) =>
        log.Append(new EvidenceRecord
        {
            Direction = direction,
            From = toBroker ? clientRole : brokerRole,
            To = toBroker ? brokerRole : clientRole,
            Binding = options.Binding,
            CorrelationId = correlation,
            Mqtt = detail with { Broker = broker, ClientId = clientId },
            Size = size,
            Body = body,
        });
}

/// <summary>An MQTT application message as a PUBLISH packet carries it.</summary>
public sealed record MqttPublication(string Topic, ReadOnlyMemory<byte> Payload, int Qos, bool Retain = false, int? PacketId = null,
    string? ContentType = null, IReadOnlyDictionary<string, string>? UserProperties = null);
