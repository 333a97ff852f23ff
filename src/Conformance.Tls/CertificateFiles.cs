using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Conformance.Tls;

/// <summary>
/// Certificates in files: PEM (a CERTIFICATE block, its key in the same file or another, PKCS#8 possibly
/// encrypted, SEC1 or PKCS#1) or PKCS#12 (.pfx, .p12). A file that cannot be used throws
/// <see cref="CertificateFileException"/> naming it.
/// </summary>
public static class CertificateFiles
{
    /// <summary>
    /// A certificate with its private key, e.g. a server's certificate or a client's certificate for mutual TLS. For PEM,
    /// the first certificate of <paramref name="path"/> and the key of <paramref name="keyPath"/> (default: the same
    /// file), decrypted with <paramref name="password"/> when given; for PKCS#12, its password.
    /// </summary>
    public static X509Certificate2 LoadWithKey(string path, string? keyPath = null, string? password = null)
    {
        var content = Read(path);
        if (!IsPem(content))
        {
            if (keyPath is not null)
                throw new CertificateFileException(path, "is not PEM, and only a PEM certificate takes its key from another file.");
            return RequireKey(path, LoadPkcs12(path, content, password));
        }

        var text = Encoding.UTF8.GetString(content);
        if (Certificates(path, text).Count == 0) throw new CertificateFileException(path, "holds no PEM CERTIFICATE block.");
        var keyFile = keyPath ?? path;
        var keyText = keyPath is null ? text : Encoding.UTF8.GetString(Read(keyPath));
        if (!keyText.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
            throw new CertificateFileException(keyFile,
                keyPath is null ? "holds no private key (a PEM PRIVATE KEY block, or a separate key file)." : "holds no PEM PRIVATE KEY block.");
        var encrypted = keyText.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal);
        if (encrypted && password is null) throw new CertificateFileException(keyFile, "the private key is encrypted and no password was given.");
        try
        {
            using var certificate = encrypted
                ? X509Certificate2.CreateFromEncryptedPem(text, keyText, password)
                : X509Certificate2.CreateFromPem(text, keyText);
            return DevelopmentCertificates.Portable(certificate);
        }
        catch (CryptographicException e)
        {
            var problem = encrypted
                ? "the private key cannot be decrypted with that password, or is not the certificate's"
                : "the private key cannot be read, or is not the certificate's";
            throw new CertificateFileException(keyFile, $"{problem} ({e.Message.TrimEnd('.')}).", e);
        }
    }

    /// <summary>Every certificate of a PEM file (e.g. trusted roots), or the one certificate of a DER file.</summary>
    public static IReadOnlyList<X509Certificate2> LoadAll(string path)
    {
        var content = Read(path);
        if (IsPem(content))
        {
            var all = Certificates(path, Encoding.UTF8.GetString(content));
            return all.Count > 0 ? [.. all] : throw new CertificateFileException(path, "holds no PEM CERTIFICATE block.");
        }
        try
        {
            return [X509CertificateLoader.LoadCertificate(content)];
        }
        catch (CryptographicException e)
        {
            throw new CertificateFileException(path, $"is neither PEM nor a DER certificate ({e.Message.TrimEnd('.')}).", e);
        }
    }

    /// <summary>Writes the certificate's public part as PEM, for peers to trust.</summary>
    public static void WritePem(X509Certificate2 certificate, string path) =>
        File.WriteAllText(path, certificate.ExportCertificatePem() + "\n");

    /// <summary>
    /// Writes the certificate and its private key (unencrypted PKCS#8) as PEM, readable only by its owner on Unix;
    /// <see cref="LoadWithKey"/>, curl --cert and most TLS stacks read the one file.
    /// </summary>
    public static void WritePemWithKey(X509Certificate2 certificate, string path)
    {
        AsymmetricAlgorithm key = (AsymmetricAlgorithm?)certificate.GetECDsaPrivateKey() ?? certificate.GetRSAPrivateKey()
            ?? throw new ArgumentException($"{certificate.Subject} has no ECDSA or RSA private key.", nameof(certificate));
        using (key)
        {
            // Created anew so that the mode applies (it is set only when the file is created).
            File.Delete(path);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var writer = new StreamWriter(path, Encoding.ASCII, options);
            writer.Write(certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n");
        }
    }

    /// <summary>The SHA-256 fingerprint as colon-separated hex pairs, the form browsers and openssl show.</summary>
    public static string Fingerprint(X509Certificate2 certificate) =>
        string.Join(':', certificate.GetCertHash(HashAlgorithmName.SHA256).Select(b => b.ToString("X2")));

    private static byte[] Read(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CertificateFileException(path, $"cannot be read ({e.Message.TrimEnd('.')}).", e);
        }
    }

    private static bool IsPem(byte[] content) =>
        Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 4096)).Contains("-----BEGIN ", StringComparison.Ordinal);

    private static X509Certificate2Collection Certificates(string path, string text)
    {
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPem(text);
        }
        catch (CryptographicException e)
        {
            throw new CertificateFileException(path, $"holds a PEM CERTIFICATE block that cannot be read ({e.Message.TrimEnd('.')}).", e);
        }
        return certificates;
    }

    private static X509Certificate2 LoadPkcs12(string path, byte[] content, string? password)
    {
        try
        {
            return X509CertificateLoader.LoadPkcs12(content, password, X509KeyStorageFlags.Exportable);
        }
        catch (CryptographicException e)
        {
            var how = password is null ? "without a password" : "with that password";
            throw new CertificateFileException(path, $"is not PEM, nor a PKCS#12 file that opens {how} ({e.Message.TrimEnd('.')}).", e);
        }
    }

    private static X509Certificate2 RequireKey(string path, X509Certificate2 certificate)
    {
        if (certificate.HasPrivateKey) return certificate;
        certificate.Dispose();
        throw new CertificateFileException(path, "holds no private key.");
    }
}
