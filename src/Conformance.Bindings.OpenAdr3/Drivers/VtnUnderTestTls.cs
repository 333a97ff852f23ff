using System.Security.Cryptography.X509Certificates;
using Conformance.Model.SystemUnderTest;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Vtn;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// The TLS each harness client uses towards a VTN under test: the roots its certificate must chain to and the client
/// certificate the client presents, loaded from the files the system-under-test file names. A file that cannot be
/// used is a <see cref="ConfigurationException"/> at the file, line and field that name it.
/// </summary>
public static class VtnUnderTestTls
{
    /// <summary>By harness client ID, every client's TLS options.</summary>
    public static IReadOnlyDictionary<string, OpenAdrTlsOptions> Load(VtnUnderTest vtn)
    {
        var trusted = vtn.TrustedCertificates is { } roots ? Loading(roots, () => CertificateFiles.LoadAll(roots.Path)) : [];
        return vtn.Clients.ToDictionary(c => c.Key, c => new OpenAdrTlsOptions
        {
            TrustedCertificates = trusted,
            ClientCertificate = c.Value.Certificate is { } file ? LoadWithKey(file) : null,
        });
    }

    /// <summary>A certificate with its key the system-under-test file names (a harness client's, the webhook receivers').</summary>
    public static X509Certificate2 LoadWithKey(CertificateFileReference file) =>
        Loading(file, () => CertificateFiles.LoadWithKey(file.Path, file.KeyPath, file.Password));

    private static T Loading<T>(CertificateFileReference file, Func<T> load)
    {
        try
        {
            return load();
        }
        catch (VtnCertificateFileException e)
        {
            throw file.Error(e.Message);
        }
    }
}
