using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// The YAML's oneOf mqttNotifierAuthenticationAnonymous / ...Oauth2BearerToken / ...Certificate as one record
/// (Definition.md, "Support for Strongly Typed languages"): method says which fields apply.
/// </summary>
public sealed record MqttNotifierAuthentication
{
    public const string AnonymousMethod = "ANONYMOUS";
    public const string OAuth2BearerTokenMethod = "OAUTH2_BEARER_TOKEN";
    public const string CertificateMethod = "CERTIFICATE";

    /// <summary>The distinguished username of OAUTH2_BEARER_TOKEN: each client connects with its own clientID.</summary>
    public const string ClientIdUsername = "{clientID}";

    /// <summary>Anonymous broker connections: no further details.</summary>
    public static MqttNotifierAuthentication Anonymous { get; } = new() { Method = AnonymousMethod };

    /// <summary>A bearer token from the VTN as the MQTT password, with <paramref name="username"/> as the user name.</summary>
    public static MqttNotifierAuthentication OAuth2BearerToken(string username = ClientIdUsername) =>
        new() { Method = OAuth2BearerTokenMethod, Username = username };

    /// <summary>ANONYMOUS, OAUTH2_BEARER_TOKEN or CERTIFICATE (required).</summary>
    [JsonPropertyName("method")]
    public string? Method { get; init; }

    /// <summary>OAUTH2_BEARER_TOKEN: either the distinguished string "{clientID}", or any other literal string.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    /// <summary>CERTIFICATE: the Certificate Authority certificate.</summary>
    [JsonPropertyName("caCert")]
    public string? CaCert { get; init; }

    /// <summary>CERTIFICATE: the client certificate.</summary>
    [JsonPropertyName("clientCert")]
    public string? ClientCert { get; init; }

    /// <summary>CERTIFICATE: the client certificate private key.</summary>
    [JsonPropertyName("clientKey")]
    public string? ClientKey { get; init; }
}
