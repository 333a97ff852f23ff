using System.Net;
using Microsoft.Extensions.Hosting;
using MQTTnet.Server;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The default MQTT broker: MQTTnet's, inside the VTN's process, on 127.0.0.1 (and ::1) only, accepting
/// anonymous connections as GET /notifiers announces (ANONYMOUS). The VTN injects its notifications directly;
/// clients may subscribe but not publish, so nobody can pass a message of theirs off as the VTN's notification.
/// </summary>
internal sealed class InProcessMqttBroker : IHostedService, IMqttPublisher, IDisposable
{
    // Unguessable, so a client connecting under the same id still cannot publish.
    private readonly string vtnClientId = $"openadr3-vtn-{Guid.NewGuid():N}";
    private readonly MqttServer server;

    public InProcessMqttBroker(VtnOptions options)
    {
        server = new MqttServerFactory().CreateMqttServer(new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Loopback)
            .WithDefaultEndpointBoundIPV6Address(IPAddress.IPv6Loopback)
            .WithDefaultEndpointPort(options.Mqtt!.Port)
            .Build());
        server.InterceptingPublishAsync += e =>
        {
            e.ProcessPublish = e.ClientId == vtnClientId;
            return Task.CompletedTask;
        };
    }

    public Task StartAsync(CancellationToken cancellationToken) => server.StartAsync();

    public Task StopAsync(CancellationToken cancellationToken) => server.StopAsync();

    public async Task<Attempt> PublishAsync(string topic, byte[] payload, CancellationToken ct)
    {
        if (!server.IsStarted) return Attempt.Retry("the in-process MQTT broker is not running");
        await server.InjectApplicationMessage(
            new InjectedMqttApplicationMessage(MqttMessages.Notification(topic, payload)) { SenderClientId = vtnClientId }, ct);
        return Attempt.Done;
    }

    public void Dispose() => server.Dispose();
}
