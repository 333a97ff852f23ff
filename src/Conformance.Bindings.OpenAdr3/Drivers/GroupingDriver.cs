using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Model.Execution;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// Ven and resource objects and the groups (targets) the business logic puts them in, on the VTN under
/// judgement. One per scenario; it remembers the events the scenario published by name.
/// </summary>
public sealed class GroupingDriver(GridDomain grid, ScenarioCancellation cancellation)
{
    private const string ProgramName = "Grouping-Program";
    private readonly Dictionary<string, Event> _events = [];

    public async Task<Ven> RegisterVenAsync(string venName)
    {
        var client = await grid.HarnessVenAsync(venName, cancellation.Token);
        return await FindOwnVenAsync(client, venName)
            ?? await VtnAnswers.Accepted(client.CreateVenAsync(new Ven { ObjectType = ObjectTypes.VenVenRequest, VenName = venName }),
                $"the VTN to accept VEN '{venName}' registering its ven object (POST /vens)");
    }

    public async Task RegisterResourceAsync(string venName, Ven ven, string resourceName)
    {
        var client = await grid.HarnessVenAsync(venName, cancellation.Token);
        var existing = await VtnAnswers.Accepted(client.GetResourcesAsync(new ResourceSearch { VenId = ven.Id, ResourceName = resourceName }),
            $"the VTN to list VEN '{venName}' its resources (GET /resources?venID={ven.Id})");
        if (existing.Any(r => r.ResourceName == resourceName)) return;
        await VtnAnswers.Accepted(client.CreateResourceAsync(new Resource
        {
            ObjectType = ObjectTypes.VenResourceRequest,
            ResourceName = resourceName,
            VenId = ven.Id
        }),
            $"the VTN to accept VEN '{venName}' registering its resource '{resourceName}' (POST /resources)");
    }

    /// <summary>Publishes an event as the business logic, targeted at the given groups (null: at every VEN).</summary>
    public async Task PublishEventAsync(string eventName, IReadOnlyList<string>? targets)
    {
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        var programName = grid.Names.Wire(ProgramName);
        var programs = await VtnAnswers.Accepted(bl.GetProgramsAsync(cancellation.Token), "the VTN to list its programs to the business logic");
        var program = programs.FirstOrDefault(p => p.ProgramName == programName)
            ?? await VtnAnswers.Accepted(bl.CreateProgramAsync(new Program { ProgramName = programName }),
                $"the VTN to accept program {grid.Names.Quote(ProgramName)}");
        await PublishAsync(eventName, OpenAdrEvents.SimpleLevel(program.Id!, eventName, 1, grid.Now) with { Targets = targets });
    }

    /// <summary>Publishes any event as the business logic and remembers it by name for the scenario's later steps.</summary>
    public async Task<Event> PublishAsync(string eventName, Event evt)
    {
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        var targeted = evt.Targets is null ? "" : $" targeted at {string.Join(", ", evt.Targets)}";
        var sent = evt with { EventName = grid.Names.Wire(evt.EventName ?? eventName) };
        return _events[eventName] = await VtnAnswers.Accepted(bl.CreateEventAsync(sent),
            $"the VTN to accept event {grid.Names.Quote(eventName)}{targeted}");
    }

    /// <summary>The business logic's update of a published event (PUT /events/{id}); the answer is remembered.</summary>
    public async Task<Event> UpdateAsync(string eventName, Event replacement)
    {
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        var evt = Published(eventName);
        return _events[eventName] = await VtnAnswers.Accepted(
            bl.UpdateEventAsync(evt.Id!, replacement with { EventName = grid.Names.Wire(replacement.EventName ?? eventName) }),
            $"the VTN to accept the business logic's update of event '{eventName}' (PUT /events/{evt.Id})");
    }

    public Event Published(string eventName) =>
        _events.TryGetValue(eventName, out var e) ? e
            : throw new InvalidOperationException($"event '{eventName}' was not published in this scenario");

    public async Task AddVenToGroupAsync(string venName, string group)
    {
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        var ven = await VenAsSeenByBusinessLogicAsync(venName);
        await VtnAnswers.Accepted(bl.UpdateVenAsync(ven.Id!, new Ven
        {
            ObjectType = ObjectTypes.BlVenRequest,
            VenName = ven.VenName,
            ClientId = ven.ClientId,
            Attributes = ven.Attributes,
            Targets = [.. (ven.Targets ?? []).Append(group).Distinct()],
        }), $"the VTN to accept the business logic adding ven '{venName}' to group '{group}' (PUT /vens/{ven.Id})");
    }

