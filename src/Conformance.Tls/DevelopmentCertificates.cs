using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Conformance.Tls;

/// <summary>
/// Certificates made in memory for development and tests: a self-signed server certificate (the reference VTN's when
/// none is given, the harness's receivers' in tests), and a certificate authority that issues one client certificate
/// per clientID for mutual TLS. ECDSA P-256 keys; valid for <see cref="Validity"/> from five minutes ago (a peer's
/// clock may lag) on the wall clock, which is what peers check them against, whatever clock the server runs on.
/// </summary>
public static class DevelopmentCertificates
{
    /// <summary>Short on purpose: a development certificate is made again at every start.</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromDays(30);

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A self-signed server certificate naming localhost, 127.0.0.1, ::1 and <paramref name="hostNames"/> (DNS names
    /// or IP addresses), its subject CN <paramref name="commonName"/>; clients trust the certificate itself.
    /// </summary>
    public static X509Certificate2 CreateServerCertificate(
        IEnumerable<string> hostNames, string commonName = "Conformance harness server (development)")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(CommonName(commonName), key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var host in new[] { "localhost", "127.0.0.1", "::1" }.Concat(hostNames).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (IPAddress.TryParse(host, out var address)) names.AddIpAddress(address);
            else names.AddDnsName(host);
        }
        request.CertificateExtensions.Add(names.Build());
        AddLeafExtensions(request, X509KeyUsageFlags.DigitalSignature, new Oid("1.3.6.1.5.5.7.3.1")); // serverAuth
        var (notBefore, notAfter) = Window();
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        return Portable(certificate);
    }

    /// <summary>A certificate authority, named <paramref name="name"/>, that issues end-entity certificates only.</summary>
    public static X509Certificate2 CreateAuthority(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(CommonName(name), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(
            certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var (notBefore, notAfter) = Window();
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        return Portable(certificate);
    }

    /// <summary>
    /// A client certificate, with its private key, whose subject CN is <paramref name="clientId"/>: the clientID a
    /// server requiring client certificates binds it to (the reference VTN's <c>VtnTls.ClientCertificateAuthorities</c>).
    /// </summary>
    public static X509Certificate2 IssueClientCertificate(X509Certificate2 authority, string clientId)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(CommonName(clientId), key, HashAlgorithmName.SHA256);
        AddLeafExtensions(request, X509KeyUsageFlags.DigitalSignature, new Oid("1.3.6.1.5.5.7.3.2")); // clientAuth
        request.CertificateExtensions.Add(
            X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var (notBefore, notAfter) = Window();
        // An issued certificate cannot outlive its issuer.
        notBefore = Max(notBefore, new DateTimeOffset(authority.NotBefore));
        notAfter = Min(notAfter, new DateTimeOffset(authority.NotAfter));
        using var issued = request.Create(authority, notBefore, notAfter, RandomNumberGenerator.GetBytes(16));
        using var withKey = issued.CopyWithPrivateKey(key);
        return Portable(withKey);
    }

    private static void AddLeafExtensions(CertificateRequest request, X509KeyUsageFlags usage, Oid extendedUsage)
    {
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(
            certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([extendedUsage], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
    }

    private static X500DistinguishedName CommonName(string name)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCommonName(name);
        return builder.Build();
    }

    private static (DateTimeOffset NotBefore, DateTimeOffset NotAfter) Window()
    {
        var now = DateTimeOffset.UtcNow;
        return (now - ClockSkew, now + Validity);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>
    /// Re-imported from PKCS#12: Windows' TLS stack cannot use the ephemeral key a certificate made in memory (or read
    /// from PEM) holds. Exportable, so that <see cref="CertificateFiles.WritePemWithKey"/> can write the key.
    /// </summary>
    internal static X509Certificate2 Portable(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null, X509KeyStorageFlags.Exportable);
}
