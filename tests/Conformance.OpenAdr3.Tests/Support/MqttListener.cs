using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Channels;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;
using Conformance.Tls;
using MQTTnet;
using MQTTnet.Formatter;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>What a client connects to the broker with: OAUTH2_BEARER_TOKEN's user name and its bearer token as password.</summary>
internal sealed record MqttCredentials(string Username, string Password)
{
    /// <summary>The credentials the VTN's default binding asks for: the clientID and the client's current token.</summary>
    public static MqttCredentials Of(string clientId, OpenAdrClient client) => new(clientId, client.AccessToken!);
}

/// <summary>
/// TLS towards an mqtts:// broker: roots trusted besides the machine's (the VTN's certificate) and the client
/// certificate presented under mutual TLS.
/// </summary>
internal sealed record MqttTls(IReadOnlyList<X509Certificate2> Trusted, X509Certificate2? ClientCertificate = null);

/// <summary>The broker refused a connection with <paramref name="Code"/>.</summary>
internal sealed class MqttRefusedException(MqttClientConnectResultCode code) : Exception($"The broker refused the connection: {code}.")
{
    public MqttClientConnectResultCode Code => code;
}

/// <summary>An MQTT client, as a VEN or BL would use one, subscribed to some topics and keeping what arrives.</summary>
internal sealed class MqttListener : IAsyncDisposable
{
    private readonly IMqttClient client;
    private readonly Channel<(string Topic, Notification Notification)> messages = Channel.CreateUnbounded<(string, Notification)>();
    private readonly TaskCompletionSource<MqttClientDisconnectedEventArgs> disconnected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MqttListener(IMqttClient client)
    {
        this.client = client;
        client.ApplicationMessageReceivedAsync += e =>
        {
            var notification = JsonSerializer.Deserialize<Notification>(e.ApplicationMessage.ConvertPayloadToString(), OpenAdrJson.Options)!;
            messages.Writer.TryWrite((e.ApplicationMessage.Topic, notification));
            return Task.CompletedTask;
        };
        client.DisconnectedAsync += e =>
        {
            if (e.ClientWasConnected) disconnected.TrySetResult(e);
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// Connects to <paramref name="brokerUri"/> (mqtt://host:port), anonymously when <paramref name="credentials"/> is
    /// null, and subscribes to <paramref name="topics"/>, which must all be granted.
    /// </summary>
    public static Task<MqttListener> SubscribeAsync(string brokerUri, MqttCredentials? credentials, params string[] topics) =>
        SubscribeAsync(brokerUri, credentials, tls: null, topics);

    /// <summary>As above, over TLS as <paramref name="tls"/> says for an mqtts:// URI.</summary>
    public static async Task<MqttListener> SubscribeAsync(string brokerUri, MqttCredentials? credentials, MqttTls? tls, params string[] topics)
    {
        var listener = await ConnectAsync(brokerUri, credentials, tls: tls);
        if (topics.Length == 0) return listener;
        var result = await listener.TrySubscribeAsync(topics);
        result.Should().OnlyContain(code => code <= MqttClientSubscribeResultCode.GrantedQoS2, "the broker grants {0}", string.Join(", ", topics));
        return listener;
    }

    /// <summary>
    /// Connects, over TLS for an mqtts:// URI (<paramref name="tls"/>: whom to trust, what to present); a refused
    /// connection throws <see cref="MqttRefusedException"/> with the broker's reason code.
    /// </summary>
    public static async Task<MqttListener> ConnectAsync(string brokerUri, MqttCredentials? credentials,
        MqttProtocolVersion version = MqttProtocolVersion.V500, string? clientId = null, bool cleanSession = true, MqttTls? tls = null)
    {
        var uri = new Uri(brokerUri);
        var options = new MqttClientOptionsBuilder().WithTcpServer(uri.Host, uri.Port).WithProtocolVersion(version).WithCleanSession(cleanSession)
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (uri.Scheme == "mqtts")
            options.WithTlsOptions(o =>
            {
                o.UseTls().WithRevocationMode(X509RevocationMode.NoCheck)
                    .WithCertificateValidationHandler(e => CertificateTrust.AcceptsServer(e.Certificate, e.SslPolicyErrors, tls?.Trusted ?? []));
                if (tls?.ClientCertificate is { } certificate) o.WithClientCertificates([certificate]);
            });
        if (credentials is not null) options.WithCredentials(credentials.Username, credentials.Password);
        if (clientId is not null) options.WithClientId(clientId);
        if (!cleanSession) options.WithSessionExpiryInterval(3600);
        var client = new MqttClientFactory().CreateMqttClient();
        try
        {
            var result = await client.ConnectAsync(options.Build());
            if (result.ResultCode != MqttClientConnectResultCode.Success) throw new MqttRefusedException(result.ResultCode);
        }
        catch
        {
            client.Dispose();
            throw;
        }
        return new MqttListener(client);
    }

    /// <summary>Subscribes; the SUBACK's result code per topic, in order (returns on the broker's SUBACK).</summary>
    public async Task<IReadOnlyList<MqttClientSubscribeResultCode>> TrySubscribeAsync(params string[] topics)
    {
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (var topic in topics) subscribe.WithTopicFilter(topic, MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce);
        var result = await client.SubscribeAsync(subscribe.Build());
        return result.Items.Select(i => i.ResultCode).ToList();
    }

    /// <summary>Publishes <paramref name="notification"/> on <paramref name="topic"/>, as only the VTN should.</summary>
    public Task PublishAsync(string topic, Notification notification) =>
        client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(JsonSerializer.SerializeToUtf8Bytes(notification, OpenAdrJson.Options))
            .WithQualityOfServiceLevel(MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());

    /// <summary>The next message (fails after 10 s).</summary>
    public async Task<(string Topic, Notification Notification)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            return await messages.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("No MQTT message arrived within 10 s.");
            throw;
        }
    }

    /// <summary>How the broker ended the connection (fails after 10 s).</summary>
    public async Task<MqttClientDisconnectedEventArgs> DisconnectionAsync()
    {
        try
        {
            return await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            Assert.Fail("The broker did not close the connection within 10 s.");
            throw;
        }
    }

    /// <summary>Messages that have arrived and were not read yet.</summary>
    public int Pending => messages.Reader.Count;

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected) await client.DisconnectAsync();
        client.Dispose();
    }
}