    public async Task AddResourceToGroupAsync(string venName, string resourceName, string group)
    {
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        var ven = await VenAsSeenByBusinessLogicAsync(venName);
        var resource = (await VtnAnswers.Accepted(bl.GetResourcesAsync(new ResourceSearch { VenId = ven.Id, ResourceName = resourceName }),
            $"the VTN to list the business logic the resources of ven '{venName}' (GET /resources?venID={ven.Id})"))
            .Single(r => r.ResourceName == resourceName);
        await VtnAnswers.Accepted(bl.UpdateResourceAsync(resource.Id!, new Resource
        {
            ObjectType = ObjectTypes.BlResourceRequest,
            ResourceName = resourceName,
            VenId = ven.Id,
            ClientId = resource.ClientId,
            Attributes = resource.Attributes,
            Targets = [.. (resource.Targets ?? []).Append(group).Distinct()],
        }), $"the VTN to accept the business logic adding resource '{resourceName}' to group '{group}' (PUT /resources/{resource.Id})");
    }

    public async Task<Ven> VenAsSeenByBusinessLogicAsync(string venName)
    {
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        var vens = await VtnAnswers.Accepted(bl.GetVensAsync(new VenSearch { VenName = venName }),
            $"the VTN to list ven '{venName}' to the business logic (GET /vens?venName={venName})");
        return vens.SingleOrDefault(v => v.VenName == venName)
            ?? throw new InvalidOperationException($"no ven named '{venName}' is registered; the scenario must register it first");
    }

    /// <summary>The VEN's own ven object, as it reads it (an ignored venName filter still lists it among others).</summary>
    public async Task<Ven> OwnVenAsync(OpenAdrClient client, string venName) =>
        await FindOwnVenAsync(client, venName)
            ?? throw new InvalidOperationException($"VEN '{venName}' has no ven object; the scenario must register it first");

    private static async Task<Ven?> FindOwnVenAsync(OpenAdrClient client, string venName) =>
        (await VtnAnswers.Accepted(client.GetVensAsync(new VenSearch { VenName = venName }),
            $"the VTN to list VEN '{venName}' its own ven object (GET /vens?venName={venName})"))
        .SingleOrDefault(v => v.VenName == venName);

    /// <summary>
    /// The targets the business logic granted the VEN, as the VEN reads them: those of its ven object and of its resources
    /// (none without a ven object).
    /// Definition.md (Object Privacy): a VEN's reads of objects that have targets "must include matching targets in the query".
    /// </summary>
    public async Task<IReadOnlyList<string>> GrantedTargetsAsync(OpenAdrClient client, string venName)
    {
        if (await FindOwnVenAsync(client, venName) is not { } own) return [];
        var resources = await VtnAnswers.Accepted(client.GetResourcesAsync(new ResourceSearch { VenId = own.Id }),
            $"the VTN to list VEN '{venName}' its own resources (GET /resources?venID={own.Id})");
        return [.. (own.Targets ?? []).Concat(resources.SelectMany(r => r.Targets ?? [])).Distinct()];
    }

    /// <summary>
    /// The event, and whether the VEN got it by listing (GET /events with the targets granted to it) and by id (GET
    /// /events/{id}). Not revealed are a refusal (403, 404, any problem) and an answer that holds no event (200 []).
    /// </summary>
    public async Task<(Event Event, bool Listed, bool ById)> EventAsSeenByAsync(string venName, string eventName)
    {
        var evt = Published(eventName);
        var client = await grid.HarnessVenAsync(venName, cancellation.Token);
        var targets = await GrantedTargetsAsync(client, venName);
        var listed = (await VtnAnswers.Accepted(client.GetEventsAsync(new EventSearch { Targets = targets.Count > 0 ? targets : null },
            cancellation.Token), $"the VTN to answer VEN '{venName}''s GET /events")).Any(x => x.Id == evt.Id);
        var byId = await RevealsAsync(client.GetEventAsync(evt.Id!), e => e.Id == evt.Id);
        return (evt, listed, byId);
    }

    /// <summary>
    /// Whether a read by id revealed the object: a refusal (403, 404, any problem) or an answer that holds nothing of it
    /// (200 [], an empty body) does not; an answer with the object does.
    /// </summary>
    public static async Task<bool> RevealsAsync<T>(Task<T> read, Func<T, bool> isIt)
    {
        try { return isIt(await read); }
        catch (ProblemException) { return false; }
        catch (UnreadableAnswerException e) when (e.Body.Trim() is "" or "[]" or "{}" or "null") { return false; }
    }
}
