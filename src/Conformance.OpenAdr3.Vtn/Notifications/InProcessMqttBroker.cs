using System.Net;
using Microsoft.Extensions.Hosting;
using MQTTnet.Server;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The default MQTT broker: MQTTnet's, inside the VTN's process, on 127.0.0.1 (and ::1) only, accepting
/// anonymous connections as GET /notifiers announces (ANONYMOUS). The VTN injects its notifications directly.
/// </summary>
internal sealed class InProcessMqttBroker(VtnOptions options) : IHostedService, IMqttPublisher, IDisposable
{
    private const string VtnClientId = "openadr3-vtn";

    private readonly MqttServer server = new MqttServerFactory().CreateMqttServer(new MqttServerOptionsBuilder()
        .WithDefaultEndpoint()
        .WithDefaultEndpointBoundIPAddress(IPAddress.Loopback)
        .WithDefaultEndpointBoundIPV6Address(IPAddress.IPv6Loopback)
        .WithDefaultEndpointPort(options.Mqtt!.Port)
        .Build());

    public Task StartAsync(CancellationToken cancellationToken) => server.StartAsync();

    public Task StopAsync(CancellationToken cancellationToken) => server.StopAsync();

    public async Task<Attempt> PublishAsync(string topic, byte[] payload, CancellationToken ct)
    {
        if (!server.IsStarted) return Attempt.Retry("the in-process MQTT broker is not running");
        await server.InjectApplicationMessage(
            new InjectedMqttApplicationMessage(MqttMessages.Notification(topic, payload)) { SenderClientId = VtnClientId }, ct);
        return Attempt.Done;
    }

    public void Dispose() => server.Dispose();
}
