using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Conformance.OpenAdr3.Tests.BadInput;

/// <summary>Tokens an attacker could make: they must all be refused with 401.</summary>
internal static class ForgedTokens
{
    /// <summary>A JWT claiming BL's scopes for <paramref name="clientId"/>, "signed" with alg none.</summary>
    public static string Unsigned(string clientId)
    {
        var exp = DateTimeOffset.UtcNow.AddYears(1).ToUnixTimeSeconds();
        return $"{Encode("""{"alg":"none","typ":"JWT"}""")}." +
            Encode($$"""{"iss":"conformance-openadr3-vtn","sub":"{{clientId}}","client_id":"{{clientId}}","scope":"read_all""" +
                $$""" write_programs write_events write_vens","exp":{{exp}}}""") + ".";
    }

    /// <summary><paramref name="token"/> with one character of its signature changed.</summary>
    public static string Tampered(string token)
    {
        var at = token.LastIndexOf('.') + 5;
        return token[..at] + (token[at] == 'A' ? 'B' : 'A') + token[(at + 1)..];
    }

    private static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
