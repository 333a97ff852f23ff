using System.Security.Cryptography.X509Certificates;
using Conformance.OpenAdr3.SpecClient.Tests.Generated;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Conformance.OpenAdr3.SpecClient.Tests.Support;

/// <summary>
/// The reference VTN in memory on 127.0.0.1:0, with a business-logic and a VEN client provisioned out of band, and
/// Kiota-generated clients that reach it. The test code knows the VTN only by its URL: every request goes through the
/// generated client, over Kiota's default HTTP pipeline, authenticated by Kiota's standard bearer-token provider.
/// </summary>
internal sealed class SpecVtn : IAsyncDisposable
{
    public const string Bl = "bl-client";
    public const string Ven = "ven-client";

    /// <summary>Announced by GET /notifiers; the VTN publishes nothing there (no broker is configured).</summary>
    public const string MqttBrokerUri = "mqtt://127.0.0.1:1883";

    private readonly VtnServer server;
    private readonly EchoCallback callback;
    private readonly List<IDisposable> adapters = [];

    private SpecVtn(VtnServer server, EchoCallback callback) => (this.server, this.callback) = (server, callback);

    /// <summary>A callback URL that answers the VTN's echo challenge, as a subscription's must.</summary>
    public string CallbackUrl => callback.Url;

    /// <summary>The VTN's base URL as Kiota's templates want it: "{+baseurl}/programs", so no trailing slash.</summary>
    public string BaseUrl => server.BaseAddress.ToString().TrimEnd('/');

    public static async Task<SpecVtn> StartAsync()
    {
        var callback = await EchoCallback.StartAsync();
        return new(await VtnServer.StartAsync(Options(callback)), callback);
    }

    private static VtnOptions Options(EchoCallback callback) => new()
    {
        Clients =
        [
            new(Bl, SecretOf(Bl), VtnClientRole.BusinessLogic),
            new(Ven, SecretOf(Ven), VtnClientRole.Ven),
        ],
        MqttBrokerUris = [MqttBrokerUri],
        MqttAuthentication = MqttNotifierAuthentication.OAuth2BearerToken(),
        // Subscriptions name the fixture's echo callback: never post beyond this machine.
        Notifications = new NotificationOptions
        {
            CallbackHosts = ["127.0.0.1"],
            CallbackTrustedCertificates = [X509CertificateLoader.LoadCertificate(callback.Certificate.RawData)],
        },
    };

    public static string SecretOf(string clientId) => $"{clientId}-secret";

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>A client that sends no token: for /auth/token and for the VTN's 401.</summary>
    public OpenAdr3Client Anonymous() => NewClient(new AnonymousAuthenticationProvider());

    /// <summary>A client of <paramref name="clientId"/> that fetches its token from /auth/token on its first request.</summary>
    public OpenAdr3Client Connect(string clientId, string? secret = null) =>
        NewClient(new BaseBearerTokenAuthenticationProvider(
            new ClientCredentialsTokenProvider(Anonymous(), clientId, secret ?? SecretOf(clientId), server.BaseAddress)));

    private OpenAdr3Client NewClient(IAuthenticationProvider authentication)
    {
        var adapter = new HttpClientRequestAdapter(authentication) { BaseUrl = BaseUrl };
        adapters.Add(adapter);
        return new OpenAdr3Client(adapter);
    }

    public async ValueTask DisposeAsync()
    {
        adapters.ForEach(a => a.Dispose());
        await server.DisposeAsync();
        await callback.DisposeAsync();
    }
}
