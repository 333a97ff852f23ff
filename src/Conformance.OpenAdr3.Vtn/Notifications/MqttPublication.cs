using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>One notification on one MQTT topic.</summary>
internal sealed record MqttPublication(string Topic, Notification Notification)
{
    public override string ToString() => $"{Notification.Operation} {Notification.ObjectType} {Notification.Object?.Id} on {Topic}";
}
