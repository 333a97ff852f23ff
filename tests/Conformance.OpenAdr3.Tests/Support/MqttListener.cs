using System.Text.Json;
using System.Threading.Channels;
using Conformance.OpenAdr3.Wire;
using MQTTnet;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>An MQTT client, as a VEN or BL would use one, subscribed to some topics and keeping what arrives.</summary>
internal sealed class MqttListener : IAsyncDisposable
{
    private readonly IMqttClient client;
    private readonly Channel<(string Topic, Notification Notification)> messages = Channel.CreateUnbounded<(string, Notification)>();

    private MqttListener(IMqttClient client)
    {
        this.client = client;
        client.ApplicationMessageReceivedAsync += e =>
        {
            var notification = JsonSerializer.Deserialize<Notification>(e.ApplicationMessage.ConvertPayloadToString(), OpenAdrJson.Options)!;
            messages.Writer.TryWrite((e.ApplicationMessage.Topic, notification));
            return Task.CompletedTask;
        };
    }

    /// <summary>Connects anonymously to <paramref name="brokerUri"/> (mqtt://host:port) and subscribes to <paramref name="topics"/>, if any.</summary>
    public static async Task<MqttListener> SubscribeAsync(string brokerUri, params string[] topics)
    {
        var uri = new Uri(brokerUri);
        var listener = new MqttListener(new MqttClientFactory().CreateMqttClient());
        await listener.client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer(uri.Host, uri.Port).WithCleanSession().Build());
        if (topics.Length == 0) return listener;
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (var topic in topics) subscribe.WithTopicFilter(topic);
        await listener.client.SubscribeAsync(subscribe.Build()); // returns on the broker's SUBACK
        return listener;
    }

    /// <summary>Publishes <paramref name="notification"/> on <paramref name="topic"/>, as only the VTN should.</summary>
    public Task PublishAsync(string topic, Notification notification) =>
        client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(JsonSerializer.SerializeToUtf8Bytes(notification, OpenAdrJson.Options))
            .WithQualityOfServiceLevel(MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());

    /// <summary>The next message (fails after 10 s).</summary>
    public async Task<(string Topic, Notification Notification)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            return await messages.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("No MQTT message arrived within 10 s.");
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected) await client.DisconnectAsync();
        client.Dispose();
    }
}
