using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Conformance.Tls;
using MQTTnet;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Publishes on an external broker (<see cref="MqttBrokerOptions.ExternalBroker"/>, mqtt:// or mqtts://) through
/// one MQTT client, connecting on first use and again after a lost connection; a broker that cannot be reached fails the attempt,
/// which the <see cref="Retrier"/> repeats with back-off. Used by one lane only, so never concurrently.
/// </summary>
internal sealed class ExternalMqttPublisher(VtnOptions options) : IMqttPublisher, IAsyncDisposable
{
    private readonly IMqttClient client = new MqttClientFactory().CreateMqttClient();

    private readonly MqttClientOptions connect = Options(options.Mqtt!);

    public async Task<Attempt> PublishAsync(string topic, byte[] payload, CancellationToken ct)
    {
        try
        {
            if (!client.IsConnected && await client.ConnectAsync(connect, ct) is { ResultCode: not MqttClientConnectResultCode.Success } refused)
                return Attempt.Retry($"{options.Mqtt!.Url} refused the connection: {refused.ResultCode} {refused.ReasonString}");
            var result = await client.PublishAsync(MqttMessages.Notification(topic, payload), ct);
            return result.IsSuccess ? Attempt.Done : Attempt.Retry($"the broker answered {result.ReasonCode} {result.ReasonString}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Attempt.Retry($"{options.Mqtt!.Url}: {ex.Message}");
        }
    }

    private static MqttClientOptions Options(MqttBrokerOptions broker)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(broker.ExternalBroker!.Host, broker.ExternalBroker.Port)
            .WithClientId($"openadr3-vtn-{Guid.NewGuid():N}")
            .WithCleanSession();
        // mqtts: the broker's certificate must name its host and chain to the machine's roots or to the given ones.
        if (broker.UsesTls)
            builder.WithTlsOptions(tls => tls.UseTls().WithSslProtocols(SslProtocols.Tls12 | SslProtocols.Tls13)
                .WithRevocationMode(X509RevocationMode.NoCheck)
                .WithCertificateValidationHandler(e => CertificateTrust.AcceptsServer(e.Certificate, e.SslPolicyErrors, broker.TrustedCertificates)));
        if (broker.Username is not null) builder.WithCredentials(broker.Username, broker.Password);
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await client.DisconnectAsync(new MqttClientDisconnectOptions(), timeout.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or MQTTnet.Exceptions.MqttCommunicationException)
            {
                // The broker went first; there is nothing left to close politely.
            }
        }
        client.Dispose();
    }
}
