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

    /// <summary>The user name the VTN's publisher connects to the external broker with; null: none (anonymous).</summary>
    public string? Username { get; init; }

    /// <summary>The publisher's password on the external broker.</summary>
    public string? Password { get; init; }

    public static MqttBrokerOptions InProcess(int port = 0) => new() { Port = port };

    /// <summary>
    /// An external broker, e.g. mqtt://127.0.0.1:1883 (plain MQTT; mqtts is not supported yet), on which the VTN
    /// publishes as <paramref name="username"/> when given: the operator's ACL lets that user write every topic.
    /// </summary>
    public static MqttBrokerOptions External(string url, string? username = null, string? password = null)
    {
        var uri = new Uri(url);
        if (uri.Scheme != "mqtt" || uri.Port <= 0)
            throw new ArgumentException($"'{url}' must be mqtt://host:port: the VTN publishes over plain MQTT.", nameof(url));
        return new MqttBrokerOptions { ExternalBroker = uri, Username = username, Password = password };
    }

    /// <summary>The broker's URL as GET /notifiers announces it.</summary>
    public string Url => ExternalBroker?.ToString().TrimEnd('/') ?? $"mqtt://127.0.0.1:{Port}";
}
