namespace Conformance.OpenAdr3.Vtn;

/// <summary>Puts one message on a broker: the in-process one, or an external one through an MQTT client.</summary>
internal interface IMqttPublisher
{
    Task<Attempt> PublishAsync(string topic, byte[] payload, CancellationToken ct);
}
