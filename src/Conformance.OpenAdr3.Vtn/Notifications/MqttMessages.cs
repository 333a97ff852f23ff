using MQTTnet;
using MQTTnet.Protocol;

namespace Conformance.OpenAdr3.Vtn;

internal static class MqttMessages
{
    /// <summary>
    /// QoS 1, so a subscriber connected at the time gets it at least once. Not retained (the companion document
    /// allows either, 16.1): a retained CREATE of an object since deleted would mislead a client that connects
    /// later, and clients "SHOULD query (GET) those objects" on (re)connection anyway (16.2).
    /// </summary>
    public static MqttApplicationMessage Notification(string topic, byte[] payload) => new MqttApplicationMessageBuilder()
        .WithTopic(topic)
        .WithPayload(payload)
        .WithContentType("application/json")
        .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
        .WithRetainFlag(false)
        .Build();
}
