using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>One notification for one subscription callback.</summary>
internal sealed record WebhookDelivery(string SubscriptionId, string CallbackUrl, string? BearerToken, Notification Notification)
{
    public override string ToString() =>
        $"{Notification.Operation} {Notification.ObjectType} {Notification.Object?.Id} for subscription {SubscriptionId} to {CallbackUrl}";
}
