using System.Net;
using System.Security.Cryptography.X509Certificates;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;
using Conformance.Tls;
using MQTTnet;
using MQTTnet.Server;

namespace Conformance.OpenAdr3.Tests.VtnTests.Security;

/// <summary>
/// MQTT over TLS: the in-process broker beside an https:// VTN (its certificate, mutual TLS bound to the clientID),
/// an external mqtts:// broker trusted through a given root, and webhook callbacks over https trusted the same way.
/// Real MQTTnet clients and servers over real TLS on 127.0.0.1.
/// </summary>
public class MqttTlsTests : ResourceTests
{
    [Test]
    public async Task Beside_an_https_vtn_the_in_process_broker_is_announced_as_mqtts_and_delivers_over_tls_with_the_vtn_certificate()
    {
        var vtn = await Start(HttpsVtn.StartAsync(configure: o => o with { Mqtt = MqttBrokerOptions.InProcess() }));
        var bl = await vtn.ConnectAsync(vtn.TrustingHttp(), TestVtn.Bl);
        var broker = (await bl.GetNotifiersAsync()).Mqtt!.Uris!.Single();
        broker.Should().StartWith("mqtts://127.0.0.1:");

        var listener = await Start(
            MqttListener.SubscribeAsync(broker, MqttCredentials.Of(TestVtn.Bl, bl), new MqttTls([vtn.PublicCertificate]), "programs/+"));
        var program = await bl.CreateProgramAsync(Samples.Program());

        var (topic, notification) = await listener.NextAsync();
        topic.Should().Be("programs/create");
        notification.Object!.Id.Should().Be(program.Id);
    }

    [Test]
    public async Task Beside_an_https_vtn_the_broker_offers_no_plain_mqtt()
    {
        var vtn = await Start(HttpsVtn.StartAsync(configure: o => o with { Mqtt = MqttBrokerOptions.InProcess() }));
        var bl = await vtn.ConnectAsync(vtn.TrustingHttp(), TestVtn.Bl);
        var broker = new Uri((await bl.GetNotifiersAsync()).Mqtt!.Uris!.Single());

        await FluentActions.Awaiting(() => MqttListener.ConnectAsync($"mqtt://{broker.Host}:{broker.Port}", MqttCredentials.Of(TestVtn.Bl, bl)))
            .Should().ThrowAsync<Exception>("the broker's port speaks TLS only");
    }

    [Test]
    public async Task A_client_that_does_not_trust_the_broker_certificate_does_not_connect()
    {
        var vtn = await Start(HttpsVtn.StartAsync(configure: o => o with { Mqtt = MqttBrokerOptions.InProcess() }));
        var bl = await vtn.ConnectAsync(vtn.TrustingHttp(), TestVtn.Bl);
        var broker = (await bl.GetNotifiersAsync()).Mqtt!.Uris!.Single();

        await FluentActions.Awaiting(() => MqttListener.ConnectAsync(broker, MqttCredentials.Of(TestVtn.Bl, bl), tls: new MqttTls([])))
            .Should().ThrowAsync<Exception>();
    }

    [Test]
    public async Task Under_mutual_tls_the_broker_requires_a_certificate_from_the_authorities_whose_cn_is_the_tokens_client()
    {
        using var authority = DevelopmentCertificates.CreateAuthority("test client CA");
        var vtn = await Start(HttpsVtn.StartAsync(
            new VtnTls { ClientCertificateAuthorities = [X509CertificateLoader.LoadCertificate(authority.RawData)] },
            o => o with { Mqtt = MqttBrokerOptions.InProcess() }));
        using var venCertificate = DevelopmentCertificates.IssueClientCertificate(authority, TestVtn.Ven);
        using var otherCertificate = DevelopmentCertificates.IssueClientCertificate(authority, TestVtn.OtherVen);
        using var strangerAuthority = DevelopmentCertificates.CreateAuthority("another CA");
        using var strangerCertificate = DevelopmentCertificates.IssueClientCertificate(strangerAuthority, TestVtn.Ven);
        var ven = await vtn.ConnectAsync(vtn.TrustingHttp(venCertificate), TestVtn.Ven);
        var broker = (await ven.GetNotifiersAsync()).Mqtt!.Uris!.Single();
        var credentials = MqttCredentials.Of(TestVtn.Ven, ven);

        (await Start(MqttListener.ConnectAsync(broker, credentials, tls: new MqttTls([vtn.PublicCertificate], venCertificate)))).Should().NotBeNull();
        await FluentActions.Awaiting(() => MqttListener.ConnectAsync(broker, credentials, tls: new MqttTls([vtn.PublicCertificate])))
            .Should().ThrowAsync<Exception>("no client certificate fails the handshake");
        await FluentActions.Awaiting(
                () => MqttListener.ConnectAsync(broker, credentials, tls: new MqttTls([vtn.PublicCertificate], strangerCertificate)))
            .Should().ThrowAsync<Exception>("a certificate from another CA fails the handshake");
        await vtn.Log.WaitForAsync($"Refused the client certificate CN={TestVtn.Ven}", count: 1);
        (await FluentActions.Awaiting(
                () => MqttListener.ConnectAsync(broker, credentials, tls: new MqttTls([vtn.PublicCertificate], otherCertificate)))
            .Should().ThrowAsync<MqttRefusedException>("another client's certificate does not carry this token")).Which.Code
            .Should().Be(MqttClientConnectResultCode.NotAuthorized);
    }

