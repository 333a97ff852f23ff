using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Evidence.Log;
using Conformance.Model.Execution;
using Conformance.Roles.Grid;
using Conformance.Roles.Observations;
using Reqnroll;

namespace Conformance.Bindings.OpenAdr3.Steps;

/// <summary>A VEN that declares <see cref="VenProvisioning.SelfEnrollment"/> creates its own ven object (ven-self-enrollment.feature).</summary>
[Binding]
public sealed class SelfEnrollmentSteps(GridDomain grid, ICustomerEnergyManager cem, EvidenceLog evidence, ScenarioCancellation cancellation)
{
    [When("the VEN joins the VTN by itself")]
    public Task JoinsByItself() => cem.JoinAsync(cancellation.Token);

    [Then("the VEN has created its ven object on the VTN within {duration}")]
    public async Task HasCreatedItsVen(TimeSpan within)
    {
        var (name, clientId) = (grid.Ven.VenName, grid.Ven.ClientId);
        var deadline = evidence.Clock.Elapsed + within;
        // From the start of the run: a VEN enrolls when it starts, before the first scenario.
        var watch = new Watch(0, deadline);
        var observed = await Expect.WatchAsync(evidence,
            r => (r.IsAnswerTo(OpenAdrEvidence.Ven, "POST", "/vens", 201) || r.IsAnswerTo(OpenAdrEvidence.Ven, "GET", "/vens", 200))
                && NamesVen(r, name),
            watch, r => r.IsRequest("POST", "/vens", from: OpenAdrEvidence.Ven) || r.IsAnswerTo(OpenAdrEvidence.Ven, "POST", "/vens"),
            _ => name, cancellation.Token);
        Expect.Seen(observed with { Account = VenExchanges.Describe(evidence.Snapshot()) },
            $"VEN '{name}' (client '{clientId}') to create its ven object with venName '{name}' (the VTN's 201 to its POST /vens), or to find " +
            "the one it created (GET /vens; the business logic made none, the VEN declares ven-self-enrollment)",
            deadline, TimeSpan.Zero);
    }

    /// <summary>The answer holds a ven object named <paramref name="name"/> (itself, or in the list), read leniently.</summary>
    private static bool NamesVen(EvidenceRecord answer, string name)
    {
        JsonNode? body;
        try { body = JsonNode.Parse(answer.Body ?? ""); }
        catch (JsonException) { return false; }
        IEnumerable<JsonNode?> vens = body is JsonArray list ? list : [body];
        return vens.Any(v => v is JsonObject ven && ven["venName"] is JsonValue venName && venName.TryGetValue<string>(out var text) && text == name);
    }
}
