namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Where the VTN publishes its MQTT notifications: an in-process MQTTnet broker on 127.0.0.1 (the default), or
/// an external broker reached at mqtt://host:port.
/// </summary>
public sealed record MqttBrokerOptions
{
    /// <summary>The external broker; null runs the in-process one.</summary>
    public Uri? ExternalBroker { get; init; }

    /// <summary>The in-process broker's port on 127.0.0.1; 0 picks a free one when the VTN starts.</summary>
    public int Port { get; init; }

    public static MqttBrokerOptions InProcess(int port = 0) => new() { Port = port };

    /// <summary>An external broker, e.g. mqtt://127.0.0.1:1883 (plain MQTT; mqtts is not supported yet).</summary>
    public static MqttBrokerOptions External(string url)
    {
        var uri = new Uri(url);
        if (uri.Scheme != "mqtt" || uri.Port <= 0)
            throw new ArgumentException($"'{url}' must be mqtt://host:port: the VTN publishes over plain MQTT.", nameof(url));
        return new MqttBrokerOptions { ExternalBroker = uri };
    }

    /// <summary>The broker's URL as GET /notifiers announces it.</summary>
    public string Url => ExternalBroker?.ToString().TrimEnd('/') ?? $"mqtt://127.0.0.1:{Port}";
}
