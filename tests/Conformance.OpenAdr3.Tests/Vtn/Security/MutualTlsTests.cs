using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Ven;
using Conformance.OpenAdr3.Vtn;
using Conformance.Tls;

namespace Conformance.OpenAdr3.Tests.VtnTests.Security;

/// <summary>A VTN requiring client certificates issued by one CA, each binding its clientID in the subject CN.</summary>
public class MutualTlsTests
{
    private X509Certificate2 authority = null!;
    private HttpsVtn vtn = null!;

    [OneTimeSetUp]
    public async Task StartVtn()
    {
        authority = DevelopmentCertificates.CreateAuthority("test client CA");
        vtn = await HttpsVtn.StartAsync(new VtnTls { ClientCertificateAuthorities = [X509CertificateLoader.LoadCertificate(authority.RawData)] });
    }

    [OneTimeTearDown]
    public async Task StopVtn()
    {
        await vtn.DisposeAsync();
        authority.Dispose();
    }

    [Test]
    public async Task A_client_presenting_its_own_certificate_is_served()
    {
        using var certificate = DevelopmentCertificates.IssueClientCertificate(authority, TestVtn.Ven);

        var ven = await vtn.ConnectAsync(vtn.TrustingHttp(certificate), TestVtn.Ven);

        (await ven.GetProgramsAsync(CancellationToken.None)).Should().NotBeNull();
    }

    [Test]
    public async Task A_client_without_a_certificate_is_refused_at_the_tls_layer()
    {
        await FluentActions.Awaiting(() => vtn.ConnectAsync(vtn.TrustingHttp(), TestVtn.Ven)).Should().ThrowAsync<HttpRequestException>();
    }

    [Test]
    public async Task A_certificate_from_another_ca_is_refused_at_the_tls_layer()
    {
        using var otherAuthority = DevelopmentCertificates.CreateAuthority("test client CA");
        using var certificate = DevelopmentCertificates.IssueClientCertificate(otherAuthority, TestVtn.Ven);

        await FluentActions.Awaiting(() => vtn.ConnectAsync(vtn.TrustingHttp(certificate), TestVtn.Ven)).Should().ThrowAsync<HttpRequestException>();
        await vtn.Log.WaitForAsync(
            $"Refused the client certificate CN={TestVtn.Ven} (SHA-256 {certificate.GetCertHashString(HashAlgorithmName.SHA256)})", count: 1);
    }

    [Test]
    public async Task A_token_used_over_another_clients_certificate_is_a_403_problem_naming_both()
    {
        using var otherCertificate = DevelopmentCertificates.IssueClientCertificate(authority, TestVtn.OtherVen);

        var ven = await vtn.ConnectAsync(vtn.TrustingHttp(otherCertificate), TestVtn.Ven);
        var refused = await FluentActions.Awaiting(() => ven.GetProgramsAsync(CancellationToken.None)).Should().ThrowAsync<ProblemException>();

        refused.Which.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        refused.Which.Problem!.Detail.Should().StartWith("Authorization:").And.Contain($"'{TestVtn.Ven}'").And.Contain($"'{TestVtn.OtherVen}'");
    }

    [Test]
    public async Task The_reference_ven_connects_with_its_client_certificate_and_trusted_vtn_certificate()
    {
        using var certificate = DevelopmentCertificates.IssueClientCertificate(authority, TestVtn.Ven);
        await using var ven = new ReferenceVen(new VenOptions
        {
            VtnBaseAddress = vtn.Server.BaseAddress,
            ClientId = TestVtn.Ven,
            ClientSecret = TestVtn.SecretOf(TestVtn.Ven),
            VenName = TestVtn.Unique("mtls-ven"),
            Tls = new TlsClientOptions { TrustedCertificates = [vtn.PublicCertificate], ClientCertificate = certificate },
        });

        await ven.StartAsync(CancellationToken.None);

        ven.Ven!.ClientId.Should().Be(TestVtn.Ven);
    }
}