    [Test]
    public async Task The_vtn_publishes_on_an_external_mqtts_broker_whose_certificate_chains_to_a_given_root()
    {
        using var brokerCertificate = DevelopmentCertificates.CreateServerCertificate([]);
        var port = FreePort();
        var external = new MqttServerFactory().CreateMqttServer(new MqttServerOptionsBuilder()
            .WithoutDefaultEndpoint().WithEncryptedEndpoint().WithEncryptedEndpointBoundIPAddress(IPAddress.Loopback)
            .WithEncryptedEndpointBoundIPV6Address(IPAddress.IPv6Loopback).WithEncryptedEndpointPort(port)
            .WithEncryptionCertificate(brokerCertificate)
            .Build());
        await external.StartAsync();
        Started(external.StopAsync, external.Dispose);
        var trusted = X509CertificateLoader.LoadCertificate(brokerCertificate.RawData);
        var url = $"mqtts://127.0.0.1:{port}";
        var vtn = await Start(TestVtn.StartAsync(
            configure: o => o with { Mqtt = MqttBrokerOptions.External(url) with { TrustedCertificates = [trusted] } }));
        var listener = await Start(MqttListener.SubscribeAsync(url, credentials: null, new MqttTls([trusted]), "programs/+"));
        var bl = await vtn.ConnectAsync(TestVtn.Bl);

        var program = await bl.CreateProgramAsync(Samples.Program());

        var (topic, notification) = await listener.NextAsync();
        topic.Should().Be("programs/create");
        notification.Object!.Id.Should().Be(program.Id);
        (await bl.GetNotifiersAsync()).Mqtt!.Uris.Should().Equal(url);
    }

    [Test]
    public async Task Https_callbacks_are_accepted_when_their_certificate_chains_to_a_trusted_callback_root_and_not_otherwise()
    {
        using var callbackCertificate = DevelopmentCertificates.CreateServerCertificate([]);
        var trusted = await Start(CallbackReceiver.StartAsync(certificate: callbackCertificate));
        var untrusted = await Start(CallbackReceiver.StartAsync(certificate: callbackCertificate));
        var vtn = await Start(TestVtn.StartAsync(configure: o => o with
        {
            Notifications = o.Notifications with
            {
                CallbackTrustedCertificates = [X509CertificateLoader.LoadCertificate(callbackCertificate.RawData)],
            },
        }));
        var otherVtn = await Start(TestVtn.StartAsync());
        var bl = await vtn.ConnectAsync(TestVtn.Bl);
        var otherBl = await otherVtn.ConnectAsync(TestVtn.Bl);
        await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Program, trusted.Url));

        var refused = await FluentActions.Awaiting(() => otherBl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Program, untrusted.Url)))
            .Should().ThrowAsync<ProblemException>();
        var program = await bl.CreateProgramAsync(Samples.Program());

        trusted.Url.Scheme.Should().Be("https");
        (await trusted.WaitForAsync(1)).Single().Notification.Object!.Id.Should().Be(program.Id);
        refused.Which.Problem!.Detail.Should().Contain("TLS", "a VTN that does not trust the callback's certificate cannot challenge it");
        untrusted.Challenges.Should().BeEmpty();
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
