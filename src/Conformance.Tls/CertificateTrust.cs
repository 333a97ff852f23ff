using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Conformance.Tls;

/// <summary>
/// Certificate checks against roots given out of band (a development CA, a site's own CA, a self-signed certificate):
/// the client certificates of mutual TLS, and the servers a client connects to (for the reference VTN an external MQTT
/// broker and webhook callbacks; for the harness's MQTT clients a broker). Revocation is not checked: private and development roots
/// publish no revocation lists, and nothing is fetched from the network.
/// </summary>
public static class CertificateTrust
{
    public static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");
    public static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");

    /// <summary>
    /// Whether <paramref name="certificate"/> chains to one of <paramref name="roots"/> (and only those: the machine's
    /// roots do not count), is within its validity and allows <paramref name="usage"/>; else <paramref name="problem"/> says why.
    /// </summary>
    public static bool ChainsTo(X509Certificate2 certificate, IReadOnlyCollection<X509Certificate2> roots, Oid usage, out string problem)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots.ToArray());
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.ApplicationPolicy.Add(usage);
        var built = chain.Build(certificate);
        problem = built ? "" : string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()));
        return built;
    }

    /// <summary>
    /// A TLS client's check of a server's certificate: what the machine's roots accept, or, when only its chain
    /// failed, a certificate chaining to one of <paramref name="extraRoots"/>. A certificate naming another host is
    /// always refused.
    /// </summary>
    public static bool AcceptsServer(X509Certificate? certificate, SslPolicyErrors errors, IReadOnlyCollection<X509Certificate2> extraRoots)
    {
        if (errors == SslPolicyErrors.None) return true;
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null || extraRoots.Count == 0) return false;
        using var presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return ChainsTo(presented, extraRoots, ServerAuthentication, out _);
    }

    /// <summary>The SHA-256 fingerprint as hex without separators, for logs.</summary>
    public static string Sha256(X509Certificate2 certificate) => certificate.GetCertHashString(HashAlgorithmName.SHA256);
}
