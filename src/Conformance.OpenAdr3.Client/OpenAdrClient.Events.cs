using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

public sealed partial class OpenAdrClient
{
    /// <summary>POST events (createEvent); answers the VTN's event.</summary>
    public Task<Event> CreateEventAsync(Event evt, CancellationToken ct = default) =>
        PostAsync("events", evt, ct);

    /// <summary>GET events (searchAllEvents).</summary>
    public Task<IReadOnlyList<Event>> GetEventsAsync(EventSearch search, CancellationToken ct = default) =>
        GetAsync<IReadOnlyList<Event>>("events" + Query(
            ("programID", search.ProgramId), ("targets", search.Targets), ("active", search.Active?.ToString().ToLowerInvariant()),
            ("skip", search.Skip), ("limit", search.Limit)), ct);

    /// <inheritdoc cref="GetEventsAsync(EventSearch, CancellationToken)"/>
    public Task<IReadOnlyList<Event>> GetEventsAsync(
        string? programId = null, int? skip = null, int? limit = null, CancellationToken ct = default) =>
        GetEventsAsync(new EventSearch { ProgramId = programId, Skip = skip, Limit = limit }, ct);

    /// <inheritdoc cref="GetEventsAsync(EventSearch, CancellationToken)"/>
    public Task<IReadOnlyList<Event>> GetEventsAsync(CancellationToken ct) => GetEventsAsync(new EventSearch(), ct);

    /// <summary>GET events/{eventID} (searchEventsByID).</summary>
    public Task<Event> GetEventAsync(string id, CancellationToken ct = default) =>
        GetAsync<Event>(PathOf("events", id), ct);

    /// <summary>PUT events/{eventID} (updateEvent); answers the updated event.</summary>
    public Task<Event> UpdateEventAsync(string id, Event evt, CancellationToken ct = default) =>
        PutAsync(PathOf("events", id), evt, ct);

    /// <summary>DELETE events/{eventID} (deleteEvent); answers the deleted event.</summary>
    public Task<Event> DeleteEventAsync(string id, CancellationToken ct = default) =>
        DeleteAsync<Event>(PathOf("events", id), ct);
}
