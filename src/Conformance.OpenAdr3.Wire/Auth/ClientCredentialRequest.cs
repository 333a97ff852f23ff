using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// YAML clientCredentialRequest: the form-encoded body of POST /auth/token (snake case per RFC 6749).
/// The JSON names double as the form field names.
/// </summary>
public sealed record ClientCredentialRequest : IValidatable
{
    public const string ClientCredentialsGrant = "client_credentials";

    /// <summary>OAuth2 grant type, must be 'client_credentials'.</summary>
    [JsonPropertyName("grant_type")]
    public string? GrantType { get; init; }

    /// <summary>Client ID to exchange for bearer token.</summary>
    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }

    /// <summary>Client secret to exchange for bearer token.</summary>
    [JsonPropertyName("client_secret")]
    public string? ClientSecret { get; init; }

    /// <summary>Application defined scope.</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    /// <summary>The form fields to send, absent ones left out.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToForm()
    {
        (string Name, string? Value)[] fields =
            [("grant_type", GrantType), ("client_id", ClientId), ("client_secret", ClientSecret), ("scope", Scope)];
        return fields.Where(f => f.Value is not null).Select(f => KeyValuePair.Create(f.Name, f.Value!));
    }

    public IReadOnlyList<Violation> Validate()
    {
        var checks = new Checks();
        if (checks.Required("grant_type", GrantType)) checks.OneOf("grant_type", GrantType, ClientCredentialsGrant);
        checks.Text("client_id", ClientId, 1, 4096, required: true);
        checks.Text("client_secret", ClientSecret, 1, 4096, required: true);
        checks.Text("scope", Scope, 0, 4096);
        return checks.Result;
    }
}
