using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Takes the changes off the <see cref="ChangeFeed"/>, one at a time and in order, and hands each to the webhook
/// lanes and to MQTT. Its own work is in-memory fan-out; every network call happens in the lanes.
/// </summary>
internal sealed class NotificationDispatcher(
    ChangeFeed feed, WebhookFanOut webhooks, WebhookOutbox outbox, ILogger<NotificationDispatcher> log, MqttNotifier? mqtt = null)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in feed.ReadAllAsync(stoppingToken))
            {
                try
                {
                    Dispatch(change);
                }
                catch (Exception ex)
                {
                    // A change that cannot be fanned out loses its notifications, not the ones after it.
                    log.LogError(ex, "Notifications of {Change} failed", change);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The VTN is stopping.
        }
        finally
        {
            await outbox.StopAsync();
            if (mqtt is not null) await mqtt.StopAsync();
        }
    }

    private void Dispatch(ObjectChange change)
    {
        foreach (var delivery in webhooks.For(change)) outbox.Enqueue(delivery);
        if (change is { Object: Subscription subscription, Operation: not ObjectOperation.Create })
            outbox.Retire(subscription.Id!,
                change.Operation == ObjectOperation.Delete ? new HashSet<string>() : WebhookFanOut.CallbackUrls(subscription));
        mqtt?.Publish(change);
    }
}
