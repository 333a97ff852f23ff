using System.Text;
using System.Text.Json;
using System.Web;

namespace Conformance.Evidence.Http;

/// <summary>
/// Who sent a request, read before the server has authenticated it so that the request can be recorded the moment
/// it arrives: the client id in a bearer JWT's payload (not validated here; the server does that), or the
/// client_id of an OAuth2 token request (Basic credentials or form field).
/// </summary>
public static class CallerIdentity
{
    public static string? ClientId(string? authorization, string? contentType, string body)
    {
        if (authorization is not null)
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
}
