using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The default MQTT broker: MQTTnet's, inside the VTN's process, on the VTN URL's host (both loopbacks for a loopback
/// host, every interface otherwise). When the VTN serves HTTPS it serves MQTT over TLS only, with the VTN's server
/// certificate, and under mutual TLS it requires a client certificate from the same authorities, bound to the
/// token's clientID. The VTN injects its notifications directly; clients may subscribe but not publish, so nobody can
/// pass a message of theirs off as the VTN's notification. With OAUTH2_BEARER_TOKEN (the default) a client connects
/// with a bearer token of this VTN as password, validated as the REST API validates it, and reads only the topics
/// <see cref="MqttTopicAcl"/> grants it: checked when it subscribes (SUBACK "not authorized") and again for each
/// message. With ANONYMOUS anyone connects and subscribes to anything.
/// </summary>
internal sealed class InProcessMqttBroker : IHostedService, IMqttPublisher, IDisposable
{
    // Unguessable, so a client connecting under the same id still cannot publish.
    private readonly string vtnClientId = $"openadr3-vtn-{Guid.NewGuid():N}";
    private readonly MqttServer server;
    private readonly VtnOptions options;
    private readonly TokenIssuer tokens;
    private readonly MqttTopicAcl acl;
    private readonly VtnHttps? https;
    private readonly ILogger<InProcessMqttBroker> log;

    // By MQTT client identifier, the client that connected under it last. An identifier stays with the OpenADR
    // client that first used it for the broker's lifetime, so no other client can take over its session (its
    // subscriptions and queued messages). One small entry per identifier; only holders of a valid token add any.
    private readonly Dictionary<string, Connection> connections = [];

    public InProcessMqttBroker(VtnOptions options, TokenIssuer tokens, MqttTopicAcl acl, ILogger<InProcessMqttBroker> log, VtnHttps? https = null)
    {
        this.options = options;
        this.tokens = tokens;
        this.acl = acl;
        this.https = https;
        this.log = log;
        server = new MqttServerFactory().CreateMqttServer(Endpoint(options, https, log));
        server.InterceptingPublishAsync += e =>
        {
            e.ProcessPublish = e.ClientId == vtnClientId;
            return Task.CompletedTask;
        };
        if (options.MqttAuthentication!.Method != MqttNotifierAuthentication.OAuth2BearerTokenMethod) return;
        server.ValidatingConnectionAsync += AuthenticateAsync;
        server.InterceptingSubscriptionAsync += AuthorizeSubscription;
        server.InterceptingClientEnqueueAsync += AuthorizeDelivery;
    }

    /// <summary>The addresses the broker listens on for a VTN URL's host: both loopbacks for a loopback host, else every interface.</summary>
    internal static (IPAddress V4, IPAddress V6) BindAddresses(string host)
    {
        var bare = host.Trim('[', ']');
        var loopback = string.Equals(bare, "localhost", StringComparison.OrdinalIgnoreCase)
            || IPAddress.TryParse(bare, out var ip) && IPAddress.IsLoopback(ip);
        return loopback ? (IPAddress.Loopback, IPAddress.IPv6Loopback) : (IPAddress.Any, IPAddress.IPv6Any);
    }

    /// <summary>
    /// Plain MQTT beside an http:// VTN; MQTT over TLS only (TLS 1.2 or later, the VTN's certificate) beside an
    /// https:// one, since "MQTT clients MUST use MQTT over TLS" (Definition.md, MQTT) and a bearer token sent as
    /// password must not cross the network in clear where the REST API protects it.
    /// </summary>
    private static MqttServerOptions Endpoint(VtnOptions options, VtnHttps? https, ILogger log)
    {
        var (v4, v6) = BindAddresses(BindingAddress.Parse(options.Url).Host);
        var builder = new MqttServerOptionsBuilder();
        if (https is null)
            return builder.WithDefaultEndpoint().WithDefaultEndpointBoundIPAddress(v4).WithDefaultEndpointBoundIPV6Address(v6)
                .WithDefaultEndpointPort(options.Mqtt!.Port).Build();

        builder.WithoutDefaultEndpoint().WithEncryptedEndpoint().WithEncryptedEndpointBoundIPAddress(v4).WithEncryptedEndpointBoundIPV6Address(v6)
            .WithEncryptedEndpointPort(options.Mqtt!.Port).WithEncryptionCertificate(https.Certificate)
            .WithEncryptionSslProtocol(SslProtocols.Tls12 | SslProtocols.Tls13);
        // As on the REST API (decision 44): no certificate from the authorities, no handshake.
        if (https.RequiresClientCertificates)
            builder.WithClientCertificate((_, certificate, _, _) => certificate is not null && AcceptsClientCertificate(https, certificate, log));
        return builder.Build();
    }

    private static bool AcceptsClientCertificate(VtnHttps https, X509Certificate certificate, ILogger log)
    {
        using var presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return https.AcceptsClientCertificate(presented, log);
    }

    public Task StartAsync(CancellationToken cancellationToken) => server.StartAsync();

    public Task StopAsync(CancellationToken cancellationToken) => server.StopAsync();

    public async Task<Attempt> PublishAsync(string topic, byte[] payload, CancellationToken ct)
    {
        if (!server.IsStarted) return Attempt.Retry("the in-process MQTT broker is not running");
        await server.InjectApplicationMessage(
            new InjectedMqttApplicationMessage(MqttMessages.Notification(topic, payload)) { SenderClientId = vtnClientId }, ct);
        return Attempt.Done;
    }

    public void Dispose()
    {
        lock (connections)
            foreach (var connection in connections.Values) connection.Expiry?.Dispose();
        server.Dispose();
    }

