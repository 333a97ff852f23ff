using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using Conformance.Evidence.Recording;

namespace Conformance.Bindings.OpenAdr3.Recording;

/// <summary>
/// OpenADR 3.1's secrets and callers, as the recorders need them. Its clients authenticate with OAuth2 client
/// credentials: a token request carries the client id and secret (Basic credentials or form fields), every other
/// request a bearer token (a JWT naming the client), and a subscription a webhook's bearer token. Secrets (the
/// Authorization header's credentials, client_secret, access_token, a subscription's bearerToken) are replaced by
/// their <see cref="Fingerprint"/>; the caller is read from the bearer JWT's payload (not validated here: the VTN
/// does that) or from the token request's credentials.
/// </summary>
public sealed partial class OpenAdrEvidencePolicy : EvidencePolicy
{
    public static readonly OpenAdrEvidencePolicy Instance = new();

    /// <summary>The recording options of every OpenADR 3.1 recorder (binding "openadr3").</summary>
    public static readonly RecordingOptions Options = new(OpenAdrEvidence.Binding, Instance);

    public override string Header(string name, string value)
    {
        if (!name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)) return value;
        var space = value.IndexOf(' ');
        return space < 0 ? Fingerprint.Of(value) : $"{value[..space]} {Fingerprint.Of(value[(space + 1)..])}";
    }

    /// <summary>Hides client_secret in form bodies (the OAuth2 token request) and secrets in JSON bodies.</summary>
    public override string Body(string body) =>
        JsonSecret().Replace(FormSecret().Replace(body, m => $"{m.Groups[1].Value}{Fingerprint.Of(m.Groups[2].Value)}"),
            m => $"{m.Groups[1].Value}{Fingerprint.Of(m.Groups[2].Value)}\"");

    public override string? CallerOf(HttpRequestSeen request) =>
        ClientId(request.Header("Authorization"), request.Header("Content-Type"), request.Body);

    /// <summary>The client id a request names: its bearer JWT's, its Basic credentials', or its token-request form's.</summary>
    public static string? ClientId(string? authorization, string? contentType, string body)
    {
        if (!string.IsNullOrEmpty(authorization))
        {
            if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                return FromJwt(authorization[7..].Trim());
            if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
                return FromBasic(authorization[6..].Trim());
        }
        if (contentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
            return HttpUtility.ParseQueryString(body)["client_id"];
        return null;
    }

    private static string? FromBasic(string credentials)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(credentials));
            var colon = text.IndexOf(':');
            return colon < 0 ? null : Uri.UnescapeDataString(text[..colon]);
        }
        catch (FormatException) { return null; }
    }

    private static string? FromJwt(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return null;
        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
            using var claims = JsonDocument.Parse(Convert.FromBase64String(payload));
            foreach (var name in new[] { "client_id", "sub", "azp" })
                if (claims.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                    return value.GetString();
            return null;
        }
        catch (Exception e) when (e is FormatException or JsonException) { return null; }
    }

    [GeneratedRegex(@"((?:^|&)client_secret=)([^&]*)")]
    private static partial Regex FormSecret();

    [GeneratedRegex("(\"(?:client_secret|clientSecret|access_token|bearerToken)\"\\s*:\\s*\")([^\"]*)\"")]
    private static partial Regex JsonSecret();
}
