using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The webhook deliveries a change causes: one per callback of each subscription whose objectOperations name
/// the object's type and the operation, within the subscription's program when it names one, for an object the
/// subscription's client may read, as that client would read it. Evaluated when the dispatcher takes the
/// change, a moment after the write, against the subscriptions and grants of that moment.
/// </summary>
internal sealed class WebhookFanOut(
    IObjectStore<Subscription> subscriptions, IObjectStore<Event> events, ClientDirectory clients, ObjectVisibility visibility)
{
    public IEnumerable<WebhookDelivery> For(ObjectChange change)
    {
        foreach (var subscription in subscriptions.All())
        {
            var callbacks = Callbacks(subscription, change);
            if (callbacks.Count == 0 || !InProgram(subscription, change.Object)) continue;
            if (clients.CallerOf(subscription.ClientId) is not { } subscriber) continue;
            if (visibility.AsReadBy(change.Object, subscriber, subscription.Targets) is not { } seen) continue;

            var notification = ObjectVisibility.Notification(change, seen);
            foreach (var callback in callbacks)
                yield return new WebhookDelivery(subscription.Id!, callback.CallbackUrl!, callback.BearerToken, notification);
        }
    }

    /// <summary>The callback URLs a subscription lists, for retiring the delivery lanes of those it no longer does.</summary>
    public static IReadOnlySet<string> CallbackUrls(Subscription subscription) =>
        (subscription.ObjectOperations ?? []).Select(o => o.CallbackUrl!).ToHashSet();

    /// <summary>Each matching objectOperation's callback once, even when several entries name the same one.</summary>
    private static List<ObjectOperation> Callbacks(Subscription subscription, ObjectChange change) =>
        (subscription.ObjectOperations ?? [])
            .Where(o => (o.Objects ?? []).Contains(change.ObjectType) && (o.Operations ?? []).Contains(change.Operation))
            .DistinctBy(o => (o.CallbackUrl, o.BearerToken))
            .ToList();

    /// <summary>
    /// A subscription's programID limits the objects that belong to a program: programs, events, reports (through
    /// their event, as a 3.1 report no longer carries programID) and subscriptions. vens and resources belong to
    /// no program, so it does not limit them, as a search ignores a filter its operation does not list.
    /// </summary>
    private bool InProgram(Subscription subscription, ObjectMetadata changed) => subscription.ProgramId is null || changed switch
    {
        Program program => program.Id == subscription.ProgramId,
        Event evt => evt.ProgramId == subscription.ProgramId,
        Report report => report.EventId is { } eventId && events.Find(eventId)?.ProgramId == subscription.ProgramId,
        Subscription other => other.ProgramId == subscription.ProgramId,
        _ => true,
    };
}
