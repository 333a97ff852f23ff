using Conformance.Bindings.OpenAdr3.Configuration;
using Conformance.Model.SystemUnderTest;
using Conformance.Roles.Bindings;
using Conformance.Tls;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// The TLS each harness client uses towards a VTN under test: the roots its certificate must chain to and the client
/// certificate the client presents, loaded from the files the system-under-test file names (<see cref="CertificateReferences"/>).
/// A file that cannot be used is a <see cref="ConfigurationException"/> at the file, line and field that name it.
/// </summary>
public static class VtnUnderTestTls
{
    /// <summary>By harness client ID, every client's TLS options.</summary>
    public static IReadOnlyDictionary<string, TlsClientOptions> Load(VtnUnderTest vtn)
    {
        var trusted = vtn.TrustedCertificates is { } roots ? CertificateReferences.LoadAll(roots) : [];
        return vtn.Clients.ToDictionary(c => c.Key, c => new TlsClientOptions
        {
            TrustedCertificates = trusted,
            ClientCertificate = c.Value.Certificate is { } file ? CertificateReferences.LoadWithKey(file) : null,
        });
    }
}
