using System.Security.Cryptography;
using System.Text;

namespace Conformance.Evidence.Recording;

/// <summary>
/// Keeps credentials out of reports while keeping evidence checkable: a secret is replaced by a short SHA-256
/// fingerprint, so two records can still be shown to carry the same secret. Which values are secret is the
/// binding's to say (<see cref="EvidencePolicy"/>); an MQTT password always is.
/// </summary>
public static class Fingerprint
{
    public static string Of(string secret) =>
        $"<redacted sha256:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..12]}>";
}
