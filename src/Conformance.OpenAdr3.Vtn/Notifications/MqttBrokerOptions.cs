using System.Security.Cryptography.X509Certificates;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Where the VTN publishes its MQTT notifications: an in-process MQTTnet broker (the default), serving MQTT over TLS
/// when the VTN serves HTTPS, or an external broker reached at mqtt://host:port or mqtts://host:port.
/// </summary>
public sealed record MqttBrokerOptions
{
    /// <summary>The external broker; null runs the in-process one.</summary>
    public Uri? ExternalBroker { get; init; }

    /// <summary>The in-process broker's port; 0 picks a free one when the VTN starts.</summary>
    public int Port { get; init; }

    /// <summary>The user name the VTN's publisher connects to the external broker with; null: none (anonymous).</summary>
    public string? Username { get; init; }

    /// <summary>The publisher's password on the external broker.</summary>
    public string? Password { get; init; }

    /// <summary>
    /// Roots trusted for an mqtts:// external broker's certificate besides the machine's: its CA, or its self-signed
    /// certificate. The broker's name is still checked.
    /// </summary>
    public IReadOnlyList<X509Certificate2> TrustedCertificates { get; init; } = [];

    /// <summary>The in-process broker's URL, fixed when the VTN starts (mqtts:// when the VTN serves https://).</summary>
    internal Uri? InProcessUrl { get; init; }

    public static MqttBrokerOptions InProcess(int port = 0) => new() { Port = port };

    /// <summary>
    /// An external broker, e.g. mqtt://127.0.0.1:1883 or mqtts://broker.example:8883, on which the VTN publishes as
    /// <paramref name="username"/> when given: the operator's ACL lets that user write every topic.
    /// </summary>
    public static MqttBrokerOptions External(string url, string? username = null, string? password = null)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("mqtt" or "mqtts") || uri.Port <= 0)
            throw new ArgumentException($"'{url}' must be mqtt://host:port or mqtts://host:port.", nameof(url));
        return new MqttBrokerOptions { ExternalBroker = uri, Username = username, Password = password };
    }

    /// <summary>Whether the VTN reaches the broker, or clients reach the in-process one, over TLS.</summary>
    public bool UsesTls => (ExternalBroker ?? InProcessUrl)?.Scheme == "mqtts";

    /// <summary>The broker's URL as GET /notifiers announces it.</summary>
    public string Url => (ExternalBroker ?? InProcessUrl)?.ToString().TrimEnd('/') ?? $"mqtt://127.0.0.1:{Port}";
}
