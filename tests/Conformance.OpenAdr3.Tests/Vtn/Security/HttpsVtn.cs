using System.Security.Cryptography.X509Certificates;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Spec;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Vtn;
using Conformance.Tls;

namespace Conformance.OpenAdr3.Tests.VtnTests.Security;

/// <summary>
/// A reference VTN serving HTTPS on 127.0.0.1:0 with <see cref="TestVtn"/>'s clients, and clients connecting over
/// real TLS with given trust and client certificate; their responses are checked against openadr3.yaml.
/// </summary>
internal sealed class HttpsVtn : IAsyncDisposable
{
    private readonly List<IDisposable> owned = [];

    private HttpsVtn(VtnServer server, LogCapture log)
    {
        Server = server;
        Log = log;
    }

    public VtnServer Server { get; }

    /// <summary>The server certificate's public part, as a client receives it out of band.</summary>
    public X509Certificate2 PublicCertificate => X509CertificateLoader.LoadCertificate(Server.ServerCertificate!.RawData);

    /// <summary>Every line the VTN logs.</summary>
    public LogCapture Log { get; }

    /// <param name="configure">Further options, e.g. an MQTT broker.</param>
    public static async Task<HttpsVtn> StartAsync(VtnTls? tls = null, Func<VtnOptions, VtnOptions>? configure = null)
    {
        var log = new LogCapture();
        return new(await VtnServer.StartAsync((configure ?? (o => o))(new VtnOptions
        {
            Url = "https://127.0.0.1:0",
            Tls = tls,
            ConfigureLogging = log.AddTo,
            Clients =
            [
                new(TestVtn.Bl, TestVtn.SecretOf(TestVtn.Bl), VtnClientRole.BusinessLogic),
                new(TestVtn.Ven, TestVtn.SecretOf(TestVtn.Ven), VtnClientRole.Ven),
                new(TestVtn.OtherVen, TestVtn.SecretOf(TestVtn.OtherVen), VtnClientRole.Ven),
            ],
        })), log);
    }

    /// <summary>An HttpClient that trusts the VTN's own certificate and presents <paramref name="clientCertificate"/>.</summary>
    public HttpClient TrustingHttp(X509Certificate2? clientCertificate = null) =>
        NewHttp(new TlsClientOptions { TrustedCertificates = [PublicCertificate], ClientCertificate = clientCertificate });

    public HttpClient NewHttp(TlsClientOptions tls)
    {
        var http = new HttpClient(new SpecConformanceHandler(Server.BaseAddress, tls.CreateHandler())) { BaseAddress = Server.BaseAddress };
        owned.Add(http);
        return http;
    }

    public Task<OpenAdrClient> ConnectAsync(HttpClient http, string clientId) =>
        OpenAdrClient.ConnectAsync(http, clientId, TestVtn.SecretOf(clientId), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        owned.ForEach(o => o.Dispose());
        await Server.DisposeAsync();
    }
}
