using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Conformance.Model.SystemUnderTest;
using Conformance.Roles.Bindings;

namespace Conformance.Tls.Tests;

/// <summary>Certificates whatever the protocol: files, development certificates, trust in given roots.</summary>
public class CertificateTests
{
    private string _folder = "";

    [SetUp]
    public void MakeFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"tls-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private string InFolder(string name) => Path.Combine(_folder, name);

    [Test]
    public void A_certificate_written_with_its_key_as_pem_loads_again_with_its_key()
    {
        using var authority = DevelopmentCertificates.CreateAuthority("Test CA");
        using var client = DevelopmentCertificates.IssueClientCertificate(authority, "ven-1");
        CertificateFiles.WritePemWithKey(client, InFolder("ven-1.pem"));

        using var loaded = CertificateFiles.LoadWithKey(InFolder("ven-1.pem"));

        loaded.HasPrivateKey.Should().BeTrue();
        loaded.Thumbprint.Should().Be(client.Thumbprint);
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(InFolder("ven-1.pem"))
                .Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "a private key is readable by its owner only");
    }

    [Test]
    public void Every_certificate_of_a_pem_file_is_loaded_as_a_root_and_its_fingerprint_is_sha256_hex_pairs()
    {
        using var first = DevelopmentCertificates.CreateAuthority("First CA");
        using var second = DevelopmentCertificates.CreateAuthority("Second CA");
        File.WriteAllText(InFolder("roots.pem"), first.ExportCertificatePem() + "\n" + second.ExportCertificatePem() + "\n");

        CertificateFiles.LoadAll(InFolder("roots.pem")).Select(c => c.Thumbprint).Should().Equal(first.Thumbprint, second.Thumbprint);
        CertificateFiles.Fingerprint(first).Should().MatchRegex("^([0-9A-F]{2}:){31}[0-9A-F]{2}$");
    }

    [Test]
    public void A_pkcs12_file_opens_with_its_password()
    {
        using var server = DevelopmentCertificates.CreateServerCertificate(["vtn.example"]);
        File.WriteAllBytes(InFolder("server.p12"), server.Export(X509ContentType.Pkcs12, "pw"));

        using var loaded = CertificateFiles.LoadWithKey(InFolder("server.p12"), password: "pw");

        loaded.HasPrivateKey.Should().BeTrue();
        FluentActions.Invoking(() => CertificateFiles.LoadWithKey(InFolder("server.p12"), password: "wrong"))
            .Should().Throw<CertificateFileException>()
            .WithMessage($"{InFolder("server.p12")}: is not PEM, nor a PKCS#12 file that opens with that password*");
    }

    [Test]
    public void A_file_that_cannot_be_used_is_named_with_its_problem()
    {
        using var server = DevelopmentCertificates.CreateServerCertificate([]);
        CertificateFiles.WritePem(server, InFolder("public.pem"));
        File.WriteAllText(InFolder("junk.der"), "not a certificate");

        FluentActions.Invoking(() => CertificateFiles.LoadWithKey(InFolder("public.pem"))).Should().Throw<CertificateFileException>()
            .Where(e => e.FilePath == InFolder("public.pem")).WithMessage("*holds no private key*");
        FluentActions.Invoking(() => CertificateFiles.LoadAll(InFolder("junk.der"))).Should().Throw<CertificateFileException>()
            .WithMessage("*is neither PEM nor a DER certificate*");
        FluentActions.Invoking(() => CertificateFiles.LoadAll(InFolder("missing.pem"))).Should().Throw<CertificateFileException>()
            .WithMessage("*cannot be read*");
    }

    [Test]
    public void An_encrypted_key_needs_its_password()
    {
        using var authority = DevelopmentCertificates.CreateAuthority("Test CA");
        using var client = DevelopmentCertificates.IssueClientCertificate(authority, "ven-1");
        using var key = client.GetECDsaPrivateKey()!;
        File.WriteAllText(InFolder("ven-1.crt"), client.ExportCertificatePem());
        File.WriteAllText(InFolder("ven-1.key"),
            key.ExportEncryptedPkcs8PrivateKeyPem("pw", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000)));

        FluentActions.Invoking(() => CertificateFiles.LoadWithKey(InFolder("ven-1.crt"), InFolder("ven-1.key")))
            .Should().Throw<CertificateFileException>()
            .Where(e => e.FilePath == InFolder("ven-1.key")).WithMessage("*encrypted and no password was given*");
        using var loaded = CertificateFiles.LoadWithKey(InFolder("ven-1.crt"), InFolder("ven-1.key"), "pw");
        loaded.HasPrivateKey.Should().BeTrue();
    }

    [Test]
    public void An_issued_client_certificate_chains_to_its_authority_for_client_authentication_only()
    {
        using var authority = DevelopmentCertificates.CreateAuthority("Test CA");
        using var stranger = DevelopmentCertificates.CreateAuthority("Other CA");
        using var client = DevelopmentCertificates.IssueClientCertificate(authority, "ven-1");

        client.GetNameInfo(X509NameType.SimpleName, forIssuer: false).Should().Be("ven-1");
        CertificateTrust.ChainsTo(client, [authority], CertificateTrust.ClientAuthentication, out _).Should().BeTrue();
        CertificateTrust.ChainsTo(client, [authority], CertificateTrust.ServerAuthentication, out var wrongUsage).Should().BeFalse();
        wrongUsage.Should().NotBeEmpty();
        CertificateTrust.ChainsTo(client, [stranger], CertificateTrust.ClientAuthentication, out _).Should().BeFalse();
    }

    [Test]
    public void A_server_certificate_is_accepted_by_its_own_trust_only_when_just_its_chain_failed()
    {
        using var server = DevelopmentCertificates.CreateServerCertificate(["vtn.example"], "Test server");

        server.GetNameInfo(X509NameType.SimpleName, forIssuer: false).Should().Be("Test server");
        CertificateTrust.AcceptsServer(server, SslPolicyErrors.RemoteCertificateChainErrors, [server]).Should().BeTrue();
        CertificateTrust.AcceptsServer(server, SslPolicyErrors.RemoteCertificateNameMismatch, [server])
            .Should().BeFalse("a certificate naming another host is always refused");
        CertificateTrust.AcceptsServer(server, SslPolicyErrors.RemoteCertificateChainErrors, []).Should().BeFalse();
    }

    [Test]
    public void A_certificate_file_named_by_a_configuration_file_that_cannot_be_used_is_reported_at_its_file_line_and_field()
    {
        File.WriteAllText(InFolder("empty.pem"), "-----BEGIN NOTHING-----\n-----END NOTHING-----\n");
        var reference = new CertificateFileReference(InFolder("empty.pem"), null, null, InFolder("sut.json"), 7, "openadr3.vtn.trustedCertificates");

        FluentActions.Invoking(() => CertificateReferences.LoadAll(reference)).Should().Throw<ConfigurationException>()
            .Where(e => e.File == InFolder("sut.json") && e.Line == 7 && e.Field == "openadr3.vtn.trustedCertificates")
            .WithMessage(
                $"{InFolder("sut.json")}:7: field 'openadr3.vtn.trustedCertificates': {InFolder("empty.pem")}: holds no PEM CERTIFICATE block.");
    }

    [Test]
    public void Tls_client_options_with_roots_trust_only_those()
    {
        using var root = DevelopmentCertificates.CreateAuthority("Test CA");
        using var handler = new TlsClientOptions { TrustedCertificates = [root] }.CreateHandler();

        handler.SslOptions.CertificateChainPolicy!.TrustMode.Should().Be(X509ChainTrustMode.CustomRootTrust);
        handler.SslOptions.CertificateChainPolicy.CustomTrustStore.Should().ContainSingle();
        using var defaults = new TlsClientOptions().CreateHandler();
        defaults.SslOptions.CertificateChainPolicy.Should().BeNull("without roots the machine's are used");
    }
}
