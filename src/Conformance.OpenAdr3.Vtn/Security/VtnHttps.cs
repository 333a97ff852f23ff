using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The VTN's HTTPS, fixed before it starts: the server certificate (given or generated) and, for mutual TLS, the
/// roots client certificates must chain to. Owns the certificate it generated.
/// </summary>
internal sealed class VtnHttps : IDisposable
{
    private static readonly string[] AnyHost = ["*", "+", "0.0.0.0", "::"];
    private readonly bool generated;
    private readonly X509Certificate2[] clientAuthorities;

    private VtnHttps(X509Certificate2 certificate, bool generated, IReadOnlyList<X509Certificate2> clientAuthorities)
    {
        Certificate = certificate;
        this.generated = generated;
        this.clientAuthorities = [.. clientAuthorities];
    }

    public X509Certificate2 Certificate { get; }

    public bool RequiresClientCertificates => clientAuthorities.Length > 0;

    /// <summary>Null for an http:// URL; <see cref="VtnOptions.Tls"/> given with one is a mistake, not ignored.</summary>
    public static VtnHttps? Resolve(VtnOptions options)
    {
        var address = BindingAddress.Parse(options.Url);
        if (!string.Equals(address.Scheme, "https", StringComparison.OrdinalIgnoreCase))
        {
            if (options.Tls is not null) throw new ArgumentException($"VtnOptions.Tls needs an https:// Url; the Url is {options.Url}.", nameof(options));
            return null;
        }

        var tls = options.Tls ?? new VtnTls();
        if (tls.Certificate is { } given)
        {
            if (!given.HasPrivateKey) throw new ArgumentException($"VtnOptions.Tls.Certificate ({given.Subject}) has no private key.", nameof(options));
            return new VtnHttps(given, generated: false, tls.ClientCertificateAuthorities);
        }
        return new VtnHttps(DevelopmentCertificates.CreateServerCertificate(HostNames(address.Host)), generated: true, tls.ClientCertificateAuthorities);
    }

    /// <summary>The URL's host, or for a wildcard (all interfaces) the machine's name, which remote peers may use.</summary>
    private static IEnumerable<string> HostNames(string host)
    {
        var bare = host.Trim('[', ']');
        return AnyHost.Contains(bare) ? [Dns.GetHostName()] : [bare];
    }

    /// <summary>Kestrel's HTTPS settings: TLS 1.2 or later (Definition.md, HTTPS/TLS), and mutual TLS when asked.</summary>
    public void Configure(HttpsConnectionAdapterOptions https, ILogger logger)
    {
        https.ServerCertificate = Certificate;
        https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
        if (!RequiresClientCertificates) return;
        https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
        // Kestrel's own check uses the machine's roots; these roots replace them.
        https.ClientCertificateValidation = (certificate, _, _) => IsIssuedByAnAuthority(certificate, logger);
    }

    private bool IsIssuedByAnAuthority(X509Certificate2 certificate, ILogger logger)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(clientAuthorities);
        // Private and development roots publish no revocation lists; nothing is fetched from the network.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.ApplicationPolicy.Add(new("1.3.6.1.5.5.7.3.2")); // clientAuth
        if (chain.Build(certificate)) return true;
        logger.LogInformation("Refused the client certificate {Subject} (SHA-256 {Fingerprint}): {Status}",
            certificate.Subject, certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256),
            string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim())));
        return false;
    }

    public void Dispose()
    {
        if (generated) Certificate.Dispose();
    }
}
