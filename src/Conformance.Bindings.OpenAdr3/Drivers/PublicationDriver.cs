using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// Events the business logic publishes with exactly what it sent, so that what a VEN reads can be compared with it.
/// The events are remembered by name in the scenario's <see cref="GroupingDriver"/>, so every event step finds them.
/// </summary>
public sealed class PublicationDriver(GroupingDriver grouping, GridDomain grid, AnswerTrail trail, ScenarioCancellation cancellation)
{
    private readonly Dictionary<string, Event> _sent = [];

    /// <summary>Publishes the event under its name for the run (<see cref="RunNames"/>), remembered by the feature's name.</summary>
    public async Task<Event> PublishAsync(string eventName, Event evt)
    {
        var sent = OnTheWire(evt);
        var stored = await grouping.PublishAsync(eventName, sent);
        _sent[eventName] = sent;
        return stored;
    }

    public async Task<Event> ChangeAsync(string eventName, Event replacement)
    {
        var sent = OnTheWire(replacement);
        var stored = await grouping.UpdateAsync(eventName, sent);
        _sent[eventName] = sent;
        return stored;
    }

    /// <summary>
    /// The event as a VEN polls for it (GET /events with the search, page by page) and reads it by id, judged: both
    /// must give it, with every field the business logic sent (targets aside: target hiding). Returns the poll's list
    /// (for judging its filter) and what the VEN read by id.
    /// </summary>
    public async Task<(IReadOnlyList<Event> Listed, Event ById)> ReadAsVenAsync(string venName, string eventName, EventSearch search, string polling)
    {
        var (sent, stored) = (Sent(eventName), Stored(eventName));
        var ven = await grid.HarnessVenAsync(venName, cancellation.Token);
        // A targeted event is read with the targets granted to the VEN (Definition.md, Object Privacy).
        if (sent.Targets is { Count: > 0 } && search.Targets is null && await grouping.GrantedTargetsAsync(ven, venName) is { Count: > 0 } granted)
            search = search with { Targets = granted };
        return await VenReading.ListAndReadAsync(trail, venName, "events", sent, stored.Id!,
            $"VEN '{venName}' {polling} to find event '{eventName}' (id {stored.Id}) as the business logic published it",
            polling, () => Pages.AllAsync((skip, limit) => ven.GetEventsAsync(search with { Skip = skip, Limit = limit })), e => e.Id,
            () => ven.GetEventAsync(stored.Id!));
    }

    public Event Sent(string eventName) => _sent.TryGetValue(eventName, out var e)
        ? e
        : throw new InvalidOperationException($"event '{eventName}' was not published with its content recorded in this scenario");

    public Event Stored(string eventName) => grouping.Published(eventName);

    private Event OnTheWire(Event evt) => evt.EventName is { } name ? evt with { EventName = grid.Names.Wire(name) } : evt;
}
