using System.Security.Cryptography.X509Certificates;
using Conformance.Tls;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>How the VTN serves HTTPS; applies when <see cref="VtnOptions.Url"/> is https://.</summary>
public sealed record VtnTls
{
    /// <summary>
    /// The server certificate, with its private key. Null (the default): a self-signed development certificate is
    /// made at start (<see cref="DevelopmentCertificates.CreateServerCertificate"/>) for localhost, 127.0.0.1, ::1 and
    /// the URL's host; clients trust <see cref="VtnServer.ServerCertificate"/>.
    /// </summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>
    /// Mutual TLS when not empty: a connection must present a client certificate chaining to one of these roots,
    /// else the handshake fails; and the certificate's subject CN must be the clientID of the bearer token sent over
    /// it, else 403. Empty (the default): no client certificate is asked for.
    /// </summary>
    public IReadOnlyList<X509Certificate2> ClientCertificateAuthorities { get; init; } = [];
}
