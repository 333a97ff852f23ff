using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;
using Conformance.Steps.Support;

namespace Conformance.Steps.Drivers;

/// <summary>
/// Events the business logic publishes with exactly what it sent, so that what a VEN reads can be compared with it.
/// The events are remembered by name in the scenario's <see cref="GroupingDriver"/>, so every event step finds them.
/// </summary>
public sealed class PublicationDriver(GroupingDriver grouping, GridDomain grid, AnswerTrail trail)
{
    private readonly Dictionary<string, Event> _sent = [];

    public async Task<Event> PublishAsync(string eventName, Event evt)
    {
        var stored = await grouping.PublishAsync(eventName, evt);
        _sent[eventName] = evt;
        return stored;
    }

    public async Task<Event> ChangeAsync(string eventName, Event replacement)
    {
        var stored = await grouping.UpdateAsync(eventName, replacement);
        _sent[eventName] = replacement;
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
        var ven = await grid.HarnessVenAsync(venName, CancellationToken.None);
        var mark = trail.Mark();
        var listed = await VtnAnswers.Accepted(Pages.AllAsync((skip, limit) => ven.GetEventsAsync(search with { Skip = skip, Limit = limit })),
            $"the VTN to answer VEN '{venName}' {polling}");
        var found = listed.FirstOrDefault(e => e.Id == stored.Id);
        Event? byId = null;
        int? refused = null;
        try { byId = await ven.GetEventAsync(stored.Id!); }
        catch (ProblemException e) { refused = (int)e.StatusCode; }
        var expected = $"VEN '{venName}' {polling} to find event '{eventName}' (id {stored.Id}) as the business logic published it";
        if (found is null || byId is null)
            throw Judge.Fail(expected, $"{(found is null ? $"GET /events listed {listed.Count} event(s), not this one" : "GET /events listed it")} and " +
                $"{(byId is null ? $"GET /events/{stored.Id} answered {refused}" : "GET /events/{id} returned it")} {await trail.SinceAsync(mark, AnswerTrail.Ven(venName))}");
        var differences = WireComparison.Differences(sent, found, "targets").Select(d => $"listed {d}")
            .Concat(WireComparison.Differences(sent, byId, "targets").Select(d => $"by id {d}")).ToList();
        if (differences.Count > 0) throw Judge.Fail(expected, $"{WireComparison.Describe(differences)} {await trail.SinceAsync(mark, AnswerTrail.Ven(venName))}");
        return (listed, byId);
    }

    public Event Sent(string eventName) => _sent.TryGetValue(eventName, out var e)
        ? e
        : throw new InvalidOperationException($"event '{eventName}' was not published with its content recorded in this scenario");

    public Event Stored(string eventName) => grouping.Published(eventName);
}
