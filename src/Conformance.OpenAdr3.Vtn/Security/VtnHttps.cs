using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Conformance.Tls;
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
            if (options.Tls is not null)
                throw new ArgumentException($"VtnOptions.Tls needs an https:// Url; the Url is {options.Url}.", nameof(options));
            return null;
        }

        var tls = options.Tls ?? new VtnTls();
        if (tls.Certificate is { } given)
        {
            if (!given.HasPrivateKey)
                throw new ArgumentException($"VtnOptions.Tls.Certificate ({given.Subject}) has no private key.", nameof(options));
            return new VtnHttps(given, generated: false, tls.ClientCertificateAuthorities);
        }
        return new VtnHttps(
            DevelopmentCertificates.CreateServerCertificate(HostNames(address.Host), "OpenADR 3.1 reference VTN (development)"),
            generated: true, tls.ClientCertificateAuthorities);
    }

    /// <summary>The URL's host, or for a wildcard (all interfaces) the machine's name, which remote peers may use.</summary>
    private static IEnumerable<string> HostNames(string host)
    {
        var bare = host.Trim('[', ']');
        return IsWildcard(host) ? [Dns.GetHostName()] : [bare];
    }

    /// <summary>Whether a listen URL's host means every interface.</summary>
    internal static bool IsWildcard(string host) => AnyHost.Contains(host.Trim('[', ']'));

    /// <summary>Kestrel's HTTPS settings: TLS 1.2 or later (Definition.md, HTTPS/TLS), and mutual TLS when asked.</summary>
    public void Configure(HttpsConnectionAdapterOptions https, ILogger logger)
    {
        https.ServerCertificate = Certificate;
        https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
        if (!RequiresClientCertificates) return;
        https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
        // Kestrel's own check uses the machine's roots; these roots replace them.
        https.ClientCertificateValidation = (certificate, _, _) => AcceptsClientCertificate(certificate, logger);
    }

    /// <summary>
    /// Whether a client certificate chains to one of the client certificate authorities and allows client
    /// authentication; a refused one is logged with its subject, fingerprint and chain status. Kestrel and the
    /// in-process MQTT broker ask it during the handshake.
    /// </summary>
    internal bool AcceptsClientCertificate(X509Certificate2 certificate, ILogger logger)
    {
        if (CertificateTrust.ChainsTo(certificate, clientAuthorities, CertificateTrust.ClientAuthentication, out var problem)) return true;
        logger.LogInformation("Refused the client certificate {Subject} (SHA-256 {Fingerprint}): {Status}",
            certificate.Subject, CertificateTrust.Sha256(certificate), problem);
        return false;
    }

    public void Dispose()
    {
        if (generated) Certificate.Dispose();
    }
}
