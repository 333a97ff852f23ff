using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

public sealed partial class OpenAdrClient
{
    /// <summary>POST subscriptions (createSubscription); answers the VTN's subscription.</summary>
    public Task<Subscription> CreateSubscriptionAsync(Subscription subscription, CancellationToken ct = default) =>
        PostAsync("subscriptions", subscription, ct);

    /// <summary>GET subscriptions (searchSubscriptions).</summary>
    public Task<IReadOnlyList<Subscription>> GetSubscriptionsAsync(SubscriptionSearch search, CancellationToken ct = default) =>
        GetAsync<IReadOnlyList<Subscription>>("subscriptions" + Query(
            ("programID", search.ProgramId), ("clientName", search.ClientName), ("objects", search.Objects),
            ("skip", search.Skip), ("limit", search.Limit)), ct);

    /// <inheritdoc cref="GetSubscriptionsAsync(SubscriptionSearch, CancellationToken)"/>
    public Task<IReadOnlyList<Subscription>> GetSubscriptionsAsync(CancellationToken ct) => GetSubscriptionsAsync(new SubscriptionSearch(), ct);

    /// <summary>GET subscriptions/{subscriptionID} (searchSubscriptionByID).</summary>
    public Task<Subscription> GetSubscriptionAsync(string id, CancellationToken ct = default) =>
        GetAsync<Subscription>(PathOf("subscriptions", id), ct);

    /// <summary>PUT subscriptions/{subscriptionID} (updateSubscription); answers the updated subscription.</summary>
    public Task<Subscription> UpdateSubscriptionAsync(string id, Subscription subscription, CancellationToken ct = default) =>
        PutAsync(PathOf("subscriptions", id), subscription, ct);

    /// <summary>DELETE subscriptions/{subscriptionID} (deleteSubscription); answers the deleted subscription.</summary>
    public Task<Subscription> DeleteSubscriptionAsync(string id, CancellationToken ct = default) =>
        DeleteAsync<Subscription>(PathOf("subscriptions", id), ct);
}
