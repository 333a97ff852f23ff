using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// One <see cref="DeliveryLane{T}"/> per subscription callback: each callback gets its notifications in order,
/// and a slow or dead one holds up only its own lane. Lanes are made on first use and retired when their
/// subscription is deleted or no longer lists the callback.
/// </summary>
internal sealed class WebhookOutbox(VtnOptions options, WebhookSender sender, ILogger<WebhookOutbox> log)
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string SubscriptionId, string CallbackUrl), DeliveryLane<WebhookDelivery>> lanes = [];
    private readonly CancellationTokenSource stopping = new();

    public void Enqueue(WebhookDelivery delivery)
    {
        lock (gate)
        {
            var key = (delivery.SubscriptionId, delivery.CallbackUrl);
            if (!lanes.TryGetValue(key, out var lane))
            {
                lane = new DeliveryLane<WebhookDelivery>($"Webhook {delivery.CallbackUrl} of subscription {delivery.SubscriptionId}",
                    options.Notifications.CallbackQueueCapacity, sender.DeliverAsync, log, stopping.Token);
                lanes.Add(key, lane);
            }
            lane.Enqueue(delivery);
        }
    }

    /// <summary>Ends the lanes of <paramref name="subscriptionId"/> whose callback is not in <paramref name="keep"/>, once drained.</summary>
    public void Retire(string subscriptionId, IReadOnlySet<string> keep)
    {
        lock (gate)
        {
            foreach (var key in lanes.Keys.Where(k => k.SubscriptionId == subscriptionId && !keep.Contains(k.CallbackUrl)).ToList())
            {
                lanes[key].Complete();
                lanes.Remove(key);
            }
        }
    }

    /// <summary>Abandons what is queued or in flight: the VTN is stopping.</summary>
    public async Task StopAsync()
    {
        await stopping.CancelAsync();
        Task[] running;
        lock (gate) running = [.. lanes.Values.Select(l => l.Completion)];
        await Task.WhenAll(running);
    }
}
