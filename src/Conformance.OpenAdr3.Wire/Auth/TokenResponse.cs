using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>YAML clientCredentialResponse: the body of a successful /auth/token (snake case per RFC 6749).</summary>
public sealed record TokenResponse
{
    /// <summary>Access token provided by Authorization service.</summary>
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    /// <summary>Token type, must be Bearer.</summary>
    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    /// <summary>Expiration period in seconds.</summary>
    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; init; }

    /// <summary>Refresh token provided by Authorization service.</summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    /// <summary>Application defined scope: space-separated scope names.</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }
}
