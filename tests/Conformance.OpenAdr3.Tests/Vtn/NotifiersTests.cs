using System.Net;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

public class NotifiersTests
{
    private const string Broker = "mqtt://127.0.0.1:1883";

    private TestVtn withoutBroker = null!;
    private TestVtn vtn = null!;
    private OpenAdrClient bl = null!;
    private OpenAdrClient ven = null!;

    [OneTimeSetUp]
    public async Task StartVtns()
    {
        withoutBroker = await TestVtn.StartAsync();
        vtn = await TestVtn.StartAsync(mqttBrokerUris: [Broker]);
        bl = await vtn.ConnectAsync(TestVtn.Bl);
        ven = await vtn.ConnectAsync(TestVtn.Ven);
    }

    [OneTimeTearDown]
    public async Task StopVtns()
    {
        await withoutBroker.DisposeAsync();
        await vtn.DisposeAsync();
    }

    [Test]
    public async Task Without_a_broker_notifiers_lists_webhook_only_and_topics_are_404()
    {
        var bl = await withoutBroker.ConnectAsync(TestVtn.Bl);

        var notifiers = await bl.GetNotifiersAsync();

        notifiers.Should().BeEquivalentTo(new NotifiersResponse { Webhook = true });
        (await Problems.ExpectAsync(HttpStatusCode.NotFound, () => bl.GetMqttTopicsAsync("programs"))).Detail.Should().StartWith("MQTT");
    }

    [Test]
    public async Task With_a_broker_notifiers_lists_its_uris_and_authentication()
    {
        var notifiers = await ven.GetNotifiersAsync();

        notifiers.Webhook.Should().BeTrue();
        notifiers.Mqtt.Should().BeEquivalentTo(new MqttNotifierBinding
        {
            Uris = [Broker],
            Serialization = "JSON",
            Authentication = new MqttNotifierAuthentication { Method = "ANONYMOUS" },
        });
    }

    [Test]
    public async Task Topic_names_follow_the_companion_document()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var venObject = await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven), CancellationToken.None);

        (await bl.GetMqttTopicsAsync("programs")).Topics.Should().BeEquivalentTo(new NotifierOperationsTopics
        {
            Create = "programs/create",
            Update = "programs/update",
            Delete = "programs/delete",
            All = "programs/+",
        });
        (await bl.GetMqttProgramTopicsAsync(program.Id!)).Topics.Should().BeEquivalentTo(new NotifierOperationsTopics
        {
            Update = $"programs/{program.Id}/update",
            Delete = $"programs/{program.Id}/delete",
            All = $"programs/{program.Id}/+",
        });
        (await bl.GetMqttProgramEventsTopicsAsync(program.Id!)).Topics!.Create.Should().Be($"events/programs/{program.Id}/create");
        (await bl.GetMqttVenTopicsAsync(venObject.Id!)).Topics!.Create.Should().BeNull();
        (await bl.GetMqttVenTopicsAsync(venObject.Id!, "events")).Topics!.All.Should().Be($"events/vens/{venObject.Id}/+");
        foreach (var objects in new[] { "events", "reports", "subscriptions", "vens", "resources" })
            (await bl.GetMqttTopicsAsync(objects)).Topics!.Update.Should().Be($"{objects}/update");
    }

    [Test]
    public async Task Ven_gets_its_own_ven_topics_but_not_shared_or_another_vens()
    {
        var own = await ven.CreateVenAsync(Samples.VenVen(), CancellationToken.None);
        var other = await bl.CreateVenAsync(Samples.BlVen(TestVtn.OtherVen), CancellationToken.None);
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);

        (await ven.GetMqttVenTopicsAsync(own.Id!, "programs")).Topics!.Create.Should().Be($"programs/vens/{own.Id}/create");
        (await ven.GetMqttVenTopicsAsync(own.Id!, "events")).Topics!.All.Should().Be($"events/vens/{own.Id}/+");
        (await ven.GetMqttVenTopicsAsync(own.Id!)).Topics!.Update.Should().Be($"vens/{own.Id}/update");
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.GetMqttVenTopicsAsync(other.Id!, "events"));
        foreach (var objects in new[] { "programs", "events", "reports", "subscriptions", "vens", "resources" })
            await Problems.ExpectAsync(HttpStatusCode.Forbidden, () => ven.GetMqttTopicsAsync(objects));
        await Problems.ExpectAsync(HttpStatusCode.Forbidden, () => ven.GetMqttProgramTopicsAsync(program.Id!));
        await Problems.ExpectAsync(HttpStatusCode.Forbidden, () => ven.GetMqttProgramEventsTopicsAsync(program.Id!));
    }

    [Test]
    public async Task Topics_of_an_unknown_program_are_404()
    {
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => bl.GetMqttProgramEventsTopicsAsync("no-such-program"));
    }
}