    /// <summary>
    /// CONNECT: the password is a bearer token of this VTN (signature, issuer and expiry checked by the REST API's
    /// <see cref="TokenIssuer.ValidateAsync"/>) and the user name is the announced one: the token's own client_id
    /// for "{clientID}", else the literal. Otherwise "bad user name or password" (MQTT 5 0x86, 3.1.1 0x04). Under
    /// mutual TLS the client certificate's subject CN must be the token's clientID (decision 45), else "not authorized".
    /// </summary>
    private async Task AuthenticateAsync(ValidatingConnectionEventArgs e)
    {
        var validated = string.IsNullOrEmpty(e.Password) ? null : (await tokens.ValidateAsync(e.Password)).Token;
        if (validated is null)
        {
            Refuse(e, MqttConnectReasonCode.BadUserNameOrPassword, "the password must be a valid bearer token of this VTN (POST /auth/token)");
            return;
        }
        var caller = validated.Caller;
        var username = options.MqttAuthentication!.Username == MqttNotifierAuthentication.ClientIdUsername
            ? caller.ClientId
            : options.MqttAuthentication.Username;
        if (e.UserName != username)
        {
            Refuse(e, MqttConnectReasonCode.BadUserNameOrPassword, $"the user name must be '{username}', as GET /notifiers announces for this token");
            return;
        }
        if (https?.RequiresClientCertificates == true
            && (e.ClientCertificate is not { } certificate || ClientCertificateBinding.ClientIdOf(certificate) != caller.ClientId))
        {
            Refuse(e, MqttConnectReasonCode.NotAuthorized,
                $"the bearer token is for client '{caller.ClientId}' but the client certificate is not (its subject CN must be the clientID)");
            return;
        }
        var id = string.IsNullOrEmpty(e.ClientId) ? e.AssignedClientIdentifier = $"{caller.ClientId}-{Guid.NewGuid():N}" : e.ClientId;
        if (!Admit(id, caller, new DateTimeOffset(validated.Expires, TimeSpan.Zero)))
            Refuse(e, MqttConnectReasonCode.NotAuthorized, $"the MQTT client identifier '{id}' belongs to another client");
    }

    /// <summary>
    /// Records who connects under <paramref name="id"/> and closes the connection when the token expires (MQTT 5
    /// DISCONNECT 0xA0 "maximum connect time"): a token's lifetime bounds what it grants, so the client reconnects
    /// with a new token. False when the identifier belongs to another client.
    /// </summary>
    private bool Admit(string id, Caller caller, DateTimeOffset expires)
    {
        lock (connections)
        {
            if (connections.TryGetValue(id, out var previous))
            {
                if (previous.Caller.ClientId != caller.ClientId) return false;
                previous.Expiry?.Dispose();
            }
            var connection = new Connection(caller, expires);
            var due = expires - options.Time.GetUtcNow();
            connection.Expiry = options.Time.CreateTimer(_ => _ = ExpireAsync(id, connection), null,
                due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            connections[id] = connection;
            return true;
        }
    }

    private async Task ExpireAsync(string id, Connection connection)
    {
        lock (connections)
            if (!connections.TryGetValue(id, out var current) || current != connection) return; // reconnected with a new token since
        log.LogInformation("MQTT: the bearer token of {ClientId} (MQTT client {MqttClientId}) expired; closing its connection",
            connection.Caller.ClientId, id);
        try
        {
            await server.DisconnectClientAsync(id, new MqttServerClientDisconnectOptions
            {
                ReasonCode = MqttDisconnectReasonCode.MaximumConnectTime,
                ReasonString = "the bearer token expired; connect again with a new one",
            });
        }
        catch (Exception ex)
        {
            // Already gone, or the broker is stopping: nothing is left to close. (A timer callback has no caller to tell.)
            log.LogDebug(ex, "MQTT: closing the expired connection of MQTT client {MqttClientId} failed", id);
        }
    }

    private Task AuthorizeSubscription(InterceptingSubscriptionEventArgs e)
    {
        if (CallerOf(e.ClientId) is { } caller && acl.MayRead(caller, e.TopicFilter.Topic)) return Task.CompletedTask;
        log.LogInformation("MQTT: refused {ClientId} (MQTT client {MqttClientId}) the subscription to {Filter}",
            CallerOf(e.ClientId)?.ClientId, e.ClientId, e.TopicFilter.Topic);
        e.ProcessSubscription = false;
        e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
        e.Response.ReasonString = $"{e.TopicFilter.Topic}: not a topic this client may read (GET /notifiers/mqtt/topics names its topics)";
        return Task.CompletedTask;
    }

    private Task AuthorizeDelivery(InterceptingClientApplicationMessageEnqueueEventArgs e)
    {
        e.AcceptEnqueue = CallerOf(e.ReceiverClientId) is { } caller && acl.MayRead(caller, e.ApplicationMessage.Topic);
        return Task.CompletedTask;
    }

    /// <summary>Who is connected under <paramref name="id"/>, while its token is valid.</summary>
    private Caller? CallerOf(string id)
    {
        lock (connections)
            return connections.TryGetValue(id, out var connection) && connection.Expires > options.Time.GetUtcNow() ? connection.Caller : null;
    }

    private void Refuse(ValidatingConnectionEventArgs e, MqttConnectReasonCode code, string reason)
    {
        log.LogInformation("MQTT: refused the connection of MQTT client {MqttClientId} (user name {UserName}): {Reason}",
            e.ClientId, e.UserName, reason);
        e.ReasonCode = code;
        e.ReasonString = reason;
    }

    /// <summary>One admitted connection; compared by reference, so a reconnection replaces it.</summary>
    private sealed class Connection(Caller caller, DateTimeOffset expires)
    {
        public Caller Caller => caller;
        public DateTimeOffset Expires => expires;
        public ITimer? Expiry { get; set; }
    }
}
