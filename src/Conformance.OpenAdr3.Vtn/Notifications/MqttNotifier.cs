using System.Text.Json;
using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Publishes each change's <see cref="MqttTopicPlan"/> through one <see cref="DeliveryLane{T}"/>, so publications
/// leave in the order of the changes, each with bounded retries; the payload is the notification object's JSON.
/// </summary>
internal sealed class MqttNotifier
{
    private readonly IMqttPublisher publisher;
    private readonly MqttTopicPlan plan;
    private readonly Retrier retrier;
    private readonly CancellationTokenSource stopping = new();
    private readonly DeliveryLane<MqttPublication> lane;

    public MqttNotifier(VtnOptions options, IMqttPublisher publisher, MqttTopicPlan plan, Retrier retrier, ILogger<MqttNotifier> log)
    {
        this.publisher = publisher;
        this.plan = plan;
        this.retrier = retrier;
        lane = new DeliveryLane<MqttPublication>($"MQTT {options.Mqtt!.Url}", options.Notifications.QueueCapacity, PublishAsync, log, stopping.Token);
    }

    public void Publish(ObjectChange change)
    {
        foreach (var publication in plan.For(change)) lane.Enqueue(publication);
    }

    public async Task StopAsync()
    {
        await stopping.CancelAsync();
        await lane.Completion;
    }

    private Task PublishAsync(MqttPublication publication, CancellationToken stop)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(publication.Notification, OpenAdrJson.Options);
        return retrier.RunAsync($"MQTT {publication}", ct => publisher.PublishAsync(publication.Topic, payload, ct), stop);
    }
}
