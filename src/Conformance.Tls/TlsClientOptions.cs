using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Conformance.Tls;

/// <summary>
/// TLS towards a server (for OpenADR 3.1, a VTN): whom to trust and which certificate to present. Validation always
/// stays on for the connections made with it: the server's certificate must chain to a trusted root and name the host
/// connected to (OpenADR 3.1 Definition.md, HTTPS/TLS: a VEN "SHOULD default to verifying the VTN's TLS certificate").
/// </summary>
public sealed record TlsClientOptions
{
    /// <summary>
    /// Roots trusted instead of the system's: a server's self-signed certificate itself, or the CA that issued its
    /// certificate. Empty (the default): the system's roots.
    /// </summary>
    public IReadOnlyList<X509Certificate2> TrustedCertificates { get; init; } = [];

    /// <summary>Presented to a server that asks for one (mutual TLS); it must hold its private key.</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>A handler connecting with these options, for <c>new HttpClient(handler)</c>.</summary>
    public SocketsHttpHandler CreateHandler()
    {
        var ssl = new SslClientAuthenticationOptions { EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13 };
        if (TrustedCertificates.Count > 0)
        {
            var policy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                // Private and development roots publish no revocation lists; nothing is fetched from the network.
                RevocationMode = X509RevocationMode.NoCheck,
                DisableCertificateDownloads = true,
            };
            policy.CustomTrustStore.AddRange(TrustedCertificates.ToArray());
            ssl.CertificateChainPolicy = policy;
        }
        // Always presented: left to SslStream, the certificate may be withheld when the list of acceptable issuers
        // the server sends (which depends on its platform) does not name its issuer.
        if (ClientCertificate is { } certificate) ssl.LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate;
        return new SocketsHttpHandler { SslOptions = ssl };
    }
}
