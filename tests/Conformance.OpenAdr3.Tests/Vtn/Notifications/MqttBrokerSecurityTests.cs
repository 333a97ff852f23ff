using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Time.Testing;
using MQTTnet;
using MQTTnet.Formatter;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// The in-process broker's OAUTH2_BEARER_TOKEN authentication (a bearer token of the VTN as MQTT password, the
/// clientID as user name) and its topic ACLs: a VEN reads only its own VEN-scoped topics, BL reads everything.
/// Real MQTTnet clients against the real VTN.
/// </summary>
public class MqttBrokerSecurityTests : ResourceTests
{
    [Test]
    public async Task In_process_broker_announces_oauth2_bearer_token_with_the_client_id_as_user_name()
    {
        var (vtn, _, _) = await StartVtnAsync();
        var ven = await vtn.ConnectAsync(TestVtn.Ven);

        (await ven.GetNotifiersAsync()).Mqtt!.Authentication.Should()
            .BeEquivalentTo(new MqttNotifierAuthentication { Method = "OAUTH2_BEARER_TOKEN", Username = "{clientID}" });
    }

    [TestCase(MqttProtocolVersion.V500)]
    [TestCase(MqttProtocolVersion.V311)]
    public async Task Client_with_its_client_id_and_a_valid_token_connects(MqttProtocolVersion version)
    {
        var (vtn, _, brokerUri) = await StartVtnAsync();
        var ven = await vtn.ConnectAsync(TestVtn.Ven);

        var listener = await Start(MqttListener.ConnectAsync(brokerUri, MqttCredentials.Of(TestVtn.Ven, ven), version));

        listener.Should().NotBeNull();
    }

    [TestCase(MqttProtocolVersion.V500)]
    [TestCase(MqttProtocolVersion.V311)]
    public async Task Connection_without_a_token_is_refused_as_bad_user_name_or_password(MqttProtocolVersion version)
    {
        var (_, _, brokerUri) = await StartVtnAsync();

        (await RefusalAsync(brokerUri, credentials: null, version)).Should().Be(MqttClientConnectResultCode.BadUserNameOrPassword);
    }

    [Test]
    public async Task Token_of_another_vtn_is_refused()
    {
        var (_, _, brokerUri) = await StartVtnAsync();
        var elsewhere = await Start(TestVtn.StartAsync());
        var forged = MqttCredentials.Of(TestVtn.Ven, await elsewhere.ConnectAsync(TestVtn.Ven));

        (await RefusalAsync(brokerUri, forged)).Should().Be(MqttClientConnectResultCode.BadUserNameOrPassword);
    }

    [Test]
    public async Task Token_that_is_not_a_jwt_is_refused()
    {
        var (_, _, brokerUri) = await StartVtnAsync();

        (await RefusalAsync(brokerUri, new MqttCredentials(TestVtn.Ven, "not-a-token")))
            .Should().Be(MqttClientConnectResultCode.BadUserNameOrPassword);
    }

