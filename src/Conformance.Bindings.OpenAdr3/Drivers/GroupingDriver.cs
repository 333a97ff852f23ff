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
        return (await client.GetVensAsync(new VenSearch { VenName = venName })).FirstOrDefault()
            ?? await VtnAnswers.Accepted(client.CreateVenAsync(new Ven { ObjectType = ObjectTypes.VenVenRequest, VenName = venName }),
                $"the VTN to accept VEN '{venName}' registering its ven object (POST /vens)");
    }

    public async Task RegisterResourceAsync(string venName, Ven ven, string resourceName)
    {
        var client = await grid.HarnessVenAsync(venName, cancellation.Token);
        if ((await client.GetResourcesAsync(new ResourceSearch { VenId = ven.Id, ResourceName = resourceName })).Count > 0) return;
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
        var program = (await bl.GetProgramsAsync(cancellation.Token)).FirstOrDefault(p => p.ProgramName == programName)
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
        var resource = (await bl.GetResourcesAsync(new ResourceSearch { VenId = ven.Id, ResourceName = resourceName })).Single();
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
        return (await bl.GetVensAsync(new VenSearch { VenName = venName })).SingleOrDefault()
            ?? throw new InvalidOperationException($"no ven named '{venName}' is registered; the scenario must register it first");
    }

    public async Task<Ven> OwnVenAsync(OpenAdrClient client, string venName) =>
        (await client.GetVensAsync(new VenSearch { VenName = venName })).Single();

    /// <summary>The event, and whether the VEN got it by listing (GET /events) and by id (GET /events/{id}).</summary>
    public async Task<(Event Event, bool Listed, bool ById)> EventAsSeenByAsync(string venName, string eventName)
    {
        var evt = Published(eventName);
        var client = await grid.HarnessVenAsync(venName, cancellation.Token);
        var listed = (await client.GetEventsAsync(cancellation.Token)).Any(x => x.Id == evt.Id);
        var byId = await VtnAnswers.Refusal(client.GetEventAsync(evt.Id!)) is null;
        return (evt, listed, byId);
    }
}
