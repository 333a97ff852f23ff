using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;
using Reqnroll;

namespace Conformance.Bindings.OpenAdr3.Steps;

/// <summary>OpenADR 3.1 "Vens and Resources": registration, grouping by targets, and what each VEN may see.</summary>
[Binding]
public sealed class VensResourcesSteps(GridDomain grid, GroupingDriver grouping, ScenarioCancellation cancellation)
{
    [Given("VEN {string} has registered itself and its resource {string}")]
    public async Task AVenHasRegistered(string venName, string resourceName)
    {
        var ven = await grouping.RegisterVenAsync(venName);
        await grouping.RegisterResourceAsync(venName, ven, resourceName);
    }

    [Given("the business logic has published event {string} targeted at group {string}")]
    public Task TheBusinessLogicHasPublished(string eventName, string group) => grouping.PublishEventAsync(eventName, [group]);

    [Given("the business logic has added VEN {string} to group {string}")]
    [When("the business logic adds VEN {string} to group {string}")]
    public Task TheBusinessLogicAddsAVen(string venName, string group) => grouping.AddVenToGroupAsync(venName, group);

    [When("the business logic adds resource {string} of VEN {string} to group {string}")]
    public Task TheBusinessLogicAddsAResource(string resourceName, string venName, string group) =>
        grouping.AddResourceToGroupAsync(venName, resourceName, group);

    [When("VEN {string} updates its own ven object")]
    public async Task AVenUpdatesItself(string venName)
    {
        var client = await grid.HarnessVenAsync(venName, cancellation.Token);
        var own = await grouping.OwnVenAsync(client, venName);
        await VtnAnswers.Accepted(client.UpdateVenAsync(own.Id!, new Ven
        {
            ObjectType = ObjectTypes.VenVenRequest,
            VenName = venName,
            Attributes = [ValuesMap.Of("DESCRIPTION", "updated by the VEN")],
        }), $"the VTN to accept VEN '{venName}' updating its own ven object");
    }

    [Then("VEN {string} reads event {string}")]
    public async Task AVenReadsTheEvent(string venName, string eventName)
    {
        var (evt, listed, byId) = await grouping.EventAsSeenByAsync(venName, eventName);
        if (!listed || !byId)
            throw Judge.Fail($"VEN '{venName}' to read event '{eventName}' (id {evt.Id}, targets {string.Join(", ", evt.Targets ?? [])}) through " +
                "the groups granted to it",
                $"{(listed ? "GET /events listed it" : "GET /events did not list it")} and " +
                $"{(byId ? "GET /events/{id} returned it" : "GET /events/{id} did not return it")}");
    }

    [Then("VEN {string} does not read event {string}")]
    public async Task AVenDoesNotReadTheEvent(string venName, string eventName)
    {
        var (evt, listed, byId) = await grouping.EventAsSeenByAsync(venName, eventName);
        if (listed || byId)
            throw Judge.Fail($"VEN '{venName}' not to read event '{eventName}' (id {evt.Id}), targeted at a group it is not in",
                string.Join(" and ",
                    new[] { listed ? "GET /events listed it" : null, byId ? "GET /events/{id} returned it" : null }.OfType<string>()));
    }

    [Then("the ven object of VEN {string} is still in group {string}")]
    public async Task TheVenIsStillInTheGroup(string venName, string group)
    {
        var ven = await grouping.VenAsSeenByBusinessLogicAsync(venName);
        if (ven.Targets?.Contains(group) != true)
            throw Judge.Fail($"the ven object of '{venName}' to keep group '{group}' granted by the business logic",
                $"its targets are now [{string.Join(", ", ven.Targets ?? [])}]");
    }

    [Then("VEN {string} finds no ven object named {string} and no resource named {string}")]
    public async Task AVenFindsNothingOfAnother(string venName, string otherVen, string otherResource)
    {
        var client = await grid.HarnessVenAsync(venName, cancellation.Token);
        var other = await grouping.VenAsSeenByBusinessLogicAsync(otherVen);
        var leaks = new List<string>();
        // A listing leaks only what it names: a VTN that ignores the venName filter and lists the VEN's own object reveals nothing.
        var vens = await VtnAnswers.Accepted(client.GetVensAsync(new VenSearch { VenName = otherVen }),
            $"the VTN to answer VEN '{venName}''s GET /vens?venName={otherVen}");
        if (vens.Any(v => v.Id == other.Id || v.VenName == otherVen)) leaks.Add($"GET /vens?venName={otherVen} listed it");
        if (await GroupingDriver.RevealsAsync(client.GetVenAsync(other.Id!), v => v.Id == other.Id || v.VenName == otherVen))
            leaks.Add($"GET /vens/{other.Id} returned it");
        var resources = await VtnAnswers.Accepted(client.GetResourcesAsync(new ResourceSearch { ResourceName = otherResource }),
            $"the VTN to answer VEN '{venName}''s GET /resources?resourceName={otherResource}");
        if (resources.Any(r => r.ResourceName == otherResource)) leaks.Add($"GET /resources?resourceName={otherResource} listed it");
        if (leaks.Count > 0)
            throw Judge.Fail($"VEN '{venName}' to find neither the ven object of '{otherVen}' nor its resource '{otherResource}'",
                string.Join("; ", leaks));
    }
}
