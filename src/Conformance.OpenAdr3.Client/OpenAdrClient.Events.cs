using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

public sealed partial class OpenAdrClient
{
    /// <summary>POST events (createEvent); answers the VTN's event.</summary>
    public Task<Event> CreateEventAsync(Event evt, CancellationToken ct = default) =>
        PostAsync("events", evt, ct);

    /// <summary>GET events (searchAllEvents), optionally of one program.</summary>
    public Task<IReadOnlyList<Event>> GetEventsAsync(
        string? programId = null, int? skip = null, int? limit = null, CancellationToken ct = default) =>
        GetAsync<IReadOnlyList<Event>>("events" + Query(("programID", programId), ("skip", skip), ("limit", limit)), ct);

    /// <inheritdoc cref="GetEventsAsync(string?, int?, int?, CancellationToken)"/>
    public Task<IReadOnlyList<Event>> GetEventsAsync(CancellationToken ct) => GetEventsAsync(null, null, null, ct);

    /// <summary>GET events/{eventID} (searchEventsByID).</summary>
    public Task<Event> GetEventAsync(string id, CancellationToken ct = default) =>
        GetAsync<Event>($"events/{Uri.EscapeDataString(id)}", ct);
}
