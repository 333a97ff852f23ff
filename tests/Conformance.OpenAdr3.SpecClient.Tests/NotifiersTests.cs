using Conformance.OpenAdr3.SpecClient.Tests.Generated.Models;
using Conformance.OpenAdr3.SpecClient.Tests.Support;

namespace Conformance.OpenAdr3.SpecClient.Tests;

/// <summary>GET /notifiers and a VEN's MQTT topic names, read by the generated client.</summary>
internal sealed class NotifiersTests : SpecVtnFixture
{
    [Test]
    public async Task A_ven_reads_the_notifier_bindings()
    {
        var notifiers = await ven.Notifiers.GetAsync();

        notifiers!.WEBHOOK.Should().BeTrue();
        notifiers.MQTT!.URIS.Should().Equal(SpecVtn.MqttBrokerUri);
        notifiers.MQTT.Serialization.Should().Be(MqttNotifierBindingObject_serialization.JSON);
    }

    [Test]
    public async Task A_ven_reads_the_mqtt_topics_of_its_own_ven()
    {
        var venObject = await ven.Vens.PostAsync(new VenRequest
        {
            VenVenRequest = new VenVenRequest { ObjectType = VenVenRequest_objectType.VEN_VEN_REQUEST, VenName = SpecVtn.Unique("ven") },
        });

        var events = await ven.Notifiers.Mqtt.Topics.Vens[venObject!.Id].Events.GetAsync();
        var programs = await ven.Notifiers.Mqtt.Topics.Vens[venObject.Id].Programs.GetAsync();

        events!.Topics!.UPDATE.Should().Contain(venObject.Id);
        events.Topics.DELETE.Should().Contain(venObject.Id);
        programs!.Topics!.UPDATE.Should().Contain(venObject.Id);
    }
}
