using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>How to start a <see cref="VtnServer"/>.</summary>
public sealed record VtnOptions
{
    /// <summary>
    /// Kestrel listen URL; port 0 picks a free port (see <see cref="VtnServer.BaseAddress"/>). An https:// URL serves
    /// HTTPS as <see cref="Tls"/> says.
    /// </summary>
    public string Url { get; init; } = "http://127.0.0.1:0";

    /// <summary>
    /// Certificate and mutual TLS of an https:// <see cref="Url"/>; null there: a generated development certificate
    /// and no client certificates. Must be null for an http:// one.
    /// </summary>
    public VtnTls? Tls { get; init; }

    /// <summary>The clients that may fetch tokens.</summary>
    public IReadOnlyList<VtnClientCredential> Clients { get; init; } = [];

    /// <summary>
    /// Path of the SQLite file that keeps the VTN's objects across restarts, created when missing (relative paths
    /// start at the working directory). Null, the default for a VTN inside another process (harness, tests), keeps
    /// them in memory, gone when the server stops; a standalone VTN names a file.
    /// </summary>
    public string? Database { get; init; }

    /// <summary>Clock for createdDateTime/modificationDateTime and token lifetimes.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// The key its tokens are signed with (HS256, at least 32 bytes); null: a fresh random key, so tokens of one VTN never
    /// work on another. A lab that restarts the VTN under a VEN kept running gives the same key each time.
    /// </summary>
    public byte[]? TokenSigningKey { get; init; }

    /// <summary>
    /// URIs of the MQTT broker GET /notifiers announces (e.g. mqtt://127.0.0.1:1883). Empty (the default): the URL
    /// of the <see cref="Mqtt"/> broker, or, without one, no MQTT binding (WEBHOOK only, and the
    /// /notifiers/mqtt/topics endpoints answer 404). Given without <see cref="Mqtt"/>, they are announced but the
    /// VTN publishes nothing there.
    /// </summary>
    public IReadOnlyList<string> MqttBrokerUris { get; init; } = [];

    /// <summary>The broker the VTN publishes MQTT notifications on; null (the default): no MQTT notifications.</summary>
    public MqttBrokerOptions? Mqtt { get; init; }

    /// <summary>Queue bounds, retries, back-off and timeouts of webhook and MQTT notifications.</summary>
    public NotificationOptions Notifications { get; init; } = new();

    /// <summary>
    /// Development only: accept http:// callback URLs, which Definition.md (Webhooks) forbids ("The VTN MUST validate
    /// that an HTTPS schema is used for the callback URL"). Off by default; the CLI's --allow-http-callbacks. The echo
    /// challenge is sent to them all the same.
    /// </summary>
    public bool AllowHttpCallbacks { get; init; }

    /// <summary>
    /// The broker's authentication as GET /notifiers announces it. Null (the default): OAUTH2_BEARER_TOKEN with
    /// username "{clientID}" for the in-process broker, which enforces it and its topic ACLs; ANONYMOUS otherwise.
    /// The in-process broker also takes ANONYMOUS (anyone may subscribe to anything) or OAUTH2_BEARER_TOKEN with a
    /// literal username; an external broker enforces whatever its operator configured.
    /// </summary>
    public MqttNotifierAuthentication? MqttAuthentication { get; init; }

    /// <summary>
    /// Runs first in the pipeline, before authentication. After next() returns, HttpContext.User carries
    /// the caller's client_id claim (also on a successful /auth/token).
    /// </summary>
    public Action<IApplicationBuilder>? ConfigurePipeline { get; init; }

    /// <summary>Logging setup; by default there are no providers, so nothing is written.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
