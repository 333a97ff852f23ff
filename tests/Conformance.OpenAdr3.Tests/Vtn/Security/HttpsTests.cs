using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Vtn;
using Conformance.Tls;

namespace Conformance.OpenAdr3.Tests.VtnTests.Security;

public class HttpsTests
{
    [Test]
    public async Task An_https_vtn_with_a_generated_certificate_answers_a_client_that_trusts_that_certificate()
    {
        await using var vtn = await HttpsVtn.StartAsync();

        var bl = await vtn.ConnectAsync(vtn.TrustingHttp(), TestVtn.Bl);
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);

        vtn.Server.BaseAddress.Scheme.Should().Be("https");
        (await bl.GetProgramAsync(program.Id!, CancellationToken.None)).ProgramName.Should().Be(program.ProgramName);
    }

    [Test]
    public async Task A_client_that_does_not_trust_the_generated_certificate_is_refused_at_the_handshake()
    {
        await using var vtn = await HttpsVtn.StartAsync();
        using var stranger = DevelopmentCertificates.CreateServerCertificate([]);

        foreach (var tls in new[] { new TlsClientOptions(), new TlsClientOptions { TrustedCertificates = [stranger] } })
        {
            var refused = await FluentActions.Awaiting(() => vtn.ConnectAsync(vtn.NewHttp(tls), TestVtn.Bl))
                .Should().ThrowAsync<HttpRequestException>();
            refused.Which.InnerException.Should().BeOfType<AuthenticationException>();
        }
    }

    [Test]
    public async Task The_generated_certificate_names_the_loopback_hosts_and_the_urls_host_and_is_short_lived()
    {
        await using var vtn = await HttpsVtn.StartAsync();
        var certificate = vtn.Server.ServerCertificate!;

        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        names.EnumerateDnsNames().Should().Equal("localhost");
        names.EnumerateIPAddresses().Should().BeEquivalentTo([IPAddress.Loopback, IPAddress.IPv6Loopback]);
        certificate.NotAfter.ToUniversalTime().Should().BeBefore(DateTime.UtcNow + DevelopmentCertificates.Validity + TimeSpan.FromMinutes(1));
        certificate.GetECDsaPublicKey()!.KeySize.Should().Be(256);
    }

    [Test]
    public async Task A_given_certificate_is_served_and_trusted_through_its_issuer()
    {
        using var authority = DevelopmentCertificates.CreateAuthority("test server CA");
        using var given = ServerCertificateIssuedBy(authority);
        await using var vtn = await HttpsVtn.StartAsync(new VtnTls { Certificate = given });

        var http = vtn.NewHttp(new TlsClientOptions { TrustedCertificates = [X509CertificateLoader.LoadCertificate(authority.RawData)] });
        var bl = await vtn.ConnectAsync(http, TestVtn.Bl);

        vtn.Server.ServerCertificate.Should().BeSameAs(given);
        (await bl.GetProgramsAsync(CancellationToken.None)).Should().BeEmpty();
    }

    [Test]
    public async Task Tls_options_with_an_http_url_are_refused()
    {
        var start = () => VtnServer.StartAsync(new VtnOptions { Url = "http://127.0.0.1:0", Tls = new VtnTls() });

        (await start.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("https://");
    }

    /// <summary>A server certificate for 127.0.0.1 issued by <paramref name="authority"/>, as a site's own PKI would.</summary>
    private static X509Certificate2 ServerCertificateIssuedBy(X509Certificate2 authority)
    {
        using var key = ECDsa.Create();
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(1), [1, 2, 3, 4]);
        using var withKey = issued.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }
}
