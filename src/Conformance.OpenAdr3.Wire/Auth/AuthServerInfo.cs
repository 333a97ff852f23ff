using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>YAML authServerInfo: the body of GET /auth/server.</summary>
public sealed record AuthServerInfo
{
    /// <summary>URL of the token endpoint.</summary>
    [JsonPropertyName("tokenURL")]
    public string? TokenUrl { get; init; }
}
