using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Conformance.Evidence.Http;

/// <summary>
/// Keeps credentials out of reports while keeping evidence checkable: a secret is replaced by a short SHA-256
/// fingerprint, so two records can still be shown to carry the same token.
/// </summary>
public static partial class Redaction
{
    public static string Header(string name, string value)
    {
        if (!name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)) return value;
        var space = value.IndexOf(' ');
        return space < 0 ? Fingerprint(value) : $"{value[..space]} {Fingerprint(value[(space + 1)..])}";
    }

    /// <summary>Hides client_secret in form bodies (the OAuth2 token request) and JSON bodies.</summary>
    public static string Body(string body) =>
        JsonSecret().Replace(FormSecret().Replace(body, m => $"{m.Groups[1].Value}{Fingerprint(m.Groups[2].Value)}"),
            m => $"{m.Groups[1].Value}{Fingerprint(m.Groups[2].Value)}\"");

    public static string Fingerprint(string secret) =>
        $"<redacted sha256:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..12]}>";

    [GeneratedRegex(@"((?:^|&)client_secret=)([^&]*)")]
    private static partial Regex FormSecret();

    [GeneratedRegex("(\"(?:client_secret|clientSecret|access_token)\"\\s*:\\s*\")([^\"]*)\"")]
    private static partial Regex JsonSecret();
}
