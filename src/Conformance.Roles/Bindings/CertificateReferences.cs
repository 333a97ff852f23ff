using System.Security.Cryptography.X509Certificates;
using Conformance.Model.SystemUnderTest;
using Conformance.Tls;

namespace Conformance.Roles.Bindings;

/// <summary>
/// Loads the certificate files a system-under-test file names. A file that cannot be used is a
/// <see cref="ConfigurationException"/> at the file, line and field that name it.
/// </summary>
public static class CertificateReferences
{
    /// <summary>A certificate with its key (a client certificate for mutual TLS, a server's certificate).</summary>
    public static X509Certificate2 LoadWithKey(CertificateFileReference file) =>
        Loading(file, () => CertificateFiles.LoadWithKey(file.Path, file.KeyPath, file.Password));

    /// <summary>Every certificate of the file: roots to trust.</summary>
    public static IReadOnlyList<X509Certificate2> LoadAll(CertificateFileReference file) =>
        Loading(file, () => CertificateFiles.LoadAll(file.Path));

    private static T Loading<T>(CertificateFileReference file, Func<T> load)
    {
        try
        {
            return load();
        }
        catch (CertificateFileException e)
        {
            throw file.Error(e.Message);
        }
    }
}
