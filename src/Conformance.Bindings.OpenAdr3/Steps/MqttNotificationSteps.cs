using System.Text.Json;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Evidence.Log;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Wire;
using Conformance.Roles.Observations;
using Reqnroll;

namespace Conformance.Bindings.OpenAdr3.Steps;

/// <summary>
/// OpenADR 3.1 "Notifications via MQTT": a VEN discovers the MQTT binding, asks topic names, connects to the VTN's
/// broker and subscribes; the broker notifies it of changes of state, and refuses it what it may not read.
/// </summary>
[Binding]
public sealed class MqttNotificationSteps(
    GridDomain grid, EvidenceLog evidence, ScenarioLedger ledger, MqttNotificationDriver mqtt, ScenarioCancellation cancellation)
{
    private NotifierOperationsTopics? _topics;
    private readonly List<EvidenceRecord> _subacks = [];

    [When("VEN {string} asks the VTN for its notifier bindings")]
    public Task AVenAsksForBindings(string venName) => mqtt.DiscoverAsync(venName);

    [Then("the VTN offers VEN {string} an MQTT binding with broker URIs and an authentication method")]
    public async Task TheVtnOffersMqtt(string venName)
    {
        var binding = await mqtt.BindingAsync(venName);
        if (binding.Uris is not { Count: > 0 } || binding.Authentication?.Method is null || binding.Serialization != MqttNotifierBinding.Json)
            throw Judge.Fail("the MQTT binding to list broker URIs, serialization JSON and an authentication method",
                $"it lists URIS [{string.Join(", ", binding.Uris ?? [])}], serialization '{binding.Serialization}', authentication " +
                $"'{binding.Authentication?.Method}'");
    }

    [When("VEN {string} asks the VTN for the MQTT topic names for {word} of its ven")]
    public async Task AVenAsksForTopics(string venName, string objects) => _topics = await mqtt.OwnVenTopicsAsync(venName, objects);

    [When("VEN {string} connects to the MQTT broker with the announced authentication")]
    [Given("VEN {string} has connected to the MQTT broker with the announced authentication")]
    public Task AVenConnects(string venName) => mqtt.ConnectAsync(venName);

    [When("VEN {string} subscribes to those topic names")]
    public async Task AVenSubscribesToThoseTopics(string venName)
    {
        var topics = _topics ?? throw new InvalidOperationException("no topic names were asked in this scenario yet");
        await SubscribedAsync(venName, [topics.All ?? topics.Create ?? topics.Update!]);
    }

    [Given("VEN {string} has subscribed over MQTT to the topic names for {word} of its ven")]
    public async Task AVenHasSubscribed(string venName, string objects)
    {
        var topics = await mqtt.OwnVenTopicsAsync(venName, objects);
        await mqtt.ConnectAsync(venName);
        await SubscribedAsync(venName, [topics.All ?? topics.Create ?? topics.Update!]);
    }

    [When("VEN {string} subscribes to the MQTT topic names the business logic is given for all {word}")]
    public async Task AVenSubscribesToSharedTopics(string venName, string objects)
    {
        var topics = await mqtt.SharedTopicsAsync(objects);
        _subacks.Add(await mqtt.SubscribeAsync(venName, [topics.All ?? topics.Create!]));
    }

    [When("VEN {string} subscribes to the MQTT topic names of VEN {string} for {word}")]
    public async Task AVenSubscribesToAnotherVensTopics(string venName, string otherVen, string objects)
    {
        var topics = await mqtt.VenTopicsAsSeenByBusinessLogicAsync(otherVen, objects);
        _subacks.Add(await mqtt.SubscribeAsync(venName, [topics.All ?? topics.Create!]));
    }

    [Then("the broker refuses each of these subscriptions")]
    public void TheBrokerRefusesThem()
    {
        var granted = _subacks.SelectMany(s => (s.Mqtt!.Subscriptions ?? []).Where(f => f.Granted).Select(f => $"{f.Filter} ({Code(f)}, #{s.Seq})"))
            .ToList();
        if (_subacks.Count == 0) throw new InvalidOperationException("no subscription was tried in this scenario");
        if (granted.Count > 0)
            throw Judge.Fail("the broker to refuse, with a failure reason code in SUBACK (MQTT 5: 0x87 not authorized), subscriptions to topics " +
                "the VEN may not read",
                $"it granted {string.Join("; ", granted)}");
    }

    [Then("the VTN does not give VEN {string} the MQTT topic names for all {word}")]
    public async Task TheVtnRefusesSharedTopicNames(string venName, string objects)
    {
        if (await mqtt.SharedTopicsRefusalAsync(venName, objects) is null)
            throw Judge.Fail($"the VTN to refuse VEN '{venName}' GET /notifiers/mqtt/topics/{objects} (the YAML asks a BL scope; those topics " +
                "carry every object whole)",
                "it answered 200 with the topic names");
    }

    [When("the business logic renames program {string} to {string}")]
    public async Task TheBusinessLogicRenamesAProgram(string programName, string newName)
    {
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        var program = (await bl.GetProgramsAsync(cancellation.Token)).SingleOrDefault(p => p.ProgramName == grid.Names.Wire(programName))
            ?? throw new InvalidOperationException($"no program named {grid.Names.Quote(programName)} exists; the scenario must create it first");
        await VtnAnswers.Accepted(bl.UpdateProgramAsync(program.Id!, program with { ProgramName = grid.Names.Wire(newName) }),
            $"the VTN to accept the business logic renaming program {grid.Names.Quote(programName)} to {grid.Names.Quote(newName)}");
    }

    [Then("the broker notifies VEN {string} of the {word} of event {string} within {duration}")]
    public Task NotifiedOfEvent(string venName, string operation, string eventName, TimeSpan within) =>
        ExpectPublicationAsync(venName, operation, "EVENT", "eventName", grid.Names.Wire(eventName), within);

    [Then("the broker notifies VEN {string} of the {word} of program {string} within {duration}")]
    public Task NotifiedOfProgram(string venName, string operation, string programName, TimeSpan within) =>
        ExpectPublicationAsync(venName, operation, "PROGRAM", "programName", grid.Names.Wire(programName), within);

    [Then("VEN {string} received no MQTT notification of event {string}")]
    public void NoNotificationOfEvent(string venName, string eventName)
    {
        var leaked = evidence.Snapshot().Where(r => r.Seq > mqtt.ConnectedAt(venName) && MqttNotificationDriver.IsPublicationTo(venName, r)
            && NotificationDriver.Text(NotificationDriver.Read(r).Object, "eventName") == grid.Names.Wire(eventName)).ToList();
        if (leaked.Count > 0)
            throw Judge.Fail($"VEN '{venName}' not to be notified over MQTT of event '{eventName}', which it may not read",
                $"the broker delivered: {string.Join("; ", leaked.Select(r => r.Summary))}");
    }

    [AfterScenario("OADR31-mqtt-notifications")]
    public Task DisconnectAsync() => mqtt.DisconnectAllAsync();

    private async Task SubscribedAsync(string venName, IReadOnlyList<string> filters)
    {
        var suback = await mqtt.SubscribeAsync(venName, filters);
        var answered = suback.Mqtt!.Subscriptions ?? [];
        if (answered.Any(f => !f.Granted) || answered.Count != filters.Count)
            throw Judge.Fail($"the broker to grant VEN '{venName}' the subscription to its own topics {string.Join(", ", filters)}",
                $"its SUBACK (#{suback.Seq}) answered {string.Join("; ", answered.Select(f => $"{f.Filter}: {Code(f)}"))}");
    }

    /// <summary>
    /// The change is the VTN's answer that wrote the object (the last 200/201 to a POST or PUT naming it); the
    /// notification is a PUBLISH to the VEN with that objectType, operation and name, due within the bound after it.
    /// It counts from the change's request on: a VTN notifies off the request path and may publish before its answer
    /// has gone out whole.
    /// </summary>
    private async Task ExpectPublicationAsync(string venName, string operation, string objectType, string nameField, string name, TimeSpan within)
    {
        var change = evidence.Snapshot().LastOrDefault(r => r.IsVtnWrite(200, 201) && NameIn(r.Body, nameField) == name)
            ?? throw new InvalidOperationException($"no change of {objectType.ToLowerInvariant()} '{name}' was made in this scenario");
        var publication = await Expect.MessageAsync(evidence,
            $"the broker to deliver to VEN '{venName}' a PUBLISH of the {operation} {objectType} notification of '{name}' within " +
            $"{Expect.Describe(within)} of the change (#{change.Seq} at t={Expect.Seconds(change.Time)} s)",
            r => MqttNotificationDriver.IsPublicationTo(venName, r) && NotificationDriver.Read(r) is var (type, op, obj) && type == objectType
                && op == operation
                 && NotificationDriver.Text(obj, nameField) == name,
            change.CorrelationId ?? change.Seq, change.Time + within, Expect.Grace(within), r => MqttNotificationDriver.IsPublicationTo(venName, r));
        ledger.Check(Measurement.Duration($"time from the change (#{change.Seq}) to the MQTT notification (#{publication.Seq})",
                publication.Time - change.Time, within, LimitKind.AtMost, evidence.Clock.Setting),
            $"deadline t={Expect.Seconds(change.Time + within)} s, delivered at t={Expect.Seconds(publication.Time)} s on topic " +
            $"{publication.Mqtt!.Topic}");
    }

    private static string Code(MqttSubscription answer) => answer.ReasonCode is { } code ? MqttDetail.Code(code, answer.Reason) : "no reason code";

    private static string? NameIn(string? body, string field)
    {
        try
        {
            using var json = JsonDocument.Parse(body ?? "");
            return NotificationDriver.Text(json.RootElement, field);
        }
        catch (JsonException) { return null; }
    }
}
