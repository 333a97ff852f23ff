using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// The MQTT notifier binding (companion document, Part II): a client finds the broker through GET /notifiers
/// and the topic names through /notifiers/mqtt/topics, subscribes with an ordinary MQTT client, and receives
/// the notification object as JSON; VEN-scoped topics keep object privacy (9.2).
/// </summary>
public class MqttNotificationsTests : ResourceTests
{
    [Test]
    public async Task Client_on_the_events_topic_of_the_in_process_broker_receives_a_created_events_notification()
    {
        var (_, bl, brokerUri) = await StartVtnAsync(MqttBrokerOptions.InProcess());

        await ReceivesCreatedEventAsync(bl, brokerUri, MqttCredentials.Of(TestVtn.Bl, bl));
    }

    [Test]
    public async Task Client_on_the_events_topic_of_an_external_mosquitto_receives_a_created_events_notification()
    {
        if (Mosquitto.Binary() is not { } binary || Mosquitto.Binary("mosquitto_passwd") is not { } passwd)
        {
            Assert.Ignore("mosquitto is not installed (Debian: apt-get install -y mosquitto); " +
                "the external-broker test needs it and mosquitto_passwd.");
            return;
        }
        var mosquitto = await Start(Mosquitto.StartAsync(binary, passwd,
            new Dictionary<string, string> { ["vtn-publisher"] = "publisher-secret", ["bl"] = "bl-secret" },
            "user vtn-publisher\ntopic write #\nuser bl\ntopic read #\n"));
        var (_, bl, brokerUri) = await StartVtnAsync(MqttBrokerOptions.External(mosquitto.Url, "vtn-publisher", "publisher-secret"));

        brokerUri.Should().Be(mosquitto.Url);
        await ReceivesCreatedEventAsync(bl, brokerUri, new MqttCredentials("bl", "bl-secret"));
    }

    [Test]
    public async Task Ven_on_its_ven_scoped_events_topic_gets_only_events_it_may_read_with_its_targets_only()
    {
        var (vtn, bl, brokerUri) = await StartVtnAsync(MqttBrokerOptions.InProcess());
        var ven = await vtn.ConnectAsync(TestVtn.Ven);
        var program = await bl.CreateProgramAsync(Samples.Program());
        var venObject = await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven, targets: ["group-1"]));
        var topics = (await ven.GetMqttVenTopicsAsync(venObject.Id!, "events")).Topics!;
        var listener = await Start(MqttListener.SubscribeAsync(brokerUri, MqttCredentials.Of(TestVtn.Ven, ven), topics.All!));

        await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1, targets: ["group-2"]));
        var readable = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 2, targets: ["group-1", "group-2"]));

        var (topic, notification) = await listener.NextAsync();
        topic.Should().Be(topics.Create);
        notification.Object!.Id.Should().Be(readable.Id);
        notification.Object.Should().BeOfType<Event>().Which.Targets.Should().Equal("group-1");
    }

    [Test]
    public async Task Update_and_delete_of_a_program_arrive_on_its_own_topics_in_order()
    {
        var (_, bl, brokerUri) = await StartVtnAsync(MqttBrokerOptions.InProcess());
        var program = await bl.CreateProgramAsync(Samples.Program());
        var topics = (await bl.GetMqttProgramTopicsAsync(program.Id!)).Topics!;
        var listener = await Start(MqttListener.SubscribeAsync(brokerUri, MqttCredentials.Of(TestVtn.Bl, bl), topics.All!));

        await bl.UpdateProgramAsync(program.Id!, program with { ProgramName = TestVtn.Unique("renamed") });
        await bl.DeleteProgramAsync(program.Id!);

        (await listener.NextAsync()).Should().Match<(string Topic, Notification N)>(m => m.Topic == topics.Update && m.N.Operation == "UPDATE");
        (await listener.NextAsync()).Should().Match<(string Topic, Notification N)>(m => m.Topic == topics.Delete && m.N.Operation == "DELETE");
    }

    [Test]
    public async Task Client_cannot_publish_on_the_in_process_broker_in_the_vtns_name()
    {
        var (vtn, bl, brokerUri) = await StartVtnAsync(MqttBrokerOptions.InProcess());
        var program = await bl.CreateProgramAsync(Samples.Program());
        var listener = await Start(MqttListener.SubscribeAsync(brokerUri, MqttCredentials.Of(TestVtn.Bl, bl), "events/create"));
        var forger = await Start(MqttListener.SubscribeAsync(brokerUri, MqttCredentials.Of(TestVtn.Ven, await vtn.ConnectAsync(TestVtn.Ven))));

        await forger.PublishAsync("events/create", new Notification
        {
            ObjectType = ObjectTypes.Event,
            Operation = ObjectOperation.Create,
            Object = new Event { Id = "forged", ObjectType = ObjectTypes.Event },
        });
        var created = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1));

        (await listener.NextAsync()).Notification.Object!.Id.Should().Be(created.Id);
    }

    private static async Task ReceivesCreatedEventAsync(OpenAdrClient bl, string brokerUri, MqttCredentials? credentials)
    {
        var program = await bl.CreateProgramAsync(Samples.Program());
        var topics = (await bl.GetMqttTopicsAsync("events")).Topics!;
        var listener = await MqttListener.SubscribeAsync(brokerUri, credentials, topics.Create!);
        await using var _ = listener;

        var created = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1));

        var (topic, notification) = await listener.NextAsync();
        topic.Should().Be("events/create");
        notification.ObjectType.Should().Be(ObjectTypes.Event);
        notification.Operation.Should().Be(ObjectOperation.Create);
        JsonText.Of(notification.Object!).Should().Be(JsonText.Of(created));
    }

    /// <summary>A VTN publishing on <paramref name="broker"/>, BL's client, and the broker URI GET /notifiers announces.</summary>
    private async Task<(TestVtn Vtn, OpenAdrClient Bl, string BrokerUri)> StartVtnAsync(MqttBrokerOptions broker)
    {
        var vtn = await Start(TestVtn.StartAsync(configure: o => o with { Mqtt = broker }));
        var bl = await vtn.ConnectAsync(TestVtn.Bl);
        var notifiers = await bl.GetNotifiersAsync();
        return (vtn, bl, notifiers.Mqtt!.Uris!.Single());
    }
}
