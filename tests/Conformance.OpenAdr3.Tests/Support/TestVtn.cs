using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Vtn;
using Microsoft.AspNetCore.Builder;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>A real reference VTN on 127.0.0.1:0 with one BL and two VEN clients.</summary>
internal sealed class TestVtn : IAsyncDisposable
{
    public const string Bl = "bl-client";
    public const string Ven = "ven-client";
    public const string OtherVen = "ven-client-2";

    private readonly List<HttpClient> clients = [];

    private TestVtn(VtnServer server) => Server = server;

    public VtnServer Server { get; }

    public static async Task<TestVtn> StartAsync(
        TimeProvider? time = null, Action<IApplicationBuilder>? pipeline = null, IReadOnlyList<string>? mqttBrokerUris = null,
        Func<VtnOptions, VtnOptions>? configure = null) =>
        new(await VtnServer.StartAsync((configure ?? (o => o))(new VtnOptions
        {
            MqttBrokerUris = mqttBrokerUris ?? [],
            Clients =
            [
                new(Bl, SecretOf(Bl), VtnClientRole.BusinessLogic),
                new(Ven, SecretOf(Ven), VtnClientRole.Ven),
                new(OtherVen, SecretOf(OtherVen), VtnClientRole.Ven),
            ],
            Time = time ?? TimeProvider.System,
            ConfigurePipeline = pipeline,
            // Samples subscribe with the spec's https://myserver.com/... callbacks: never post beyond this machine.
            Notifications = new NotificationOptions { CallbackHosts = ["127.0.0.1", "localhost", "[::1]"] },
        })));

    public static string SecretOf(string clientId) => $"{clientId}-secret";

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public HttpClient NewHttp()
    {
        var http = new HttpClient { BaseAddress = Server.BaseAddress };
        clients.Add(http);
        return http;
    }

    public Task<OpenAdrClient> ConnectAsync(string clientId) =>
        OpenAdrClient.ConnectAsync(NewHttp(), clientId, SecretOf(clientId), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        clients.ForEach(c => c.Dispose());
        await Server.DisposeAsync();
    }
}