    [Test]
    public async Task Expired_token_is_refused()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (vtn, _, brokerUri) = await StartVtnAsync(time: time);
        var ven = await vtn.ConnectAsync(TestVtn.Ven);

        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        (await RefusalAsync(brokerUri, MqttCredentials.Of(TestVtn.Ven, ven))).Should().Be(MqttClientConnectResultCode.BadUserNameOrPassword);
    }

    [Test]
    public async Task Token_with_another_clients_user_name_is_refused()
    {
        var (vtn, _, brokerUri) = await StartVtnAsync();
        var ven = await vtn.ConnectAsync(TestVtn.Ven);

        (await RefusalAsync(brokerUri, new MqttCredentials(TestVtn.Bl, ven.AccessToken!)))
            .Should().Be(MqttClientConnectResultCode.BadUserNameOrPassword);
    }

    [Test]
    public async Task Literal_user_name_is_the_one_announced_whatever_the_client()
    {
        var (vtn, _, brokerUri) = await StartVtnAsync(o => o with { MqttAuthentication = MqttNotifierAuthentication.OAuth2BearerToken("openadr") });
        var ven = await vtn.ConnectAsync(TestVtn.Ven);

        (await ven.GetNotifiersAsync()).Mqtt!.Authentication!.Username.Should().Be("openadr");
        await Start(MqttListener.ConnectAsync(brokerUri, new MqttCredentials("openadr", ven.AccessToken!)));
        (await RefusalAsync(brokerUri, MqttCredentials.Of(TestVtn.Ven, ven))).Should().Be(MqttClientConnectResultCode.BadUserNameOrPassword);
    }

    [Test]
    public async Task Open_connection_is_closed_when_its_token_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (vtn, _, brokerUri) = await StartVtnAsync(time: time);
        var ven = await vtn.ConnectAsync(TestVtn.Ven);
        var listener = await Start(MqttListener.ConnectAsync(brokerUri, MqttCredentials.Of(TestVtn.Ven, ven)));

        time.Advance(TimeSpan.FromHours(1));

        (await listener.DisconnectionAsync()).Reason.Should().Be(MqttClientDisconnectReason.MaximumConnectTime);
    }

    [Test]
    public async Task Another_client_cannot_take_over_a_vens_mqtt_client_identifier()
    {
        var (vtn, _, brokerUri) = await StartVtnAsync();
        var ven = await vtn.ConnectAsync(TestVtn.Ven);
        var other = await vtn.ConnectAsync(TestVtn.OtherVen);
        await Start(MqttListener.ConnectAsync(brokerUri, MqttCredentials.Of(TestVtn.Ven, ven), clientId: "ven-mqtt-session", cleanSession: false));

        (await RefusalAsync(brokerUri, MqttCredentials.Of(TestVtn.OtherVen, other), clientId: "ven-mqtt-session"))
            .Should().Be(MqttClientConnectResultCode.NotAuthorized);
    }

    [Test]
    public async Task Ven_may_subscribe_to_its_own_ven_scoped_topics_only()
    {
        var (vtn, bl, brokerUri) = await StartVtnAsync();
        var ven = await vtn.ConnectAsync(TestVtn.Ven);
        var own = await ven.CreateVenAsync(Samples.VenVen());
        var other = await bl.CreateVenAsync(Samples.BlVen(TestVtn.OtherVen));
        var program = await bl.CreateProgramAsync(Samples.Program());
        var listener = await Start(MqttListener.ConnectAsync(brokerUri, MqttCredentials.Of(TestVtn.Ven, ven)));
        string[] granted = [$"programs/vens/{own.Id}/+", $"events/vens/{own.Id}/create", $"resources/vens/{own.Id}/#", $"vens/{own.Id}/+"];
        string[] refused =
        [
            "programs/create", "programs/+", "events/+", "reports/create", "subscriptions/+", "vens/+", "resources/create",
            $"programs/{program.Id}/update", $"events/programs/{program.Id}/+", $"events/vens/{other.Id}/+", $"vens/{other.Id}/+",
            $"+/vens/{own.Id}/create", "events/vens/+/create", "#", "$SYS/#",
        ];

        (await listener.TrySubscribeAsync(granted)).Should().OnlyContain(code => code == MqttClientSubscribeResultCode.GrantedQoS1);
        (await listener.TrySubscribeAsync(refused)).Should().OnlyContain(code => code == MqttClientSubscribeResultCode.NotAuthorized);
    }

    [Test]
    public async Task Refused_subscription_over_mqtt_3_1_1_is_a_failure_in_suback()
    {
        var (vtn, _, brokerUri) = await StartVtnAsync();
        var ven = await vtn.ConnectAsync(TestVtn.Ven);
        var listener = await Start(MqttListener.ConnectAsync(brokerUri, MqttCredentials.Of(TestVtn.Ven, ven), MqttProtocolVersion.V311));

        // 3.1.1 has one failure code, 0x80, which MQTTnet reads as UnspecifiedError.
        (await listener.TrySubscribeAsync("events/create")).Should().Equal(MqttClientSubscribeResultCode.UnspecifiedError);
    }

    [Test]
    public async Task Business_logic_may_subscribe_to_every_topic()
    {
        var (_, bl, brokerUri) = await StartVtnAsync();
        var venObject = await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven));
        var listener = await Start(MqttListener.ConnectAsync(brokerUri, MqttCredentials.Of(TestVtn.Bl, bl)));

        (await listener.TrySubscribeAsync("#", "programs/+", "reports/create", $"events/vens/{venObject.Id}/+"))
            .Should().OnlyContain(code => code == MqttClientSubscribeResultCode.GrantedQoS1);
    }

    [Test]
    public async Task Ven_is_no_longer_notified_on_the_topics_of_a_ven_handed_to_another_client()
    {
        var (vtn, bl, brokerUri) = await StartVtnAsync();
        var ven = await vtn.ConnectAsync(TestVtn.Ven);
        var handedOver = await ven.CreateVenAsync(Samples.VenVen());
        var kept = await ven.CreateVenAsync(Samples.VenVen());
        var listener = await Start(MqttListener.SubscribeAsync(brokerUri, MqttCredentials.Of(TestVtn.Ven, ven),
            $"programs/vens/{handedOver.Id}/create", $"programs/vens/{kept.Id}/create"));
        await bl.UpdateVenAsync(handedOver.Id!, Samples.BlVen(TestVtn.OtherVen) with { VenName = handedOver.VenName });

        var first = await bl.CreateProgramAsync(Samples.Program());
        var second = await bl.CreateProgramAsync(Samples.Program());

        // Publications leave in the order of the changes: a leak of the first program would come before the second.
        (await listener.NextAsync()).Should().Match<(string Topic, Notification N)>(
            m => m.Topic == $"programs/vens/{kept.Id}/create" && m.N.Object!.Id == first.Id);
        (await listener.NextAsync()).Should().Match<(string Topic, Notification N)>(
            m => m.Topic == $"programs/vens/{kept.Id}/create" && m.N.Object!.Id == second.Id);
    }

    [Test]
    public async Task Anonymous_option_accepts_clients_without_credentials()
    {
        var (_, bl, brokerUri) = await StartVtnAsync(o => o with { MqttAuthentication = MqttNotifierAuthentication.Anonymous });
        var program = await bl.CreateProgramAsync(Samples.Program());
        var listener = await Start(MqttListener.SubscribeAsync(brokerUri, credentials: null, "events/create"));

        var created = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1));

        (await bl.GetNotifiersAsync()).Mqtt!.Authentication!.Method.Should().Be("ANONYMOUS");
        (await listener.NextAsync()).Notification.Object!.Id.Should().Be(created.Id);
    }

    [Test]
    public async Task In_process_broker_refuses_to_start_with_certificate_authentication()
    {
        var start = () => TestVtn.StartAsync(configure: o => o with
        {
            Mqtt = MqttBrokerOptions.InProcess(),
            MqttAuthentication = new MqttNotifierAuthentication { Method = "CERTIFICATE" },
        });

        (await start.Should().ThrowAsync<ArgumentException>()).Which.Message.Should()
            .Be("VtnOptions.MqttAuthentication.method: the in-process MQTT broker supports ANONYMOUS and OAUTH2_BEARER_TOKEN, not 'CERTIFICATE'.");
    }

    private static async Task<MqttClientConnectResultCode> RefusalAsync(string brokerUri, MqttCredentials? credentials,
        MqttProtocolVersion version = MqttProtocolVersion.V500, string? clientId = null)
    {
        try
        {
            await using var _ = await MqttListener.ConnectAsync(brokerUri, credentials, version, clientId);
        }
        catch (MqttRefusedException refused)
        {
            return refused.Code;
        }
        Assert.Fail("The broker accepted the connection.");
        throw new InvalidOperationException();
    }

    /// <summary>A VTN with the in-process broker, BL's client, and the broker URI GET /notifiers announces.</summary>
    private async Task<(TestVtn Vtn, OpenAdrClient Bl, string BrokerUri)> StartVtnAsync(
        Func<VtnOptions, VtnOptions>? configure = null, TimeProvider? time = null)
    {
        var vtn = await Start(TestVtn.StartAsync(time, configure: o => (configure ?? (x => x))(o with { Mqtt = MqttBrokerOptions.InProcess() })));
        var bl = await vtn.ConnectAsync(TestVtn.Bl);
        return (vtn, bl, (await bl.GetNotifiersAsync()).Mqtt!.Uris!.Single());
    }
}
